// RUN: %check_memchecks %s memchecks-large-value-param %t

struct Big { char data[1024]; int n; };

int declared(Big b);
// CHECK-FIXES: int declared(const Big &b);
int declared(Big other);
// CHECK-FIXES: int declared(const Big &other);
int declared(Big);
// CHECK-FIXES: int declared(const Big &);
int declared(Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: parameter 'b' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &'
// CHECK-FIXES: int declared(const Big &b) { return b.n; }

int alreadyConst(const Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:28: warning: parameter 'b'
// CHECK-FIXES: int alreadyConst(const Big &b) { return b.n; }

int eastConst(Big const b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: parameter 'b'
// CHECK-FIXES: int eastConst(Big const &b) { return b.n; }

struct S {
  int method(Big b) const;
// CHECK-FIXES: int method(const Big &b) const;
};
int S::method(Big b) const { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: parameter 'b'
// CHECK-FIXES: int S::method(const Big &b) const { return b.n; }

// The function's address is taken: changing its type would break that use,
// so the warning comes without a fix-it.
int addressTaken(Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: parameter 'b'
// CHECK-FIXES: int addressTaken(Big b) { return b.n; }
int (*fp)(Big) = addressTaken;

// A redeclaration made by a macro cannot be rewritten: no fix-it anywhere.
#define DECLARE(name) int name(Big b);
DECLARE(viaMacro)
int viaMacro(Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: parameter 'b'
// CHECK-FIXES: int viaMacro(Big b) { return b.n; }

void caller() {
  Big b{};
  declared(b);
  S().method(b);
  alreadyConst(b);
}
