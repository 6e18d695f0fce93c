// RUN: %check_memchecks -check-suffix=DEFAULT %s memchecks-needless-heap %t -no-compile-check
// RUN: %check_memchecks -check-suffix=SMALL %s memchecks-needless-heap %t -no-compile-check \
// RUN:   -opt SizeThreshold=8 -opt StackSizeThreshold=16
// RUN: %check_memchecks -check-suffix=SHARED %s memchecks-needless-heap %t -no-compile-check \
// RUN:   -opt CheckSharedPtr=true

#include <memory>

struct Point { int x, y; };          // 8 bytes
struct Mid { int v[4]; };            // 16 bytes
struct Big { char data[512]; };      // 512 bytes

std::unique_ptr<Point> point() { return std::make_unique<Point>(); }
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:24: warning: 'point' returns a heap-allocated 'Point' (8 bytes)
// CHECK-MESSAGES-SMALL: :[[@LINE-2]]:24: warning: 'point' returns a heap-allocated 'Point' (8 bytes)
// CHECK-MESSAGES-SHARED: :[[@LINE-3]]:24: warning: 'point' returns a heap-allocated 'Point' (8 bytes)

std::unique_ptr<Mid> mid() { return std::make_unique<Mid>(); }
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:22: warning: 'mid' returns a heap-allocated 'Mid' (16 bytes)
// CHECK-MESSAGES-SHARED: :[[@LINE-2]]:22: warning: 'mid' returns a heap-allocated 'Mid' (16 bytes)

int localMid() {
  auto m = std::make_unique<Mid>();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:12: warning: heap allocation of 'Mid' (16 bytes) does not escape 'localMid'
  // CHECK-MESSAGES-SMALL: :[[@LINE-2]]:12: warning: heap allocation of 'Mid' (16 bytes) does not escape 'localMid'
  // CHECK-MESSAGES-SHARED: :[[@LINE-3]]:12: warning: heap allocation of 'Mid' (16 bytes) does not escape 'localMid'
  return m->v[0];
}

int localBig() {
  auto b = std::make_unique<Big>();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:12: warning: heap allocation of 'Big' (512 bytes) does not escape 'localBig'
  // CHECK-MESSAGES-SHARED: :[[@LINE-2]]:12: warning: heap allocation of 'Big' (512 bytes) does not escape 'localBig'
  return b->data[0];
}

std::shared_ptr<Point> shared() { return std::make_shared<Point>(); }
// CHECK-MESSAGES-SHARED: :[[@LINE-1]]:24: warning: 'shared' returns a heap-allocated 'Point' (8 bytes) through std::shared_ptr; return 'Point' by value

// Never copied: one owner, reported with or without CheckSharedPtr.
int sharedLocal() {
  auto s = std::make_shared<Point>();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:12: warning: heap allocation of 'Point' (8 bytes) does not escape 'sharedLocal'
  // CHECK-MESSAGES-SMALL: :[[@LINE-2]]:12: warning: heap allocation of 'Point' (8 bytes) does not escape 'sharedLocal'
  // CHECK-MESSAGES-SHARED: :[[@LINE-3]]:12: warning: heap allocation of 'Point' (8 bytes) does not escape 'sharedLocal'
  return s->x;
}

int sharedCopied(std::shared_ptr<Point> &out) {
  auto s = std::make_shared<Point>();
  out = s;
  return s->x;
}
