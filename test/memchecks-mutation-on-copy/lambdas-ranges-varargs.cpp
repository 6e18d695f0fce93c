// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks -fix-notes %s memchecks-mutation-on-copy %t

#include <cstdio>
#include <functional>
#include <vector>

// Uses in a nested lambda, as the range of a range-for, or as a varargs
// argument are observations at the right point, not reasons to give up.

struct Counter {
  int count = 0;
  std::vector<int> items;
  void inc() { ++count; }
  int get() const { return count; }
};
void run(const std::function<int()> &f);

// Captured by copy before the mutation: the closure has its own copy.
void positiveCapturedByCopyBefore(std::vector<Counter> &cs) {
  for (auto c : cs) {
    auto f = [c] { return c.get(); };
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
    run(f);
  }
// CHECK-NOTE-FIXES: for (auto &c : cs) {
// CHECK-UNFIXED: for (auto c : cs) {
}

void positiveImplicitCopyCaptureBefore(Counter c) {
  auto f = [=] { return c.get(); };
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost
  run(f);
}

// A range-for over the copy before the mutation reads it; nothing after.
void positiveRangeOverCopyBefore(std::vector<Counter> &cs, int &sum) {
  for (auto c : cs) {
    for (int i : c.items)
      sum += i;
    c.items.push_back(0);
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'push_back' modifies 'c', a copy of the container element; the change is lost
  }
// CHECK-NOTE-FIXES: for (auto &c : cs) {
// CHECK-UNFIXED: for (auto c : cs) {
}

void positiveVarargsBefore(std::vector<int> &v) {
  for (int x : v) {
    std::printf("%d\n", x);
    x = 0;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '=' modifies 'x', a copy of the container element; the change is lost
  }
// CHECK-NOTE-FIXES: for (int &x : v) {
// CHECK-UNFIXED: for (int x : v) {
}

// Captured by copy after the mutation: the closure sees the new value.
void negativeCapturedByCopyAfter(std::vector<Counter> &cs) {
  for (auto c : cs) {
    c.inc();
    run([c] { return c.get(); });
  }
}

void negativeImplicitCopyCaptureAfter(Counter c) {
  c.inc();
  run([=] { return c.get(); });
}

// By reference: an alias; the lambda may run at any time.
void negativeCapturedByReference(std::vector<Counter> &cs) {
  for (auto c : cs) {
    auto f = [&c] { return c.get(); };
    c.inc();
    run(f);
  }
}

void negativeImplicitReferenceCapture(Counter c) {
  auto f = [&] { return c.get(); };
  c.inc();
  run(f);
}

void negativeInitCaptureAfter(Counter c) {
  c.inc();
  run([d = c] { return d.get(); });
}

void negativeInitCaptureByReference(Counter c) {
  auto f = [&d = c] { return d.get(); };
  c.inc();
  run(f);
}

void negativeRangeOverCopyAfter(std::vector<Counter> &cs, int &sum) {
  for (auto c : cs) {
    c.items.push_back(0);
    for (int i : c.items)
      sum += i;
  }
}

// A non-const reference loop variable can write into the copy.
void negativeRangeOverCopyByReference(std::vector<Counter> &cs, int &sum) {
  for (auto c : cs) {
    for (int &i : c.items)
      i = 0;
    sum += c.get();
  }
}

void negativeVarargsAfter(std::vector<int> &v) {
  for (int x : v) {
    x *= 2;
    std::printf("%d\n", x);
  }
}

void negativeVarargsClassAfter(std::vector<Counter> &cs) {
  for (auto c : cs) {
    c.inc();
    std::printf("%d\n", c.count);
  }
}
