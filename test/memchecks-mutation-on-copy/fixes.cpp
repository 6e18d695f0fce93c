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

// A range from a free function: where the elements live is not checked, no
// fix.
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

// A member call returning a reference to a container in the object: the
// elements live as long as the object, like `holder.items` would.
struct Holder {
  std::vector<Counter> store;
  std::vector<Counter> &items() { return store; }
  const std::vector<Counter> &citems() const { return store; }
  std::vector<Counter> copy() const { return store; }

  void positiveThisCall() {
    for (auto c : items())
      c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (auto &c : items())
  }
};

void positiveReferenceReturningCall(Holder &holder) {
  for (auto c : holder.items())
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (auto &c : holder.items())
}

struct Outer { Holder h; };
void positiveNestedObjectCall(Outer &o) {
  for (Counter c : o.h.items())
    c.count = 3;
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: '=' modifies 'c'
// CHECK-FIXES: for (Counter &c : o.h.items())
}

// A const reference: `auto &` would bind to const elements; no fix.
void positiveConstReferenceCallNoFix(Holder &holder) {
  for (auto c : holder.citems())
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (auto c : holder.citems())
}

// By value: the range is a temporary; kept conservative, no fix.
void positiveValueCallNoFix(Holder &holder) {
  for (auto c : holder.copy())
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (auto c : holder.copy())
}

// The body uses the object again: it may change the container.
void positiveObjectUsedInBodyNoFix(Holder &holder) {
  for (auto c : holder.items()) {
    holder.store.clear();
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
  }
// CHECK-FIXES: for (auto c : holder.items()) {
}

// Through a pointer: other names for the object are not tracked.
void positiveArrowCallNoFix(Holder *holder) {
  for (auto c : holder->items())
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (auto c : holder->items())
}

Holder &theHolder();
void positiveObjectFromCallNoFix() {
  for (auto c : theHolder().items())
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (auto c : theHolder().items())
}
