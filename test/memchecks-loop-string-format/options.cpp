// RUN: %check_memchecks -check-suffix=DEFAULT %s memchecks-loop-string-format %t
// RUN: %check_memchecks -check-suffix=CUSTOM %s memchecks-loop-string-format %t \
// RUN:   -opt 'FormatFunctions=mylog::Format;::std::to_string' \
// RUN:   -opt 'StringTypes=::std::basic_string;mylib::String' \
// RUN:   -opt FlagSmallToString=true

#include <fmt/format.h>
#include <string>
#include <vector>

void log(const std::string &s);

namespace mylib {
struct String {
  String(const char *);
  String(const String &);
  ~String();
};
String operator+(const String &a, const String &b);
void print(const String &s);
} // namespace mylib

namespace mylog {
template <typename... T> std::string Format(const char *f, const T &...args);
}

void positiveCustomFunction(const std::vector<int> &items) {
  for (int item : items)
    log(mylog::Format("%d", item));
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:9: warning: 'mylog::Format' builds a new string
}

// FormatFunctions replaces the default list.
void positiveDefaultOnly(const std::vector<int> &items) {
  for (int item : items)
    log(fmt::format("{}", item));
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
}

void positiveCustomStringType(const std::vector<mylib::String> &names) {
  for (const auto &n : names)
    mylib::print(n + "!");
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:18: warning: 'operator+' builds a new string
}

void positiveSmallToString(const std::vector<int> &items) {
  for (int item : items)
    log(std::to_string(item));
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:9: warning: 'std::to_string' builds a new string
}
