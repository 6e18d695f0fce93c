// A by-copy lambda capture whose copy does not compile leaves a null capture
// initializer in a function clang does not mark invalid. No check may reach
// it (large-value-param crashed in clang's ExprMutationAnalyzer); every check
// runs over it with default options and with broad ones.
// RUN: not clang-tidy -load %plugin %s --checks='-*,memchecks-*' -- -std=c++11 2>&1 | FileCheck %s
// RUN: not clang-tidy -load %plugin %s --checks='-*,memchecks-*' \
// RUN:   -config="{CheckOptions: [{key: memchecks-large-value-param.SizeThreshold, value: 1}, \
// RUN:     {key: memchecks-hot-path-alloc.HotFunctions, value: '.*'}, \
// RUN:     {key: memchecks-hot-path-alloc.Strict, value: true}, \
// RUN:     {key: memchecks-pool-reset.PoolTypes, value: '.*'}]}" \
// RUN:   -- -std=c++11 2>&1 | FileCheck %s
// CHECK: error: no matching constructor for initialization of 'const NonConstCopy'
// CHECK-NOT: Stack dump
// CHECK-NOT: PLEASE submit
// CHECK-NOT: warning:
#include <memory>
#include <string>
#include <vector>
struct S { char v[256]; };
struct NonConstCopy { NonConstCopy(NonConstCopy &); };
void f(S s, const NonConstCopy c) {
  (void)s.v;
  [c] {};
}
struct Counter { int n = 0; void inc() { ++n; } };
void loop(std::vector<Counter> v, const NonConstCopy c) {
  for (auto k : v) k.inc();
  [c] {};
}
std::unique_ptr<S> make(const NonConstCopy c) {
  auto p = std::unique_ptr<S>(new S());
  [c] {};
  return p;
}
void fmt(int n, const NonConstCopy c) {
  for (int i = 0; i < n; ++i) {
    std::string s = "a" + std::to_string(i);
    [c] {};
  }
}
