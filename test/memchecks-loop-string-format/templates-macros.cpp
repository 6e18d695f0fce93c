// RUN: %check_memchecks %s memchecks-loop-string-format %t

#include <fmt/format.h>
#include <memchecks-loop-string-format/system-log.h>
#include <string>
#include <vector>

void log(const std::string &s);

// Reported once in the template, not once per instantiation.
template <typename T> void positiveTemplate(const std::vector<T> &items) {
  for (const T &item : items)
    log(fmt::format("{}", sizeof(T)));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
}
template void positiveTemplate<int>(const std::vector<int> &);
template void positiveTemplate<long>(const std::vector<long> &);

// A dependent call whose result is thrown away.
template <typename T> void positiveDependentDiscarded(const std::vector<T> &items) {
  for (const T &item : items) {
    fmt::format("{}", item);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'fmt::format' builds a new string
  }
}
template void positiveDependentDiscarded<int>(const std::vector<int> &);

template <typename T> struct Printer {
  int count = 0;
  void print(const std::vector<T> &items) {
    for (const T &item : items)
      log("item x" + std::to_string(count));
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
  }
};
template struct Printer<int>;

// A dependent use of the result says nothing certain: stay quiet.
template <typename T, typename Sink>
void negativeDependentUse(const std::vector<T> &items, Sink &sink) {
  for (const T &item : items)
    sink.put(fmt::format("{}", item));
}

#define LOG_ITEM(i) log("item " + std::to_string(i))
void positiveUserMacro(const std::vector<int> &items) {
  for (int item : items)
    LOG_ITEM(item);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'operator+' builds a new string
}

void negativeSystemMacro(const std::vector<int> &items) {
  SYS_LOG_ALL(items);
  sys_dump(3);
}
