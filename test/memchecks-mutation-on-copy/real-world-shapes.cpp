// RUN: %check_memchecks %s memchecks-mutation-on-copy %t

// Minimal shapes of false positives found on real code.

#include <cstdint>
#include <vector>

// A view: the accessors are const and hand out references to memory the
// object does not own. A write through them reaches the caller's data.
struct CharView {
  char *start_;
  int size_;
  char &operator[](int i) const { return start_[i]; }
  char &at(int i) const { return start_[i]; }
};

void negativeViewSubscript(CharView b) { b[0] = 0; }

void negativeViewAt(CharView b) { b.at(1) = 'x'; }

void negativeViewRangeFor(std::vector<CharView> &vs) {
  for (auto v : vs)
    v[0] = 0;
}

template <class T> struct Span {
  T *start_;
  int size_;
  T &operator[](int i) const { return start_[i]; }
};

void negativeTemplateView(Span<int> s) { s[0] = 1; }

// A mutable member may be returned by a const accessor: that reference does
// point into the object.
struct Cached {
  mutable int hits = 0;
  int &counter() const { return hits; }
};

void positiveMutableAccessor(std::vector<Cached> &cs) {
  for (auto c : cs)
    c.counter() = 0;
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: '=' modifies 'c', a copy of the container element; the change is lost
}

// A non-const member whose visible body writes nothing.
struct Status {
  int code = 0;
  bool ok() { return code == 0; }
  int &raw() { return code; }
  void reset() { code = 0; }
  void noop() {}
  void indirect() { reset(); }
};
Status load(const char *);

void negativeNoWriteOnTemporary() { load("x").ok(); }

void negativeNoWriteOnCopy(std::vector<Status> &ss) {
  for (auto s : ss)
    s.noop();
}

void positiveWriteOnTemporary() {
  load("x").reset();
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'reset' modifies a temporary returned by value from 'load'; the change is lost
}

void positiveIndirectWrite(std::vector<Status> &ss) {
  for (auto s : ss)
    s.indirect();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'indirect' modifies 's', a copy of the container element; the change is lost
}

// A scalar change spelled inside a macro's body is the macro's shape, not
// a lost change the user wrote.
#define EAT(c)                                                                 \
  {                                                                            \
    if (p >= n || s[p] != c)                                                   \
      return false;                                                            \
    p++;                                                                       \
  }

bool negativeMacroDeadStore(const char *s, int n, const std::vector<int> &at) {
  int p = at[0];
  EAT('a');
  EAT('b');
  return true;
}

// The change is the macro's even when the user names the variable.
#define SET(x, v) x = v
void negativeScalarChangedByMacro(std::vector<int> &v) {
  for (int x : v)
    SET(x, 0);
}

// Spelled by the user, in an argument: still the user's change.
#define STMT(s) s
void positiveScalarChangeInMacroArgument(std::vector<int> &v) {
  for (int x : v)
    STMT(x = 0);
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: '=' modifies 'x', a copy of the container element; the change is lost
}

// Strong typedefs of scalars are by-value scalars: a parameter reassigned
// in the function is deliberate.
struct TileIndex {
  uint32_t v;
};
struct Wrapped {
  TileIndex t;
};

int negativeStrongTypedefParam(TileIndex t, int n) {
  if (t.v > 10)
    t.v = 0;
  return n;
}

void negativeStrongTypedefReassigned(TileIndex t) { t = TileIndex{0}; }

void negativeNestedStrongTypedef(Wrapped w) { w.t.v = 1; }

// Only reassignment is exempt: an increment of the wrapped field is Go's
// `func (c Counter) IncrementBad() { c.count++ }`.
void positiveStrongTypedefIncrement(TileIndex t) {
  t.v++;
// CHECK-MESSAGES: :[[@LINE-1]]:6: warning: '++' modifies 't', a parameter passed by value; the change is lost
}

// Two fields are a value, not a wrapped scalar.
struct Point {
  int x, y;
};

void positiveTwoFieldParam(Point p) {
  p.x += 1;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '+=' modifies 'p', a parameter passed by value; the change is lost
}

// Range-for elements of a strong typedef are still copies of the element.
void positiveStrongTypedefElement(std::vector<TileIndex> &ts) {
  for (auto t : ts)
    t.v = 0;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: '=' modifies 't', a copy of the container element; the change is lost
}
