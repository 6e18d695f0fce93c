// A TU that does not parse still gets a clean run: the compiler errors are
// reported, no check crashes on the invalid declarations.
// RUN: not clang-tidy -load %plugin %s --checks='-*,memchecks-*' -- -std=c++17 2>&1 | FileCheck %s
// CHECK: error: unknown type name 'Missing'
// CHECK-NOT: Stack dump
// CHECK-NOT: PLEASE submit
#include <memory>
#include <string>
#include <vector>
struct Big { char data[512]; Missing m; };
int byValue(Big b) { return b.data[0]; }
struct Counter { int n = 0; void inc() { ++n; } };
void loop(std::vector<Counter> v) { for (auto c : v) c.inc(); undeclared(); }
std::unique_ptr<Big> make() { return std::make_unique<Big>(); }
void fmt(int n) { for (int i = 0; i < n; ++i) { std::string s = "a" + std::to_string(i) + Missing(); } }
template <typename T> void tmpl(T t) { t.foo(; }
