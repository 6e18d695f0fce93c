// RUN: %check_memchecks %s memchecks-hot-path-alloc %t

#include <string>

#define HOT [[clang::annotate("memchecks::hot")]]

// ---- positive cases ------------------------------------------------------

int selfRecursive(int n) { return n > 0 ? selfRecursive(n - 1) : *new int(0); }
HOT int positiveSelfRecursive(int n) { return selfRecursive(n); }
// CHECK-NOTES: :[[@LINE-1]]:47: warning: 'positiveSelfRecursive' is marked hot but 'selfRecursive' may allocate here [memchecks-hot-path-alloc]
// CHECK-NOTES: :[[@LINE-3]]:67: note: 'positiveSelfRecursive' calls 'selfRecursive', which uses 'new' here

// Mutual recursion where the allocation sits after the cycle: 'ping' is
// first seen while 'pong' is still being analysed.
int pong(int n);
int ping(int n) { return n > 0 ? pong(n - 1) : 0; }
int pong(int n) {
  if (n > 0)
    return ping(n - 1);
  std::string s(static_cast<std::size_t>(n + 32), 'x');
  return static_cast<int>(s.size());
}
HOT int positiveMutual(int n) { return ping(n); }
// CHECK-NOTES: :[[@LINE-1]]:40: warning: 'positiveMutual' is marked hot but 'ping' may allocate here
// CHECK-NOTES: :[[@LINE-9]]:34: note: 'positiveMutual' calls 'ping', which calls 'pong' here
// CHECK-NOTES: :[[@LINE-6]]:15: note: 'ping' calls 'pong', which constructs 'std::string' here
// The same cycle asked about from the other side.
HOT int positiveMutualOther(int n) { return pong(n); }
// CHECK-NOTES: :[[@LINE-1]]:45: warning: 'positiveMutualOther' is marked hot but 'pong' may allocate here
// CHECK-NOTES: :[[@LINE-10]]:15: note: 'positiveMutualOther' calls 'pong', which constructs 'std::string' here

// A three-function cycle; the allocation is in the last one.
void c3(int n);
void a3(int n) { if (n) c3(n - 1); }
void b3(int n) { if (n) a3(n - 1); }
void c3(int n) { if (n) b3(n - 1); else throw n; }
HOT void positiveThreeCycle(int n) { b3(n); }
// CHECK-NOTES: :[[@LINE-1]]:38: warning: 'positiveThreeCycle' is marked hot but 'b3' may allocate here
// CHECK-NOTES: :[[@LINE-4]]:25: note: 'positiveThreeCycle' calls 'b3', which calls 'a3' here
// CHECK-NOTES: :[[@LINE-6]]:25: note: 'b3' calls 'a3', which calls 'c3' here
// CHECK-NOTES: :[[@LINE-5]]:41: note: 'a3' calls 'c3', which throws here

// ---- negative cases ------------------------------------------------------

int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
HOT int negativeRecursive(int n) { return fib(n); }

bool isOdd(unsigned n);
bool isEven(unsigned n) { return n == 0 ? true : isOdd(n - 1); }
bool isOdd(unsigned n) { return n == 0 ? false : isEven(n - 1); }
HOT bool negativeMutual(unsigned n) { return isEven(n) && !isOdd(n); }

// A hot function that calls itself is not reported for the call.
HOT int negativeHotSelf(int n) { return n > 0 ? negativeHotSelf(n - 1) : 0; }
