// RUN: %check_memchecks %s memchecks-needless-heap %t -no-compile-check

#include <memory>

struct Point { int x, y; };

// ---- templates: the written template is analysed once --------------------

template <typename T> std::unique_ptr<T> negativeDependentReturn() {
  return std::make_unique<T>();
}

template <typename T> int positiveInTemplate(T t) {
  auto p = std::make_unique<Point>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Point' (8 bytes) does not escape 'positiveInTemplate'
  return p->x + static_cast<int>(t);
}

// A member template called with a dependent template argument is still a
// member of the pointee (flatbuffers' `verifier.VerifyBuffer<T>(nullptr)`).
struct Verifier {
  template <typename T> bool verify(const T *) const { return n > 0; }
  int n = 1;
};
template <typename T> bool positiveDependentMemberCall() {
  auto v = std::make_unique<Verifier>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Verifier' (4 bytes) does not escape 'positiveDependentMemberCall'
  return v->verify<T>(nullptr);
}

template <typename T> int negativeDependentLocal() {
  auto p = std::make_unique<T>();
  return p->x;
}

template <typename T> struct Box {
  std::unique_ptr<T> negativeMemberOfTemplate() { return std::make_unique<T>(); }
};

int instantiate() {
  Box<Point> b;
  return positiveInTemplate(1) + positiveInTemplate(2.0) +
         negativeDependentLocal<Point>() + negativeDependentReturn<Point>()->x +
         b.negativeMemberOfTemplate()->y;
}

// ---- macros: diagnosed at the expansion, never fixed inside -----------------

#define MAKE_POINT_FN(name) \
  std::unique_ptr<Point> name() { return std::make_unique<Point>(); }
MAKE_POINT_FN(positiveFromMacro)
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'positiveFromMacro' returns a heap-allocated 'Point' (8 bytes) through std::unique_ptr; return 'Point' by value

// ---- lambdas ------------------------------------------------------------

auto positiveLambdaLocal = [](int v) {
  auto p = std::make_unique<Point>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Point' (8 bytes) does not escape the lambda; use a local variable
  p->x = v;
  return p->x;
};

auto negativeLambdaReturn = [] { return std::make_unique<Point>(); };

auto negativeLambdaExplicitReturn = []() -> std::unique_ptr<Point> {
  return std::make_unique<Point>();
};

int negativeCapturedInLambda() {
  auto p = std::make_unique<Point>();
  auto get = [&p] { return p->x; };
  return get();
}

int positiveOuterOfLambda() {
  auto p = std::make_unique<Point>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Point' (8 bytes) does not escape 'positiveOuterOfLambda'
  auto twice = [](int v) { return 2 * v; };
  return twice(p->y);
}
