// RUN: %check_memchecks %s memchecks-mutation-on-copy %t

// Every shape's note points at the copy.
#include <vector>

struct Counter {
  int count = 0;
  void inc() { ++count; }
};
Counter copyOf(int);

// A const range: no fix-it, so no "FIX-IT applied" note either.
void positiveRangeNote(const std::vector<Counter> &cs) {
  for (auto c : cs)
    c.inc();
// CHECK-NOTES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
// CHECK-NOTES: :[[@LINE-3]]:13: note: 'c' is copied here
}

void positiveParamNote(Counter c) {
  c.inc();
// CHECK-NOTES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost
// CHECK-NOTES: :[[@LINE-3]]:32: note: 'c' is a copy; take it by reference, or return the new value
}

void positiveTemporaryNote() {
  copyOf(1).inc();
// CHECK-NOTES: :[[@LINE-1]]:13: warning: 'inc' modifies a temporary returned by value from 'copyOf'; the change is lost
// CHECK-NOTES: :10:9: note: 'copyOf' returns a copy
}

// A fix-it that is only a suggestion goes on the note, and the note says
// what it would do.
struct Holder {
  Counter main;
};

void positiveSuggestionOnNote(Holder &h) {
  Counter c = h.main;
  c.inc();
// CHECK-NOTES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a copy of 'h.main'; the change is lost
// CHECK-NOTES: :[[@LINE-3]]:11: note: 'c' is copied here; a reference would change the original
}

// An automatic fix-it is on the warning; the note only points at the copy.
void positiveAutomaticFix(std::vector<Counter> &cs) {
  for (auto c : cs)
    c.inc();
// CHECK-NOTES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
// CHECK-NOTES: :[[@LINE-3]]:13: note: 'c' is copied here{{$}}
// CHECK-FIXES: for (auto &c : cs)
}

// A callee defined in another TU is named, at its declaration; the fix-it
// stays a suggestion on the note.
void normalize(Counter &c);
void positiveOpaqueCalleeNote(std::vector<Counter> &cs) {
  for (auto c : cs)
    normalize(c);
// CHECK-NOTES: :[[@LINE-1]]:5: warning: 'normalize' modifies 'c', a copy of the container element; the change is lost
// CHECK-NOTES: :[[@LINE-3]]:13: note: 'c' is copied here; a reference would change the original
// CHECK-NOTES: :[[@LINE-6]]:6: note: 'normalize' takes the copy by non-const reference and is defined in another translation unit
}
