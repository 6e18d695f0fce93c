// RUN: %check_memchecks %s memchecks-loop-string-format %t

// A string passed to a parameter of string type taken by value: a buffer
// reused across iterations would be copied into the parameter anyway, so
// reusing one saves nothing.

#include <fmt/format.h>
#include <string>
#include <string_view>
#include <vector>

struct Timer {
  explicit Timer(std::string n);
  ~Timer();
};
struct Component {
  std::string name() const;
  void run();
};
void consume(std::string s);
void consumeView(std::string_view s);
struct Key {
  Key(const std::string &s);
};
void lookup(Key k);

void negativeTimerByValue(const std::vector<Component *> &cs) {
  for (Component *c : cs) {
    Timer t(c->name() + "::run");
    c->run();
  }
}

void negativeByValueFunction(const std::vector<int> &v) {
  for (int x : v) {
    consume(fmt::format("{}", x));
    consume("x" + std::to_string(x));
  }
}

// A view taken by value copies nothing: a reused buffer would do.
void positiveByValueView(const std::vector<int> &v) {
  for (int x : v)
    consumeView(fmt::format("{}", x));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'fmt::format' builds a new string
}

// Converted into another by-value type that reads it: the string dies.
void positiveConvertedByValue(const std::vector<std::string> &names) {
  for (const auto &n : names)
    lookup("k" + n);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'operator+' builds a new string
}
