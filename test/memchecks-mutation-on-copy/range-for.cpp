// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks -fix-notes %s memchecks-mutation-on-copy %t

#include <map>
#include <string>
#include <vector>

struct Counter {
  int count = 0;
  void inc() { ++count; }
  void reset() { count = 0; }
  int get() const { return count; }
};

void positiveIncrementCopy(std::vector<Counter> &counters) {
  for (auto c : counters)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost [memchecks-mutation-on-copy]
// CHECK-FIXES: for (auto &c : counters)
}

void positiveNamedType(std::vector<Counter> &counters) {
  for (Counter c : counters)
    c.count += 2;
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: '+=' modifies 'c', a copy of the container element; the change is lost
// CHECK-FIXES: for (Counter &c : counters)
}

// Reads before the mutation do not save it.
void positiveReadThenReset(std::vector<Counter> &counters) {
  for (auto c : counters) {
    if (c.get() > 10)
      c.reset();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'reset' modifies 'c', a copy of the container element; the change is lost
  }
// CHECK-NOTE-FIXES: for (auto &c : counters) {
// CHECK-UNFIXED: for (auto c : counters) {
}

void positiveFieldIncrement(std::vector<Counter> &counters) {
  for (auto c : counters)
    c.count++;
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: '++' modifies 'c', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &c : counters)
}

void positiveStdValueType(std::vector<std::string> &names) {
  for (auto s : names)
    s += "!";
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '+=' modifies 's', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &s : names)
}

void positiveVectorOfVectors(std::vector<std::vector<int>> &rows) {
  for (auto row : rows)
    row.push_back(0);
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'push_back' modifies 'row', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &row : rows)
}

void positiveStructuredBinding(std::map<std::string, int> &m) {
  for (auto [k, v] : m)
    v += 1;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '+=' modifies 'v', bound to a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &[k, v] : m)
}

struct Point { int x, y; };
void positiveAggregateBinding(std::vector<Point> &pts) {
  for (auto [x, y] : pts)
    x = 0;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '=' modifies 'x', bound to a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &[x, y] : pts)
}

// A const container: the fix would not compile, so there is only a warning.
void positiveConstContainerNoFix(const std::vector<Counter> &counters) {
  for (auto c : counters)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c'
// CHECK-FIXES: for (auto c : counters)
}

void negativeReference(std::vector<Counter> &counters) {
  for (auto &c : counters)
    c.inc();
}

void negativeReadAfter(std::vector<Counter> &counters, int &sum) {
  for (auto c : counters) {
    c.inc();
    sum += c.get();
  }
}

void negativeStoredAfter(std::vector<Counter> &counters,
                         std::vector<Counter> &out) {
  for (auto c : counters) {
    c.inc();
    out.push_back(c);
  }
}

void negativeOnlyRead(std::vector<Counter> &counters, int &sum) {
  for (auto c : counters)
    sum += c.get();
}

void negativeStructuredBindingRead(std::map<std::string, int> &m, int &sum) {
  for (auto [k, v] : m) {
    v += 1;
    sum += v;
  }
}

void negativeMaybeUnused(std::vector<Counter> &counters) {
  for ([[maybe_unused]] auto c : counters)
    c.inc();
}

void negativeAddressTaken(std::vector<Counter> &counters,
                          std::vector<Counter *> &seen) {
  for (auto c : counters) {
    seen.push_back(&c);
    c.inc();
  }
}

void negativeBoundToReference(std::vector<Counter> &counters, int &sum) {
  for (auto c : counters) {
    Counter &r = c;
    c.inc();
    sum += r.get();
  }
}
