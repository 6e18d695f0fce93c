// REQUIRES: llvm-ge-19
// RUN: %check_memchecks %s memchecks-hot-path-alloc %t

// Clang 19 parses the function-effect attributes but does not verify callers;
// memchecks does.
#include <string>
#include <vector>

// ---- positive cases ------------------------------------------------------

int positiveNonallocating(int v) [[clang::nonallocating]] {
  return *new int(v);
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'positiveNonallocating' is marked hot but 'new' may allocate here [memchecks-hot-path-alloc]
}

void positiveNonblocking(std::vector<int> &v) [[clang::nonblocking]] {
  v.push_back(1);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveNonblocking' is marked hot but 'std::vector::push_back' may allocate here
}

std::string helper(int v) { return std::to_string(v); }
std::size_t positiveTransitive(int v) [[clang::nonallocating]] {
  return helper(v).size();
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveTransitive' is marked hot but 'helper' may allocate here
}

struct Queue {
  std::vector<int> items;
  void positiveMethod(int x) [[clang::nonallocating]] { items.push_back(x); }
// CHECK-MESSAGES: :[[@LINE-1]]:63: warning: 'Queue::positiveMethod' is marked hot but 'std::vector::push_back' may allocate here
};

// ---- negative cases ------------------------------------------------------

int negativeClean(int a) [[clang::nonallocating]] { return a + 1; }

int negativeAllocatingTrue(int a) [[clang::nonallocating(false)]] {
  return *new int(a);
}

int negativeBlocking(int a) [[clang::blocking]] { return *new int(a); }

int negativeCallsNonallocatingDecl(int) [[clang::nonallocating]];
int negativeTrustsEffect(int a) [[clang::nonblocking]] {
  return negativeCallsNonallocatingDecl(a);
}
