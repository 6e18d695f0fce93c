// RUN: %check_memchecks %s memchecks-loop-string-format %t

#include <fmt/format.h>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

void log(const std::string &s);
void logView(std::string_view s);
void take(std::string &&s);

// A temporary bound to a const reference lives until the end of the
// iteration, no longer.
void positiveConstRefLocal(const std::vector<int> &items) {
  for (int item : items) {
    const std::string &s = fmt::format("{}", item);
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'fmt::format' builds a new string
    log(s);
  }
}

// A loop-local written and then read dies with the iteration.
void positiveLocalAssignedThenRead(const std::vector<int> &items) {
  for (int item : items) {
    std::string s;
    s = fmt::format("{}", item);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
    s += "!";
    s[0] = '#';
    logView(s);
  }
}

// A view of a temporary lasts as long as the call.
void positiveStringViewParam(const std::vector<std::string> &names) {
  for (const auto &n : names)
    logView(n + "/");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'operator+' builds a new string
}

struct Holder {
  explicit Holder(const std::string &s);
};
// A constructor taking a const reference copies or views the string.
void positiveConstRefConstructor(const std::vector<int> &items) {
  for (int item : items) {
    Holder h(fmt::format("{}", item));
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'fmt::format' builds a new string
  }
}

// Moved into a function taking an rvalue reference: ownership passes on.
void negativeRvalueSink(const std::vector<int> &items) {
  for (int item : items) {
    std::string s = fmt::format("{}", item);
    take(std::move(s));
    take(fmt::format("{}", item));
  }
}

struct Record {
  std::string name;
  int id;
};
// Carried by value into an object that is kept.
void negativeAggregateKept(const std::vector<int> &items,
                           std::vector<Record> &out,
                           std::map<int, std::pair<std::string, int>> &m) {
  for (int item : items) {
    out.push_back(Record{fmt::format("{}", item), item});
    m[item] = std::make_pair(fmt::format("{}", item), item);
    auto p = std::make_unique<std::string>(fmt::format("{}", item));
    m.emplace(item, std::pair<std::string, int>(fmt::format("{}", item), 1));
  }
}

struct Labels {
  std::string label;
  void build(const std::vector<int> &items) {
    for (int item : items)
      label = fmt::format("{}", item);
  }
};

// Assigned through a reference declared in the loop: the target is outside.
void negativeAssignThroughReference(std::vector<std::string> &out) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::string &slot = out[i];
    slot = fmt::format("{}", i);
  }
}

// A loop-local whose address leaves.
void negativeAddressTaken(const std::vector<int> &items,
                          std::vector<const std::string *> &out) {
  for (int item : items) {
    std::string s = fmt::format("{}", item);
    out.push_back(&s);
  }
}

// A key used with operator[] may be stored in the map.
void negativeMapKey(const std::vector<std::string> &names,
                    std::map<std::string, int> &counts) {
  for (const auto &name : names) {
    std::string key = "user:" + name;
    ++counts[key];
    counts[name + ":seen"] = 1;
  }
}
