// RUN: %check_memchecks %s memchecks-large-value-param %t

// Shapes from real code (issue #16): the parameter needs its own object in a
// constructor initializer, the signature is fixed by a function pointer or a
// base class, or the type can only be moved.

#include <utility>

struct Big { char data[1024]; int n; };

// ---- constructor initializers are part of the function --------------------

struct MovedInInit {
  MovedInInit(Big b) : b_(std::move(b)) {}
  Big b_;
};

struct AddressInInit {
  AddressInInit(Big b) : p_(&b) {}
  Big *p_;
};

struct RefMemberInInit {
  RefMemberInInit(Big b) : r_(b) {}
  Big &r_;
};

struct ConstRefMemberInInit {
  ConstRefMemberInInit(Big b) : r_(b) {}
  const Big &r_;
};

struct MovedInBaseInit : Big {
  MovedInBaseInit(Big b) : Big(std::move(b)) {}
};

struct MovedInBodyAndInit {
  MovedInBodyAndInit(Big b, int k) : n_(b.n) { store(std::move(b), k); }
  static void store(Big &&, int);
  int n_;
};

// Only read in the initializer: still reported.
struct positiveReadInInit {
  positiveReadInInit(Big b) : n_(b.n), copy_(b) {}
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: parameter 'b' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &'
// CHECK-FIXES: positiveReadInInit(const Big &b) : n_(b.n), copy_(b) {}
  int n_;
  Big copy_;
};

// ---- moved or address taken anywhere ---------------------------------------

int negativeMovedIntoCapture(Big b) {
  auto f = [c = std::move(b)] { return c.n; };
  return f();
}

// A pointer to a part of the copy: the warning stays, the fix goes on a note.
const int *keep(const int *p);
int positiveAddressOfPart(Big b) { return *keep(&b.n); }
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: parameter 'b' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &'
// CHECK-FIXES: int positiveAddressOfPart(Big b) { return *keep(&b.n); }

// ---- move-only "consume" parameters ----------------------------------------

struct BigMoveOnly {
  BigMoveOnly() = default;
  BigMoveOnly(BigMoveOnly &&) = default;
  char data[1024];
};
int negativeConsume(BigMoveOnly m) { return m.data[0]; }

struct HasMoveOnlyMember { BigMoveOnly m; };
int negativeConsumeMember(HasMoveOnlyMember h) { return h.m.data[0]; }

struct DeletedCopy {
  DeletedCopy() = default;
  DeletedCopy(const DeletedCopy &) = delete;
  char data[1024];
};
int negativeConsumeDeleted(DeletedCopy d) { return d.data[0]; }

// ---- signatures fixed by a function pointer or a base class ---------------

using FrameFn = int (*)(Big);
int frameId(Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: parameter 'b' of type 'Big'
// CHECK-FIXES: int frameId(Big b) { return b.n; }
FrameFn frameFn = &frameId;

int registered(Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: parameter 'b' of type 'Big'
// CHECK-FIXES: int registered(Big b) { return b.n; }
void registerFn(FrameFn);
template <class T> void registerLater() { registerFn(&registered); }

int overloaded(Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: parameter 'b' of type 'Big'
// CHECK-FIXES: int overloaded(Big b) { return b.n; }
int overloaded(int);
template <class T> void registerOverload(T t) { t.add(&overloaded); }

struct Table { FrameFn fn = &frameId; };

template <class T> struct Base {
  virtual ~Base() = default;
  virtual int f(Big b) = 0;
};
template <class T> struct Derived : Base<T> {
  int f(Big b) override { return b.n; }
};
template <class T> struct DerivedFinal : Base<T> {
  int f(Big b) final { return b.n; }
};
template <class T> struct DerivedNoKeyword : Base<T> {
  int f(Big b) { return b.n; }
};
// Never instantiated: whether it overrides is unknown, so no fix-it.
template <class T> struct DerivedUnknown : Base<T> {
  int f(Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: parameter 'b' of type 'Big'
// CHECK-FIXES: int f(Big b) { return b.n; }
};
int useDerived() {
  DerivedNoKeyword<int> d;
  Base<int> &b = d;
  return b.f(Big{});
}

void callers() {
  Big b{};
  positiveReadInInit r(b);
  positiveAddressOfPart(b);
}
