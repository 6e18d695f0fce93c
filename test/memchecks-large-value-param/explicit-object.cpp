// REQUIRES: llvm-ge-18
// RUN: %check_memchecks %s memchecks-large-value-param %t -std=c++2b

// C++23 explicit object parameters are Go's value receivers.
struct Big {
  char data[1024];
  int n;
  int positiveValueReceiver(this Big self) { return self.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:38: warning: parameter 'self' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &'
// CHECK-FIXES: int positiveValueReceiver(this const Big &self) { return self.n; }
  int negativeMutatingReceiver(this Big self) { self.n++; return self.n; }
  int negativeRefReceiver(this const Big &self) { return self.n; }
};
int use(Big b) { return b.positiveValueReceiver() + b.negativeMutatingReceiver(); }
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: parameter 'b' of type 'Big'
// CHECK-FIXES: int use(const Big &b) { return b.positiveValueReceiver() + b.negativeMutatingReceiver(); }
