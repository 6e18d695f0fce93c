// RUN: %check_memchecks %s memchecks-large-copy %t -std=c++17

// A local copy that a lambda captures by reference is judged by what the
// lambda's body does with it, like any other use of the copy.

struct Frame { double samples[128]; int id; };

int positiveReadInLambda(const Frame &src) {
  Frame f = src;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
// CHECK-FIXES: const Frame &f = src;
  auto g = [&] { return f.id; };
  return g();
}

int negativeWrittenInLambda(const Frame &src) {
  Frame f = src;
  [&] { f.id = 1; }();
  return f.id;
}

// The lambda runs after the source changed: the copy keeps the old value.
int negativeSourceChangedBeforeCall(Frame &src) {
  Frame f = src;
  auto g = [&f] { return f.id; };
  src.id = 2;
  return g();
}

Frame *negativeAddressHandedBack(const Frame &src) {
  static Frame f;
  Frame c = src;
  auto g = [&] { return &c; };
  f = *g();
  return &f;
}
