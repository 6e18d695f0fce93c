// RUN: %check_memchecks %s memchecks-mutation-on-copy %t

#include <vector>

struct Counter {
  int count = 0;
  void inc() { ++count; }
};
struct Derived : Counter { int extra = 0; };

void positiveKeepsConst(std::vector<Counter> &cs) {
  for (const auto c : cs)
    (void)c;
  for (auto c : cs)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (const auto c : cs)
// CHECK-FIXES: for (auto &c : cs)
}

// Slicing: a reference would see the Derived object instead.
void positiveSlicedNoFix(std::vector<Derived> &ds) {
  for (Counter c : ds)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (Counter c : ds)
}

// The loop changes the container: a reference could dangle.
void positiveContainerChangesNoFix(std::vector<Counter> &cs) {
  for (auto c : cs) {
    cs.reserve(100);
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
  }
// CHECK-FIXES: for (auto c : cs) {
}

// A range from a call: where the elements live is not checked, no fix.
std::vector<Counter> &all();
void positiveCallRangeNoFix() {
  for (auto c : all())
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (auto c : all())
}

struct Owner {
  std::vector<Counter> items;
  void positiveMemberRange() {
    for (auto c : items)
      c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (auto &c : items)
  }
};
