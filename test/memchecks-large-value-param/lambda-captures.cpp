// RUN: %check_memchecks %s memchecks-large-value-param %t -std=c++17

// A parameter a lambda captures by reference is judged by what the lambda's
// body does with it, like any other use: reading through the capture keeps
// the finding, writing through it (directly, by a call, or through a
// reference or pointer the lambda hands back) needs the function's own copy.

#include <algorithm>
#include <vector>

struct Opts { char data[512]; int n; };
void mutate(Opts &);

// ---- positive cases ------------------------------------------------------

int positiveImplicitCapture(Opts o, const std::vector<int> &v) {
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: parameter 'o' of type 'Opts' (516 bytes) is passed by value and only read; pass it as 'const Opts &' [memchecks-large-value-param]
  int t = 0;
  std::for_each(v.begin(), v.end(), [&](int x) { t += x * o.n; });
  return t;
}

int positiveExplicitCapture(Opts o, const std::vector<int> &v) {
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: parameter 'o' of type 'Opts' (516 bytes)
  return std::count_if(v.begin(), v.end(), [&o](int x) { return x == o.n; });
}

int positiveNestedCapture(Opts o) {
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: parameter 'o' of type 'Opts' (516 bytes)
  return [&] { return [&] { return o.n; }(); }();
}

// ---- negative cases ------------------------------------------------------

int negativeWriteImplicit(Opts o) { [&] { o.n = 2; }(); return o.n; }
int negativeWriteNested(Opts o) { [&] { [&] { o.n = 2; }(); }(); return o.n; }
int negativeWriteByCall(Opts o) { [&] { mutate(o); }(); return o.n; }

int negativeWriteThroughReturnedReference(Opts o) {
  auto g = [&]() -> Opts & { return o; };
  g().n = 3;
  return o.n;
}

int negativeWriteThroughReturnedPointer(Opts o) {
  auto g = [&] { return &o; };
  g()->n = 3;
  return o.n;
}

int negativeMovedInLambda(Opts o) {
  auto g = [&] { Opts p = static_cast<Opts &&>(o); return p.n; };
  return g();
}
