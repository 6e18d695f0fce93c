// RUN: %check_memchecks %s memchecks-loop-string-format %t

#include <absl/strings/str_cat.h>
#include <absl/strings/str_format.h>
#include <absl/strings/substitute.h>
#include <charconv>
#include <cstdio>
#include <fmt/format.h>
#include <iterator>
#include <memchecks-format/format>
#include <string>
#include <string_view>
#include <vector>

void log(const std::string &s);
void logView(std::string_view s);
void logChars(const char *s);
void logCopy(std::string s);

void positiveFmtFormat(const std::vector<int> &items) {
  for (int item : items) {
    log(fmt::format("item-{}", item));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string on every iteration of this loop; format into a buffer declared outside the loop and reused [memchecks-loop-string-format]
  }
}

void positiveStdFormat(int n) {
  for (int i = 0; i < n; ++i)
    logView(std::format("{}", i));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'std::format' builds a new string
}

void positiveVformat(int n, std::format_args args, fmt::format_args fargs) {
  while (n-- > 0) {
    log(std::vformat("{}", args));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'std::vformat' builds a new string
    logChars(fmt::vformat("{}", fargs).c_str());
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'fmt::vformat' builds a new string
  }
}

void positiveAbsl(const std::vector<std::string> &names) {
  for (const std::string &name : names) {
    log(absl::StrCat("name=", name, ";"));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'absl::StrCat' builds a new string
    logView(absl::StrFormat("%s", name));
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'absl::StrFormat' builds a new string
    log(absl::Substitute("$0!", name));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'absl::Substitute' builds a new string
  }
}

struct Point { int x, y; };
void positiveFmtToStringOfObject(const std::vector<std::string> &names) {
  for (const std::string &name : names)
    log(fmt::to_string(name));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::to_string' builds a new string
}

// A loop-local variable that is only read dies with the iteration.
void positiveLocalOnlyRead(const std::vector<int> &items) {
  for (int item : items) {
    std::string line = fmt::format("item {}", item);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'fmt::format' builds a new string
    if (!line.empty())
      log(line);
    logView(line);
  }
}

void positiveDiscardedAndCompared(const std::vector<int> &items) {
  for (int item : items) {
    fmt::format("{}", item);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'fmt::format' builds a new string
    if (fmt::format("{}", item) == "3")
      // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
      log("three");
  }
}

// The parameter owns a string either way: a reused buffer would be copied
// into it (by-value-params.cpp).
void negativeByValueParam(const std::vector<int> &items) {
  for (int item : items)
    logCopy(fmt::format("{}", item));
}

// One diagnostic for the outermost call, not one for each nested format.
void positiveNestedOnce(const std::vector<int> &items) {
  for (int item : items)
    log(fmt::format("{}/{}", fmt::format("{}", item), absl::StrCat(item)));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
}

// Lone to_string of an integer fits the small-string buffer.
void negativeLoneToString(const std::vector<int> &items) {
  for (int item : items) {
    log(std::to_string(item));
    std::string s = std::to_string(item * 2);
    logView(s);
    log(fmt::to_string(item));
  }
}

void negativePushedIntoContainer(const std::vector<int> &items,
                                 std::vector<std::string> &out) {
  for (int item : items) {
    out.push_back(fmt::format("item-{}", item));
    out.emplace_back(absl::StrCat("x", item));
    out.insert(out.begin(), std::format("{}", item));
  }
}

void negativeLocalPushed(const std::vector<int> &items,
                         std::vector<std::string> &out) {
  for (int item : items) {
    std::string line = fmt::format("item-{}", item);
    log(line);
    out.push_back(std::move(line));
  }
}

void negativeLocalCopiedIntoContainer(const std::vector<int> &items,
                                      std::vector<std::string> &out) {
  for (int item : items) {
    std::string line = fmt::format("item-{}", item);
    out.push_back(line);
  }
}

void negativeAssignedToOuter(const std::vector<int> &items) {
  std::string last;
  for (int item : items)
    last = fmt::format("item-{}", item);
  log(last);
}

void negativeLocalAssignedToOuter(const std::vector<int> &items) {
  std::string last;
  for (int item : items) {
    std::string line = fmt::format("item-{}", item);
    last = line;
  }
  log(last);
}

std::string negativeReturned(const std::vector<int> &items) {
  for (int item : items)
    if (item > 3)
      return fmt::format("found {}", item);
  return {};
}

// Formatting into existing storage allocates nothing.
void negativeIntoBuffer(const std::vector<int> &items) {
  char buf[32];
  std::string out;
  for (int item : items) {
    std::snprintf(buf, sizeof buf, "item-%d", item);
    std::to_chars(buf, buf + sizeof buf, item);
    fmt::format_to(std::back_inserter(out), "{}", item);
    std::format_to(std::back_inserter(out), "{}", item);
    absl::StrAppend(&out, "x", item);
  }
  log(out);
}

// Outside any loop there is nothing to hoist.
void negativeNoLoop(int item) { log(fmt::format("item-{}", item)); }

struct Item {
  explicit Item(std::string name);
  std::string name;
};
void negativeConstructedObjectPushed(const std::vector<int> &items,
                                     std::vector<Item> &out) {
  for (int item : items)
    out.push_back(Item(fmt::format("{}", item)));
}
