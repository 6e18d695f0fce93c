// RUN: %check_memchecks %s memchecks-hot-path-alloc %t

#include <any>
#include <functional>
#include <memory>

#define HOT [[clang::annotate("memchecks::hot")]]

struct Node { int v; Node *next; };
int plain(int x) { return x; }

// ---- positive cases ------------------------------------------------------

HOT int positiveMakeUnique() {
  auto p = std::make_unique<Node>();
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'positiveMakeUnique' is marked hot but 'std::make_unique' may allocate here [memchecks-hot-path-alloc]
  return p->v;
}

HOT int positiveMakeShared() {
  auto p = std::make_shared<Node>();
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'positiveMakeShared' is marked hot but 'std::make_shared' may allocate here
  auto q = std::allocate_shared<Node>(std::allocator<Node>());
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'positiveMakeShared' is marked hot but 'std::allocate_shared' may allocate here
  return p->v + q->v;
}

HOT int positiveFunctionFromLambda(int k) {
  std::function<int(int)> f = [k](int x) { return x + k; };
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'positiveFunctionFromLambda' is marked hot but constructing 'std::function' may allocate here
  return f(1);
}

HOT int positiveFunctionFromPointer() {
  std::function<int(int)> f = plain;
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'positiveFunctionFromPointer' is marked hot but constructing 'std::function' may allocate here
  return f(1);
}

HOT int positiveFunctionCopy(const std::function<int(int)> &f) {
  std::function<int(int)> g = f;
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'positiveFunctionCopy' is marked hot but copying 'std::function' may allocate here
  return g(2);
}

HOT void positiveFunctionAssign(std::function<int(int)> &f) {
  f = [](int x) { return x; };
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveFunctionAssign' is marked hot but 'std::function::operator=' may allocate here
}

HOT bool positiveAny(int v) {
  std::any a = v;
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'positiveAny' is marked hot but constructing 'std::any' may allocate here
  a.emplace<long>(3);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveAny' is marked hot but 'std::any::emplace' may allocate here
  return a.has_value();
}

// ---- negative cases ------------------------------------------------------

HOT int negativeCallFunction(const std::function<int(int)> &f) { return f(3); }

HOT void negativeEmptyFunction() {
  std::function<void()> f;
  std::function<void()> g = nullptr;
  f = nullptr;
  (void)g;
}

HOT void negativeMoveFunction(std::function<void()> &a,
                              std::function<void()> &b) {
  a = std::move(b);
  std::function<void()> c(std::move(a));
  (void)c;
}

HOT int negativeUniquePtrUse(std::unique_ptr<Node> &p,
                             const std::shared_ptr<Node> &s) {
  return p->v + s->v + (p.get() != nullptr) + static_cast<int>(s.use_count());
}

HOT void negativeReleaseReset(std::unique_ptr<Node> &p,
                              std::unique_ptr<Node> &q) {
  p = std::move(q);
  p.reset();
}

HOT bool negativeAnyRead(const std::any &a) {
  return a.has_value() && std::any_cast<int>(&a) != nullptr;
}

HOT void negativeAnyEmpty() {
  std::any a;
  a.reset();
}
