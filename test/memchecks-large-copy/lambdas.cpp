// RUN: %check_memchecks %s memchecks-large-copy %t

#include <algorithm>
#include <functional>
#include <thread>
#include <vector>

struct Frame { double samples[128]; int id; };  // 1032 bytes
bool pick(const Frame &, int);

long positiveAlgorithm(const std::vector<int> &ids, const Frame &f) {
  return std::count_if(ids.begin(), ids.end(), [f](int i) { return f.id == i; });
// CHECK-MESSAGES: :[[@LINE-1]]:49: warning: lambda copies 'f' (1032 bytes of 'Frame') and only reads it; capture it by reference [memchecks-large-copy]
// CHECK-FIXES: return std::count_if(ids.begin(), ids.end(), [&f](int i) { return f.id == i; });
}

int positiveCalledInPlace(const Frame &f) {
  return [f] { return f.id + 1; }();
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: lambda copies 'f' (1032 bytes of 'Frame') and only reads it; capture it by reference
// CHECK-FIXES: return [&f] { return f.id + 1; }();
}

int positiveImplicitCapture(const std::vector<int> &ids, Frame f) {
  return std::any_of(ids.begin(), ids.end(), [=](int i) { return f.id == i; });
// CHECK-MESSAGES: :[[@LINE-1]]:66: warning: lambda copies 'f' (1032 bytes of 'Frame') and only reads it; capture it by reference
// CHECK-FIXES: return std::any_of(ids.begin(), ids.end(), [=, &f](int i) { return f.id == i; });
}

// The lambda calls something that could change the source: a suggestion.
bool positiveCallInLambda(const std::vector<int> &ids, const Frame &f) {
  return std::all_of(ids.begin(), ids.end(), [f](int i) { return pick(f, i); });
// CHECK-MESSAGES: :[[@LINE-1]]:47: warning: lambda copies 'f' (1032 bytes of 'Frame') and only reads it; capture it by reference
// CHECK-FIXES: return std::all_of(ids.begin(), ids.end(), [f](int i) { return pick(f, i); });
}

// The lambda outlives the call: a reference could dangle.
std::function<int()> negativeStored(const Frame &f) {
  std::function<int()> g = [f] { return f.id; };
  return g;
}

void negativeThread(const Frame &f) {
  std::thread t([f] { (void)f.id; });
  t.join();
}

void run(std::function<void()>);
void negativeUnknownCallee(const Frame &f) { run([f] { (void)f.id; }); }

int negativeMutable(Frame f) {
  return [f]() mutable { f.id = 2; return f.id; }();
}

int negativeSmall(int n) {
  return [n] { return n + 1; }();
}

int negativeByReference(const Frame &f) {
  return [&f] { return f.id; }();
}

// The algorithm is handed the source itself: it may write it.
void negativeSourceInArgs(std::vector<Frame> &v) {
  std::for_each(v.begin(), v.end(), [v](Frame &x) { x.id = static_cast<int>(v.size()); });
}

int negativeInitCapture(const Frame &f) {
  return [g = f] { return g.id; }();
}
