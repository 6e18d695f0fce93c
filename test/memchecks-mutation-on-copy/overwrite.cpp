// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks -fix-notes %s memchecks-mutation-on-copy %t

#include <string>
#include <utility>
#include <vector>

// A change followed by an assignment that replaces the whole copy is lost,
// even when the copy is read afterwards: the read sees the new value.

struct Counter {
  int count = 0;
  void inc() { ++count; }
  int get() const { return count; }
};
void use(const Counter &);
void log(int);
Counter next(const Counter &);

void positiveLocalOverwritten(std::vector<Counter> &cs) {
  Counter c = cs[0];
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a copy of 'cs[0]'; the change is lost
  c = cs[1];
  use(c);
}

// By reference, `x = 0` would write into the vector as well: no fix-it.
void positiveScalarOverwritten(std::vector<int> &v) {
  for (int x : v) {
    x += 1;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '+=' modifies 'x', a copy of the container element; the change is lost
    x = 0;
    log(x);
  }
// CHECK-FIXES: for (int x : v) {
}

void positiveParamOverwritten(Counter c) {
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost
  c = Counter();
  use(c);
}

void positiveMoveAssigned(std::vector<Counter> &cs, Counter other) {
  for (auto c : cs) {
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
    c = std::move(other);
    use(c);
  }
// CHECK-FIXES: for (auto c : cs) {
}

void positiveOverwrittenOnBothBranches(std::vector<Counter> &cs, bool b) {
  Counter c = cs[0];
  c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 'c', a copy of 'cs[0]'; the change is lost
  if (b)
    c = cs[1];
  else
    c = cs[2];
  use(c);
}

// The overwrite comes before the read on the way round the loop.
void positiveOverwrittenBeforeNextTurn(std::vector<Counter> &cs) {
  Counter c = cs[0];
  for (unsigned i = 1; i < cs.size(); ++i) {
    use(c);
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of 'cs[0]'; the change is lost
    c = cs[i];
  }
}

// The next turn reads the change before anything overwrites it.
void negativeReadOnNextTurn(std::vector<Counter> &cs) {
  Counter c = cs[0];
  for (unsigned i = 1; i < cs.size(); ++i) {
    use(c);
    c = cs[i];
    c.inc();
  }
}

// An overwrite that does not lose a change: the fix-it stays.
void positiveLastChangeStillFixed(std::vector<int> &v) {
  for (int x : v)
    if (x < 0)
      x = 0;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: '=' modifies 'x', a copy of the container element; the change is lost
// CHECK-NOTE-FIXES: for (int &x : v)
// CHECK-UNFIXED: for (int x : v)
}

void negativeOverwrittenOnOneBranch(std::vector<Counter> &cs, bool b) {
  Counter c = cs[0];
  c.inc();
  if (b)
    c = cs[1];
  use(c);
}

void negativeOverwriteReadsTheCopy(std::vector<Counter> &cs) {
  Counter c = cs[0];
  c.inc();
  c = next(c);
  use(c);
}

void negativeReadBeforeOverwrite(std::vector<Counter> &cs) {
  Counter c = cs[0];
  for (unsigned i = 1; i < cs.size(); ++i) {
    c.inc();
    use(c);
    c = cs[i];
  }
  use(c);
}

// A user-written assignment may keep part of the old state.
struct Total {
  int sum = 0;
  void add(int n) { sum += n; }
  Total &operator=(const Total &o) {
    sum += o.sum;
    return *this;
  }
};
void use(const Total &);

void negativeUserAssignment(std::vector<Total> &ts, const Total &other) {
  for (auto t : ts) {
    t.add(1);
    t = other;
    use(t);
  }
}

// std::string's operator= is written by the library, not defaulted.
void useString(const std::string &);
void negativeStringAssignment(std::vector<std::string> &v,
                              const std::string &other) {
  for (auto s : v) {
    s += "x";
    s = other;
    useString(s);
  }
}

// The defaulted assignment of a class calls its members' assignments; one
// written by hand may keep old state.
struct HoldsTotal {
  Total t;
  int n = 0;
  void add() { t.add(1); }
};
void use(const HoldsTotal &);

void negativeMemberWithUserAssignment(std::vector<HoldsTotal> &hs,
                                      const HoldsTotal &other) {
  for (auto h : hs) {
    h.add();
    h = other;
    use(h);
  }
}

// Members and bases that are replaced whole, recursively.
struct Base {
  int id = 0;
};
struct Outer : Base {
  Counter parts[2];
  double weight = 0;
  Outer &operator=(const Outer &) = default;
  void inc() { parts[0].inc(); }
};
void use(const Outer &);

void positiveNestedDefaultedAssignment(std::vector<Outer> &os, const Outer &other) {
  for (auto o : os) {
    o.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'o', a copy of the container element; the change is lost
    o = other;
    use(o);
  }
// CHECK-FIXES: for (auto o : os) {
}

// Compound assignment reads the old value.
void negativeCompoundAssignment(std::vector<int> &v) {
  for (int x : v) {
    x += 1;
    x *= 2;
    log(x);
  }
}

// Assigning a member replaces only part of the object.
void negativeMemberAssigned(std::vector<Counter> &cs) {
  Counter c = cs[0];
  c.inc();
  c.count = 0;
  use(c);
}

// A structured binding names a part of the object; its assignment is not
// taken as an overwrite of the whole.
struct Pair {
  int a;
  int b;
};
void negativeBindingAssigned(std::vector<Pair> &ps) {
  for (auto [a, b] : ps) {
    a += b;
    a = 0;
    log(a);
  }
}
