// RUN: %check_memchecks %s memchecks-needless-heap %t -no-compile-check
// RUN: %check_memchecks -std=c++14 %s memchecks-needless-heap %t -no-compile-check

// Fix-its are exercised (and recompiled) in fixes.cpp; here only the
// diagnostics matter.

#include <memory>

struct Rect { int w, h; };                     // 8 bytes
struct Buffer { char data[1024]; };            // exactly the stack threshold
struct Huge { char data[1025]; };
int use(int);

// ---- positive cases ------------------------------------------------------

int positiveArea() {
  auto r = std::make_unique<Rect>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveArea'; use a local variable [memchecks-needless-heap]
  r->w = 3;
  r->h = 4;
  return r->w * r->h;
}

int positiveExplicitType() {
  std::unique_ptr<Rect> r(new Rect{1, 2});
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveExplicitType'
  return (*r).w;
}

int positiveRawNewDelete() {
  Rect *r = new Rect();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveRawNewDelete'
  r->w = 2;
  int a = r->w;
  delete r;
  return a;
}

int positiveStackThreshold() {
  auto b = std::make_unique<Buffer>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Buffer' (1024 bytes) does not escape 'positiveStackThreshold'
  b->data[0] = 1;
  return b->data[0];
}

int positiveScalar() {
  auto n = std::make_unique<int>(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'int' (4 bytes) does not escape 'positiveScalar'
  return *n + 1;
}

int positiveInLoopNotKept(int n) {
  int sum = 0;
  for (int i = 0; i < n; ++i) {
    auto r = std::make_unique<Rect>();
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveInLoopNotKept'
    r->w = i;
    sum += use(r->w);
  }
  return sum;
}

struct Widget {
  int positiveMethod() const {
    auto r = std::make_unique<Rect>();
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveMethod'
    return r->h + k;
  }
  int k = 0;
};

int positiveGuardOnly() {
  const auto r = std::make_unique<Rect>();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveGuardOnly'
  return 0;
}

// ---- negative cases ------------------------------------------------------

int negativeTooBigForStack() {
  auto h = std::make_unique<Huge>();
  return h->data[0];
}

int negativeRawNoDelete() {
  Rect *r = new Rect(); // leaks; not this check's business
  return r->w;
}

int negativeRawDeleteTwice(bool b) {
  Rect *r = new Rect();
  if (b) {
    delete r;
    return 0;
  }
  delete r;
  return 1;
}

int negativeRawConditionalDelete(bool b) {
  Rect *r = new Rect();
  int w = r->w;
  if (b)
    delete r;
  return w;
}

int negativeNullCheck() {
  auto r = std::make_unique<Rect>();
  if (r)
    return r->w;
  return 0;
}

int negativeRawReassigned() {
  Rect *r = new Rect();
  delete r;
  r = new Rect();
  int w = r->w;
  delete r;
  return w;
}

int negativeUninitialised() {
  std::unique_ptr<Rect> r;
  r = std::make_unique<Rect>();
  return r->w;
}

int negativeStaticLocal() {
  static auto r = std::make_unique<Rect>();
  return r->w;
}

int negativeFromFunction(std::unique_ptr<Rect> (*make)()) {
  auto r = make();
  return r->w;
}
