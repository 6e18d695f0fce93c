// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks -fix-notes %s memchecks-mutation-on-copy %t

#include <string>
#include <vector>

struct Counter {
  int count = 0;
  void inc() { ++count; }
  int get() const { return count; }
};

struct Registry {
  Counter main;
  std::vector<Counter> all;
  Counter &byName(const std::string &) { return main; }
  Counter copyOf(const std::string &) const { return main; }
};

Counter makeCounter();

void positiveCopyOfElement(std::vector<Counter> &counters) {
  Counter c = counters[0];
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a copy of 'counters[0]'; the change is lost [memchecks-mutation-on-copy]
}

void positiveCopyOfVariable() {
  Counter original;
  auto c = original;
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a copy of 'original'; the change is lost
// CHECK-NOTE-FIXES: auto &c = original;
// CHECK-UNFIXED: auto c = original;
}

// The source is used again later: a reference would change what it sees.
void positiveSourceUsedLaterNoFix(int &out) {
  Counter original;
  auto c = original;
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a copy of 'original'; the change is lost
// CHECK-FIXES: auto c = original;
  out = original.get();
}

void positiveCopyOfMember(Registry &reg) {
  Counter c = reg.main;
  c.count = 5;
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '=' modifies 'c', a copy of 'reg.main'; the change is lost
// CHECK-NOTE-FIXES: Counter &c = reg.main;
// CHECK-UNFIXED: Counter c = reg.main;
}

void positiveCopyOfReferenceResult(Registry &reg) {
  Counter c = reg.byName("x");
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a copy of 'reg.byName("x")'; the change is lost
}

void positiveReadBefore(Registry &reg, int &out) {
  Counter c(reg.main);
  out = c.get();
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a copy of 'reg.main'; the change is lost
}

void positiveStdString(std::vector<std::string> &names) {
  std::string first = names.front();
  first.append("!");
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'append' modifies 'first', a copy of 'names.front()'; the change is lost
}

void positiveLocalBinding(std::vector<std::pair<int, int>> &pairs) {
  auto [a, b] = pairs[0];
  b = 3;
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '=' modifies 'b', bound to a copy of 'pairs[0]'; the change is lost
}

void negativeFromFactory() {
  Counter c = makeCounter();
  c.inc();
}

void negativeFromTemporaryReturn(Registry &reg) {
  Counter c = reg.copyOf("x");
  c.inc();
}

void negativeMoved(std::vector<Counter> &counters) {
  Counter c = std::move(counters[0]);
  c.inc();
}

void negativeReturned(std::vector<Counter> &counters, Counter &out) {
  Counter c = counters[0];
  c.inc();
  out = c;
}

void negativeStatic(std::vector<Counter> &counters) {
  static Counter c = counters[0];
  c.inc();
}

void negativeVolatile(std::vector<int> &values) {
  volatile int v = values[0];
  v = 3;
}

void negativeConstructedFresh() {
  Counter c;
  c.inc();
}

Counter negativeReturnedCopy(Registry &reg) {
  Counter c = reg.main;
  c.inc();
  return c;
}

void negativeComparedAfter(Registry &reg, bool &same) {
  Counter c = reg.main;
  c.inc();
  same = c.get() == reg.main.get();
}

// A watcher keeps a reference: the change is seen through it.
struct Watcher {
  explicit Watcher(const Counter &c) : c(c) {}
  const Counter &c;
  int get() const { return c.get(); }
};
void negativeWatchedCopy(Registry &reg, int &out) {
  Counter c = reg.main;
  Watcher w(c);
  c.inc();
  out = w.get();
}

// Copy-and-swap: the parameter's state moves into *this.
struct Swappable {
  std::vector<int> items;
  void swap(Swappable &o) { items.swap(o.items); }
  Swappable &operator=(Swappable other) {
    swap(other);
    return *this;
  }
};

void negativePointerAlias(Registry &reg, int &out) {
  Counter c = reg.main;
  Counter *p = &c;
  c.inc();
  out = p->get();
}
