// RUN: %check_memchecks %s memchecks-loop-string-format %t

#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

void log(const std::string &s);
void logView(std::string_view s);

void positiveConcatToString(int n) {
  for (int i = 0; i < n; ++i)
    log("item-" + std::to_string(i));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string on every iteration of this loop; append the parts to a buffer declared outside the loop and reused [memchecks-loop-string-format]
}

// A chain of '+' is one diagnostic, at its start.
void positiveChainOnce(const std::vector<std::string> &names) {
  for (const auto &name : names)
    logView("<" + name + ">" + std::to_string(name.size()) + "\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'operator+' builds a new string
}

void positiveToWstring(int n) {
  for (int i = 0; i < n; ++i)
    std::wcout << L"n=" + std::to_wstring(i);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'operator+' builds a new string
}

void positiveStreamedOut(const std::vector<std::string> &names) {
  for (const auto &name : names)
    std::cout << "hello " + name << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'operator+' builds a new string
}

// Each '+' makes a new string even though the result is kept.
void positiveSelfAppend(const std::vector<std::string> &parts) {
  std::string line;
  for (const auto &p : parts)
    line = line + p + ",";
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'operator+' builds a new string on every iteration of this loop; append to 'line' with += instead [memchecks-loop-string-format]
  log(line);
}

struct Builder {
  std::string text;
  void add(const std::vector<std::string> &parts) {
    for (const auto &p : parts)
      text = text + p;
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'operator+' builds a new string on every iteration of this loop; append to 'text' with += instead
  }
};

void positiveAppendTemporary(const std::vector<std::string> &parts) {
  std::string line;
  for (const auto &p : parts)
    line += p + ";";
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'operator+' builds a new string
  log(line);
}

void positiveLocalKey(const std::map<std::string, int> &m,
                      const std::vector<std::string> &names) {
  for (const auto &name : names) {
    const std::string key = "user:" + name;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'operator+' builds a new string
    if (m.count(key))
      log(key);
  }
}

void positiveMemberCallOnTemporary(const std::vector<std::string> &names) {
  for (const auto &name : names)
    if ((name + ".txt").size() > 10)
      // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'operator+' builds a new string
      log(name);
}

void negativeAppend(const std::vector<std::string> &parts) {
  std::string line;
  for (const auto &p : parts) {
    line += p;
    line += ",";
  }
  log(line);
}

void negativeAssignedToOuter(const std::vector<std::string> &parts) {
  std::string last;
  for (const auto &p : parts)
    last = "<" + p + ">";
  log(last);
}

void negativeInserted(const std::vector<std::string> &names,
                      std::vector<std::string> &out,
                      std::map<std::string, int> &m) {
  for (const auto &name : names) {
    out.push_back("user:" + name);
    m.emplace(name + ":count", 1);
    m.insert({name + ":x", 2});
    m.try_emplace(name + ":y", 3);
  }
}

void negativeMovedOut(const std::vector<std::string> &names,
                      std::vector<std::string> &out) {
  for (const auto &name : names) {
    std::string key = "user:" + name;
    log(key);
    out.push_back(std::move(key));
  }
}

void negativeNotAString(const std::vector<int> &v) {
  int sum = 0;
  for (int x : v)
    sum = sum + x;
  const char *p = "abc";
  for (int x : v)
    logView(p + x);
}

struct Sink {
  std::string name;
  void set(std::string n) { name = std::move(n); }
};
// A by-value parameter that the callee moves keeps the string.
void negativeByValueSink(Sink &s, const std::vector<std::string> &names) {
  for (const auto &name : names)
    s.set("name=" + name);
}

// A local copied or aliased somewhere else is not only read.
void negativeLocalEscapes(const std::vector<std::string> &names,
                          std::string &out) {
  for (const auto &name : names) {
    std::string a = name + "!";
    std::string b = name + "?";
    std::string copy = a;
    out.swap(b);
    log(copy);
  }
}
