// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks -fix-notes %s memchecks-mutation-on-copy %t

// Which fix-its are automatic: binding a range-for element by reference
// when nothing reads the copy. Everywhere else the change may have been
// meant to stay local, and the fix-it is a suggestion on the note, applied
// only with --fix-notes.

#include <vector>

struct Counter {
  int count = 0;
  void inc() { ++count; }
  int get() const { return count; }
};

void positiveOnlyChangedAutomatic(std::vector<Counter> &cs) {
  for (auto c : cs)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &c : cs)
}

void positiveReadBeforeSuggested(std::vector<Counter> &cs) {
  for (auto c : cs)
    if (c.get() < 10)
      c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
// CHECK-NOTE-FIXES: for (auto &c : cs)
// CHECK-UNFIXED: for (auto c : cs)
}

struct Holder {
  Counter main;
};

void positiveLocalCopySuggested(Holder &h) {
  Counter c = h.main;
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a copy of 'h.main'; the change is lost
// CHECK-NOTE-FIXES: Counter &c = h.main;
// CHECK-UNFIXED: Counter c = h.main;
}

// The copy of a loop index: a reference would advance the loop. No fix-it,
// not even on the note.
void positiveLoopIndexCopyNoFix(int n, std::vector<int> &out) {
  for (int i = 0; i < n; ++i) {
    int j = i;
    out.push_back(j);
    j++;
// CHECK-MESSAGES: :[[@LINE-1]]:6: warning: '++' modifies 'j', a copy of 'i'; the change is lost
// CHECK-FIXES: int j = i;
  }
}

void positiveWhileLoopSourceNoFix(std::vector<int> &out) {
  int k = 0;
  while (k < 10) {
    int j = k;
    out.push_back(j);
    j += 2;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '+=' modifies 'j', a copy of 'k'; the change is lost
// CHECK-FIXES: int j = k;
    out.push_back(0);
    ++k;
  }
}
