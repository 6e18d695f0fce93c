// RUN: %check_memchecks %s memchecks-mutation-on-copy %t

#include <algorithm>
#include <string>
#include <vector>

struct Counter {
  int count = 0;
  void inc() { ++count; }
  int get() const { return count; }
};

// Go's IncrementBad: `func (c Counter) IncrementBad() { c.count++ }`.
void positiveIncrementBad(Counter c) {
  c.count++;
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: '++' modifies 'c', a parameter passed by value; the change is lost [memchecks-mutation-on-copy]
}

void positiveMethodOnParam(Counter c) {
  if (c.get() < 3)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost
}

struct Account {
  std::vector<int> history;
  void addTo(std::vector<int> h, int v) {
    h.push_back(v);
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'push_back' modifies 'h', a parameter passed by value; the change is lost
  }
};

void positiveForEachLambda(std::vector<Counter> &counters) {
  std::for_each(counters.begin(), counters.end(), [](Counter c) { c.inc(); });
// CHECK-MESSAGES: :[[@LINE-1]]:69: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost
}

void positiveLambdaVariable() {
  auto bump = [](std::string s) { s += "x"; };
// CHECK-MESSAGES: :[[@LINE-1]]:37: warning: '+=' modifies 's', a parameter passed by value; the change is lost
  bump("a");
}

// A helper that only writes its argument counts as a mutation of the copy.
void bump(Counter &c) { ++c.count; }
void positiveHelperOnParam(Counter c) {
  bump(c);
// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'bump' modifies 'c', a parameter passed by value; the change is lost
}

Counter negativeReturned(Counter c) {
  c.inc();
  return c;
}

int negativeReadAfter(Counter c) {
  c.inc();
  return c.get();
}

void negativeReferenceParam(Counter &c) { c.inc(); }

void negativeConstValue(const Counter c, int &out) { out = c.get(); }

void negativeForEachByReference(std::vector<Counter> &counters) {
  std::for_each(counters.begin(), counters.end(), [](Counter &c) { c.inc(); });
}

void negativeCapturedByLambda(Counter c) {
  auto f = [&c] { return c.get(); };
  c.inc();
  (void)f();
}

// A helper that also writes something else is an outside effect.
int Global;
void bumpAndCount(Counter &c) { ++c.count; ++Global; }
void negativeHelperWithEffect(Counter c) { bumpAndCount(c); }

void negativeUnnamed(Counter) {}

struct Holder {
  Counter &ref;
  explicit Holder(Counter c) : ref(c) { c.inc(); }
};

void negativeMovedAway(Counter c, std::vector<Counter> &out) {
  c.inc();
  out.push_back(std::move(c));
}
