// RUN: %check_memchecks %s memchecks-needless-heap %t

// Calls in a constructor's member initializers are judged like calls in its
// body (the FunctionContext's parent index covers both); they used to count
// as callers that keep the pointer.

#include <memory>

struct Point {
  int x = 0, y = 0;
};

std::unique_ptr<Point> positiveOnlyDereferenced() {
// CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'positiveOnlyDereferenced' returns a heap-allocated 'Point' (8 bytes) through std::unique_ptr; return 'Point' by value [memchecks-needless-heap]
  return std::make_unique<Point>();
}

std::unique_ptr<Point> negativeKept() { return std::make_unique<Point>(); }

struct User {
  int v;
  std::unique_ptr<Point> p;
  User() : v(positiveOnlyDereferenced()->x), p(negativeKept()) {}
};
