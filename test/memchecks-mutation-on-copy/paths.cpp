// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks -fix-notes %s memchecks-mutation-on-copy %t

#include <stdexcept>
#include <vector>

// Each mutation is judged on its own: is there a path after it, in the
// function's control flow, on which the copy is observed?

struct Counter {
  int count = 0;
  void inc() { ++count; }
  void reset() { count = 0; }
  int get() const { return count; }
};
void use(const Counter &);
void mayThrow();

// The mutation on the `then` branch is lost; the read is on the other one.
void positiveOtherBranchReads(std::vector<Counter> &cs, bool b) {
  Counter c = cs[0];
  if (b)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of 'cs[0]'; the change is lost
  else
    use(c);
}

void positiveReturnBeforeRead(Counter c, bool b) {
  if (b) {
    c.reset();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'reset' modifies 'c', a parameter passed by value; the change is lost
    return;
  }
  use(c);
}

// `continue` goes to the next element: a fresh copy.
void positiveContinueSkipsRead(std::vector<Counter> &cs, int &sum) {
  for (auto c : cs) {
    if (c.get() > 10) {
      c.reset();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'reset' modifies 'c', a copy of the container element; the change is lost
      continue;
    }
    sum += c.get();
  }
// CHECK-NOTE-FIXES: for (auto &c : cs) {
// CHECK-UNFIXED: for (auto c : cs) {
}

// Both branches lose their change.
void positiveBothBranches(std::vector<Counter> &cs, bool b) {
  for (auto c : cs) {
    if (b)
      c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
    else
      c.reset();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'reset' modifies 'c', a copy of the container element; the change is lost
  }
// CHECK-FIXES: for (auto &c : cs) {
}

// The first mutation is observed by the read, the second is not.
void positiveOnlyTheSecond(std::vector<Counter> &cs, int &sum) {
  for (auto c : cs) {
    c.inc();
    sum += c.get();
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
  }
// CHECK-NOTE-FIXES: for (auto &c : cs) {
// CHECK-UNFIXED: for (auto c : cs) {
}

void positiveSwitchCase(std::vector<Counter> &cs, int k, int &out) {
  Counter c = cs[0];
  switch (k) {
  case 0:
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of 'cs[0]'; the change is lost
    break;
  default:
    out = c.get();
  }
}

void positiveGotoPastRead(Counter c, bool b) {
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost
  goto done;
  use(c);
done:
  return;
}

void positiveBreakPastRead(std::vector<Counter> &cs, int &out) {
  Counter c = cs[0];
  for (int i = 0; i < 3; ++i) {
    if (i == 1) {
      c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'inc' modifies 'c', a copy of 'cs[0]'; the change is lost
      return;
    }
    out += c.get();
  }
}

void negativeReadAfterJoin(std::vector<Counter> &cs, bool b) {
  Counter c = cs[0];
  if (b)
    c.inc();
  else
    c.reset();
  use(c);
}

void negativeReadInBranchOnBackEdge(std::vector<Counter> &cs, int &sum) {
  Counter c = cs[0];
  for (int i = 0; i < 3; ++i) {
    if (i > 0)
      sum += c.get();
    c.inc();
  }
}

void negativeCatchHandlerReads(std::vector<Counter> &cs, int &out) {
  Counter c = cs[0];
  try {
    c.inc();
    mayThrow();
  } catch (const std::exception &) {
    out = c.get();
  }
}

void negativeFallthrough(std::vector<Counter> &cs, int k, int &out) {
  Counter c = cs[0];
  switch (k) {
  case 0:
    c.inc();
    [[fallthrough]];
  case 1:
    out = c.get();
    break;
  default:
    break;
  }
}

void negativeDoWhileContinue(std::vector<Counter> &cs, bool b) {
  Counter c = cs[0];
  do {
    c.inc();
    if (b)
      continue;
  } while (c.get() < 3);
}

// A branch the compiler knows is dead still counts as a reader.
constexpr bool kDebug = false;
void negativeDeadDebugBranch(std::vector<Counter> &cs) {
  for (auto c : cs) {
    c.inc();
    if (kDebug)
      use(c);
  }
}

void negativeShortCircuitRead(std::vector<Counter> &cs, bool b, int &out) {
  Counter c = cs[0];
  c.inc();
  if (b && c.get() > 0)
    out = 1;
}

void negativeGotoBackToRead(Counter c, int &out) {
  int n = 0;
loop:
  if (n++ < 3) {
    out += c.get();
    c.inc();
    goto loop;
  }
}

void negativeReadInConditional(std::vector<Counter> &cs, bool b, int &out) {
  Counter c = cs[0];
  c.inc();
  out = b ? c.get() : 0;
}
