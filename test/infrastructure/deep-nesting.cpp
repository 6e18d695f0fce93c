// An expression nested 20,000 deep (a chain of `+`): the per-function walk
// (FunctionContext's node index) recurses only to a fixed depth and goes on
// with an explicit stack, so every check still judges the function.
// RUN: %python -c "print('struct Counter { int n = 0; void inc() { ++n; } };\nint deep(Counter c, int n) {\n  int x = ' + '+'.join(['n'] * 20000) + ';\n  c.inc();\n  return x;\n}')" > %t.cpp
// RUN: clang-tidy -load %plugin %t.cpp --checks='-*,memchecks-*' -- -std=c++17 2>&1 | FileCheck %s
// CHECK: :4:5: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost [memchecks-mutation-on-copy]
// CHECK-NOT: Stack dump
