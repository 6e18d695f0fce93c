// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks -fix-notes %s memchecks-mutation-on-copy %t

#include <vector>

struct Counter {
  int count = 0;
  void inc() { ++count; }
  void reset() { count = 0; }
  int get() const { return count; }
};

// The loop's back edge brings control to the read in the condition.
int negativeWhileCondition(std::vector<Counter> &cs) {
  Counter c = cs[0];
  while (c.get() < 10)
    c.inc();
  return 0;
}

void negativeReadEarlierInLoop(std::vector<Counter> &cs, int &sum) {
  Counter c = cs[0];
  for (int i = 0; i < 3; ++i) {
    sum += c.get();
    c.inc();
  }
}

void negativeForIncrement(std::vector<Counter> &cs, int &sum) {
  for (Counter c = cs[0]; c.get() < 5; c.inc())
    sum += 1;
}

void negativeDoWhile(std::vector<Counter> &cs) {
  Counter c = cs[0];
  do {
    c.inc();
  } while (c.get() < 3);
}

void negativeGoto(std::vector<Counter> &cs, int &out) {
  Counter c = cs[0];
again:
  out = c.get();
  c.inc();
  if (out < 3)
    goto again;
}

void negativeResultUsed(std::vector<Counter> &cs, int &out) {
  Counter c = cs[0];
  out = (c.count += 2);
}

void negativeReadInOtherBranchAfter(std::vector<Counter> &cs, bool b, int &out) {
  Counter c = cs[0];
  if (b)
    c.inc();
  out = c.get();
}

// A local declared inside the loop is a fresh copy on every iteration.
void positiveFreshCopyPerIteration(std::vector<Counter> &cs) {
  for (unsigned i = 0; i < cs.size(); ++i) {
    Counter c = cs[i];
    if (c.get() > 10)
      c.reset();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'reset' modifies 'c', a copy of 'cs[i]'; the change is lost
  }
}

// A loop inside the range-for body that never reads the copy.
void positiveInnerLoopWithoutRead(std::vector<Counter> &cs) {
  for (auto c : cs)
    for (int i = 0; i < 3; ++i)
      c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &c : cs)
}

// Each lost mutation is reported; the fix-it goes with the first.
void positiveEachOfSeveral(std::vector<Counter> &cs) {
  for (auto c : cs) {
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
  }
// CHECK-FIXES: for (auto &c : cs) {
}

void positiveSelfReferentialUpdate(std::vector<Counter> &cs) {
  for (auto c : cs)
    c.count = c.count * 2;
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: '=' modifies 'c', a copy of the container element; the change is lost
// CHECK-NOTE-FIXES: for (auto &c : cs)
// CHECK-UNFIXED: for (auto c : cs)
}
