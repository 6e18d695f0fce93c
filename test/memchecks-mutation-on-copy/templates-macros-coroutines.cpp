// RUN: %check_memchecks %s memchecks-mutation-on-copy %t -std=c++20

#include <coroutine>
#include <vector>

struct Counter {
  int count = 0;
  void inc() { ++count; }
};

// A dependent element type is judged in the instantiation (templates.cpp),
// without a fix-it.
template <typename T> void positiveDependent(std::vector<T> &xs) {
  for (auto x : xs)
    x.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'x', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto x : xs)
}

// A non-dependent copy inside a template is reported once, not once per
// instantiation.
template <typename T> void positiveInTemplate(std::vector<Counter> &cs, T) {
  for (auto c : cs)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &c : cs)
}

void instantiate(std::vector<Counter> &cs) {
  positiveDependent(cs);
  positiveInTemplate(cs, 1);
  positiveInTemplate(cs, 1.0);
}

#define BUMP(x) (x).inc()
void positiveMacroNoFix(std::vector<Counter> &cs) {
  for (auto c : cs)
    BUMP(c);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &c : cs)
}

#define EACH(v, xs) for (auto v : xs)
void positiveDeclaredByMacroNoFix(std::vector<Counter> &cs) {
  EACH(c, cs)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
// CHECK-FIXES: EACH(c, cs)
}

#define INC_AND_READ(x, out) do { (x).inc(); out = (x).count; } while (0)
void negativeMacroReads(std::vector<Counter> &cs, int &out) {
  for (auto c : cs)
    INC_AND_READ(c, out);
}

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

Task negativeCoroutine(Counter c) {
  c.inc();
  co_return;
}
