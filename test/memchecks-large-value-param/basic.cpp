// RUN: %check_memchecks %s memchecks-large-value-param %t

struct Big { char data[1024]; int n; };          // 1028 bytes
struct Small { int a, b; };                      // 8 bytes
struct Edge { char data[128]; };                 // exactly the threshold
struct Below { char data[127]; };

// ---- positive cases ------------------------------------------------------

int positiveRead(Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: parameter 'b' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &' [memchecks-large-value-param]

int positiveConstValue(const Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: parameter 'b' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &'

int positiveAtThreshold(Edge e) { return e.data[0]; }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: parameter 'e' of type 'Edge' (128 bytes)

int positiveSecondParam(int k, Big b) { return b.data[k]; }
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: parameter 'b' of type 'Big'

int positiveTwoParams(Big x, Big y) { return x.n + y.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: parameter 'x' of type 'Big'
// CHECK-MESSAGES: :[[@LINE-2]]:34: warning: parameter 'y' of type 'Big'

struct Holder {
  int positiveMember(Big b) const { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: parameter 'b' of type 'Big'
  static int positiveStatic(Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: parameter 'b' of type 'Big'
  Holder(Big b) : n(b.n) {}
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: parameter 'b' of type 'Big'
  int n;
};

int positiveCopiedToLocal(Big b) { Big copy = b; copy.n++; return copy.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: parameter 'b' of type 'Big'

int positiveConstMethodCall(Big b) { Holder h(b); return h.positiveMember(b); }
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: parameter 'b' of type 'Big'

namespace ns { struct Wide { double v[32]; }; }
double positiveQualified(ns::Wide w) { return w.v[3]; }
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: parameter 'w' of type 'ns::Wide' (256 bytes) is passed by value and only read; pass it as 'const ns::Wide &'

using Alias = Big;
int positiveAlias(Alias a) { return a.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: parameter 'a' of type 'Alias' (1028 bytes) is passed by value and only read; pass it as 'const Alias &'

union U { char bytes[300]; int i; };
int positiveUnion(U u) { return u.i; }
// CHECK-MESSAGES: :[[@LINE-1]]:21: warning: parameter 'u' of type 'U' (300 bytes)

// ---- negative cases ------------------------------------------------------

int negativeSmall(Small s) { return s.a; }
int negativeBelow(Below b) { return b.data[0]; }
int negativeReference(const Big &b) { return b.n; }
int negativePointer(const Big *b) { return b->n; }
int negativeMutated(Big b) { b.n += 1; return b.n; }
int negativeMutatedByCall(Big b);
void mutate(Big &b) { b.n = 0; }
int negativeMutatedByCall(Big b) { mutate(b); return b.n; }
Big negativeReturned(Big b) { return b; }
Big *negativeAddressTaken(Big b) { static Big *p; p = &b; return p; }
int negativeUnnamed(Big) { return 0; }
int negativeDeclarationOnly(Big b);
struct Mover { Mover(Big &&) {} };
#include <utility>
void negativeMoved(Big b) { Mover m(std::move(b)); }
extern "C" int negativeExternC(struct Big b) { return b.n; }
volatile int sink;
int negativeVolatile(volatile Big b) { return b.n; }
int negativeLambdaRefCapture(Big b) { auto f = [&b] { b.n = 1; }; f(); return b.n; }

struct Assign {
  char data[512];
  Assign &operator=(Assign other) { return *this; }   // copy-and-swap idiom
  Assign(const Assign &) = default;
  Assign() = default;
};
struct Defaulted { Big b; bool operator==(const Defaulted &) const = default; };
void negativeDeleted(Big b) = delete;
