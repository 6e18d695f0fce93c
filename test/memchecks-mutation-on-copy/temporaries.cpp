// RUN: %check_memchecks %s memchecks-mutation-on-copy %t

#include <string>
#include <vector>

struct Counter {
  int count = 0;
  void inc() { ++count; }
  Counter &add(int n) { count += n; return *this; }
  int get() const { return count; }
};

struct Registry {
  Counter main;
  Counter copyOf(const std::string &) const { return main; }
  Counter &byName(const std::string &) { return main; }
  std::vector<int> values() const { return {}; }
};

void positiveCopyOf(Registry &reg) {
  reg.copyOf("x").inc();
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'inc' modifies a temporary returned by value from 'copyOf'; the change is lost [memchecks-mutation-on-copy]
}

void positiveChainedResultDiscarded(Registry &reg) {
  reg.copyOf("x").add(3);
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'add' modifies a temporary returned by value from 'copyOf'; the change is lost
}

void positiveStdTemporary(Registry &reg) {
  reg.values().push_back(1);
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'push_back' modifies a temporary returned by value from 'values'; the change is lost
}

void negativeReference(Registry &reg) { reg.byName("x").inc(); }

int negativeResultUsed(Registry &reg) { return reg.copyOf("x").add(1).get(); }

void negativeConstCall(Registry &reg) { (void)reg.copyOf("x").get(); }

void negativeNamedCopyKept(Registry &reg, int &out) {
  Counter c = reg.copyOf("x");
  c.inc();
  out = c.get();
}

// std::tie returns a tuple of references: assigning to it writes a and b.
#include <tuple>
void negativeTie(int &a, int &b) { std::tie(a, b) = std::make_tuple(1, 2); }

// A tuple of references as a range-for copy is a handle as well.
void negativeTupleOfReferences(std::vector<std::tuple<int &>> &ts) {
  for (auto t : ts)
    std::get<0>(t) = 1;
}
