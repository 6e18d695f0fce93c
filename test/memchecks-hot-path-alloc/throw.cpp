// RUN: %check_memchecks %s memchecks-hot-path-alloc %t

#include <stdexcept>

#define HOT [[clang::annotate("memchecks::hot")]]

// ---- positive cases ------------------------------------------------------

HOT int positiveThrowInt(int v) {
  if (v < 0)
    throw v;
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveThrowInt' is marked hot but 'throw' may allocate here [memchecks-hot-path-alloc]
  return v;
}

HOT int positiveThrowException(int v) {
  if (v < 0)
    throw std::out_of_range("negative");
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveThrowException' is marked hot but 'throw' may allocate here
  return v;
}

HOT void positiveRethrow() {
  try {
    positiveThrowInt(1);
  } catch (...) {
    throw;
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveRethrow' is marked hot but 'throw' may allocate here
  }
}

// ---- negative cases ------------------------------------------------------

HOT int negativeNoexceptCheck(int v) noexcept { return v < 0 ? -1 : v; }

HOT int negativeCatchOnly() {
  try {
    return negativeNoexceptCheck(2);
  } catch (const std::exception &) {
    return -1;
  }
}

int negativeThrowNotHot(int v) {
  if (v < 0)
    throw v;
  return v;
}
