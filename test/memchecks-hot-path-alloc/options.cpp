// RUN: %check_memchecks %s memchecks-hot-path-alloc %t -check-suffix=MALLOC,FN
// RUN: %check_memchecks %s memchecks-hot-path-alloc %t -check-suffix=MALLOC,FN,HOT -opt "HotFunctions=engine::.*Loop;Tick;std::.*"
// RUN: %check_memchecks %s memchecks-hot-path-alloc %t -check-suffix=FN,ALLOC -opt "AllocationFunctions=my_alloc;pool::.*"
// RUN: %check_memchecks %s memchecks-hot-path-alloc %t -check-suffix=MALLOC,STDFN -opt AllowStdFunction=true
// RUN: %check_memchecks %s memchecks-hot-path-alloc %t -check-suffix=MALLOC,FN,STRICT -opt Strict=true

#include <cstdlib>
#include <functional>
#include <vector>

#define HOT [[clang::annotate("memchecks::hot")]]

void *my_alloc(std::size_t n);
namespace pool { void *grab(); }
int external(int);
extern int (*callback)(int);

// ---- HotFunctions --------------------------------------------------------

namespace engine {
int positiveMainLoop() { return *new int(1); }
// CHECK-MESSAGES-HOT: :[[@LINE-1]]:34: warning: 'engine::positiveMainLoop' is marked hot but 'new' may allocate here [memchecks-hot-path-alloc]
int negativeLoopHelper() { return *new int(2); }
// A library function matched by the option is still judged by name, not
// trusted as hot.
void positivePushLoop(std::vector<int> &v) { v.push_back(1); }
// CHECK-MESSAGES-HOT: :[[@LINE-1]]:48: warning: 'engine::positivePushLoop' is marked hot but 'std::vector::push_back' may allocate here
} // namespace engine
int Tick() { return *new int(3); }
// CHECK-MESSAGES-HOT: :[[@LINE-1]]:22: warning: 'Tick' is marked hot but 'new' may allocate here
int negativeTicker() { return *new int(4); }

// ---- AllocationFunctions -------------------------------------------------

HOT void *positiveCustomAllocator() {
  void *a = my_alloc(16);
// CHECK-MESSAGES-ALLOC: :[[@LINE-1]]:13: warning: 'positiveCustomAllocator' is marked hot but 'my_alloc' may allocate here
// CHECK-MESSAGES-STRICT: :[[@LINE-2]]:13: warning: 'positiveCustomAllocator' is marked hot but 'my_alloc' (no visible body) may allocate here
  void *b = pool::grab();
// CHECK-MESSAGES-ALLOC: :[[@LINE-1]]:13: warning: 'positiveCustomAllocator' is marked hot but 'pool::grab' may allocate here
// CHECK-MESSAGES-STRICT: :[[@LINE-2]]:13: warning: 'positiveCustomAllocator' is marked hot but 'pool::grab' (no visible body) may allocate here
  // With the option set, malloc is no longer on the list.
  void *c = std::malloc(4);
// CHECK-MESSAGES-MALLOC: :[[@LINE-1]]:13: warning: 'positiveCustomAllocator' is marked hot but 'malloc' may allocate here
  std::free(c);
  return a != b ? a : b;
}

// ---- AllowStdFunction ----------------------------------------------------

struct Big { char data[64]; int operator()(int x) const { return x + data[0]; } };
int plain(int x) { return x; }

HOT int positiveFunctionCapture(int k, const std::function<int(int)> &g) {
  std::function<int(int)> f = [k](int x) { return x + k; };
// CHECK-MESSAGES-FN: :[[@LINE-1]]:31: warning: 'positiveFunctionCapture' is marked hot but constructing 'std::function' may allocate here
  std::function<int(int)> p = plain;
// CHECK-MESSAGES-FN: :[[@LINE-1]]:31: warning: 'positiveFunctionCapture' is marked hot but constructing 'std::function' may allocate here
  std::function<int(int)> c = g;
// CHECK-MESSAGES-FN: :[[@LINE-1]]:31: warning: 'positiveFunctionCapture' is marked hot but copying 'std::function' may allocate here
  std::function<int(int)> big = Big{};
// CHECK-MESSAGES-FN: :[[@LINE-1]]:33: warning: 'positiveFunctionCapture' is marked hot but constructing 'std::function' may allocate here
// CHECK-MESSAGES-STDFN: :[[@LINE-2]]:33: warning: 'positiveFunctionCapture' is marked hot but constructing 'std::function' from a 64-byte callable may allocate here
  return f(1) + p(2) + c(3) + big(4);
}

// ---- Strict --------------------------------------------------------------

HOT int positiveUnknownCallee(int v) {
  return external(v);
// CHECK-MESSAGES-STRICT: :[[@LINE-1]]:10: warning: 'positiveUnknownCallee' is marked hot but 'external' (no visible body) may allocate here
}

HOT int positiveIndirectCall(int v) {
  return callback(v);
// CHECK-MESSAGES-STRICT: :[[@LINE-1]]:10: warning: 'positiveIndirectCall' is marked hot but an indirect call may allocate here
}

int middle(int v) { return external(v) + 1; }
HOT int positiveUnknownTransitive(int v) {
  return middle(v);
// CHECK-MESSAGES-STRICT: :[[@LINE-1]]:10: warning: 'positiveUnknownTransitive' is marked hot but 'middle' may allocate here
}

// Trusted in every mode: another hot function, and the library leaves.
HOT int hotDeclared(int v);
HOT int negativeTrustsHot(int v) { return hotDeclared(v); }
HOT int negativeLibraryLeaf(int v) { return std::abs(v); }
