// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks -fix-notes %s memchecks-mutation-on-copy %t

#include <vector>

// Scalars are tracked as range-for elements and local copies, not as
// by-value parameters.

enum class Color { Red, Green };
int normalize(int);
void log(int);

void positiveRangeForTimesTwo(std::vector<int> &v) {
  for (int x : v)
    x *= 2;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '*=' modifies 'x', a copy of the container element; the change is lost
// CHECK-FIXES: for (int &x : v)
}

void positiveRangeForAuto(std::vector<double> &v) {
  for (auto x : v) {
    x += 1;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '+=' modifies 'x', a copy of the container element; the change is lost
  }
// CHECK-FIXES: for (auto &x : v) {
}

void positiveRangeForIncrement(std::vector<unsigned> &v) {
  for (auto n : v)
    ++n;
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '++' modifies 'n', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &n : v)
}

void positiveArrayElement(int (&a)[4]) {
  for (int x : a)
    if (x < 0)
      x = 0;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: '=' modifies 'x', a copy of the container element; the change is lost
// CHECK-NOTE-FIXES: for (int &x : a)
// CHECK-UNFIXED: for (int x : a)
}

void positiveEnumElement(std::vector<Color> &cs) {
  for (auto c : cs)
    c = Color::Red;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '=' modifies 'c', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &c : cs)
}

void positiveLocalScalarCopy(std::vector<int> &v) {
  int first = v[0];
  first = normalize(first);
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: '=' modifies 'first', a copy of 'v[0]'; the change is lost
}

// A const container: `int &` would not compile, no fix-it.
void positiveConstRangeNoFix(const std::vector<int> &v) {
  for (int x : v)
    x *= 2;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '*=' modifies 'x'
// CHECK-FIXES: for (int x : v)
}

void negativeModifiedThenRead(std::vector<int> &v, std::vector<int> &out) {
  for (int x : v) {
    x = normalize(x);
    out.push_back(x);
  }
}

void negativeModifiedThenLogged(std::vector<int> &v) {
  for (auto x : v) {
    x *= 2;
    log(x);
  }
}

void negativeReference(std::vector<int> &v) {
  for (int &x : v)
    x *= 2;
}

// By-value scalar parameters are not tracked.
void negativeParamCountdown(int n) {
  while (n--)
    log(0);
}
void negativeParamClamped(int n) {
  if (n < 0)
    n = 0;
}

void negativeLoopCondition(std::vector<int> &v) {
  int i = v[0];
  while (i < 10)
    ++i;
}

void negativeResultUsed(std::vector<int> &v, int &out) {
  for (int x : v)
    out = ++x;
}

// Not a copy of an lvalue: a computed value, a conversion.
void negativeComputed(std::vector<int> &v) {
  int n = normalize(v[0]);
  n += 1;
  for (long x : v)
    x *= 2;
}

void negativeVolatile(std::vector<int> &v) {
  for (volatile int x : v)
    x = 0;
}

void negativeMaybeUnused(std::vector<int> &v) {
  for ([[maybe_unused]] int x : v)
    x = 0;
}

void negativeAddressTaken(std::vector<int> &v, std::vector<int *> &out) {
  for (int x : v) {
    out.push_back(&x);
    x = 1;
  }
}

void negativeStaticLocal(std::vector<int> &v) {
  static int last = v[0];
  last += 1;
}

void negativeAccumulate(std::vector<int> &v, int &sum) {
  int acc = v[0];
  for (int x : v)
    acc += x;
  sum = acc;
}

// std::vector<bool> hands out proxies; `bool b` is a conversion, not a copy.
void negativeVectorBool(std::vector<bool> &bits) {
  for (bool b : bits)
    b = !b;
}
