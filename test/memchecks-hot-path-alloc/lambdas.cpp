// RUN: %check_memchecks %s memchecks-hot-path-alloc %t

#include <algorithm>
#include <string>
#include <vector>

#define HOT [[clang::annotate("memchecks::hot")]]

// ---- positive cases ------------------------------------------------------

HOT void positiveLambdaBody(std::vector<int> &v) {
  auto add = [&v](int x) { v.push_back(x); };
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'positiveLambdaBody' is marked hot but 'std::vector::push_back' may allocate here [memchecks-hot-path-alloc]
  add(1);
  add(2);
}

HOT void positiveAlgorithmLambda(std::vector<int> &v, std::vector<int> &out) {
  std::for_each(v.begin(), v.end(), [&out](int x) { out.push_back(x); });
// CHECK-MESSAGES: :[[@LINE-1]]:57: warning: 'positiveAlgorithmLambda' is marked hot but 'std::vector::push_back' may allocate here
}

HOT std::size_t positiveCaptureCopy(const std::string &s) {
  auto len = [s] { return s.size(); };
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'positiveCaptureCopy' is marked hot but copying 'std::string' may allocate here
  return len();
}

HOT int positiveNestedLambda() {
  auto outer = [] {
    auto inner = [] { return new int(7); };
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'positiveNestedLambda' is marked hot but 'new' may allocate here
    return inner();
  };
  return *outer();
}

auto makeAllocator = [](int n) { return std::vector<int>(static_cast<std::size_t>(n)); };
HOT std::size_t positiveOuterLambda(int n) { return makeAllocator(n).size(); }
// CHECK-MESSAGES: :[[@LINE-1]]:53: warning: 'positiveOuterLambda' is marked hot but 'lambda' may allocate here

// ---- negative cases ------------------------------------------------------

HOT int negativeLambdaArithmetic(int a) {
  auto twice = [](int x) { return 2 * x; };
  return twice(a) + twice(a + 1);
}

HOT void negativeSort(std::vector<int> &v) {
  std::sort(v.begin(), v.end(), [](int a, int b) { return a > b; });
}

HOT int negativeCaptureByRef(const std::string &s) {
  auto first = [&s] { return s.empty() ? 0 : static_cast<int>(s[0]); };
  return first();
}

HOT bool negativeFindIf(const std::vector<int> &v, int k) {
  return std::find_if(v.begin(), v.end(), [k](int x) { return x == k; }) !=
         v.end();
}

auto outsideLambda = [](int x) { return x + 1; };
HOT int negativeOutsideLambda(int x) { return outsideLambda(x); }

// A lambda in a function that is not hot is not checked.
void negativeNotHot(std::vector<int> &v) {
  auto add = [&v](int x) { v.push_back(x); };
  add(3);
}
