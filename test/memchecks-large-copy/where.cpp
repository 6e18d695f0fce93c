// RUN: %check_memchecks %s memchecks-large-copy %t

// large-copy walks each written function once: its member initializers, its
// body and the lambdas in them; a lambda outside any function (namespace
// scope, a default member initializer) on its own. Each copy is reported
// once, wherever it is written.
#include <algorithm>
#include <vector>

struct Frame { double samples[128]; int id; };  // 1032 bytes
const Frame &current();

int positiveInLambdaInFunction(const std::vector<Frame> &v) {
  auto count = [&v] {
    int n = 0;
    for (Frame f : v)
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'f' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const Frame &' [memchecks-large-copy]
      n += f.id;
    return n;
  };
  return count();
}

int positiveNestedLambdaCall(const Frame &f) {
  return [&f] { return [f] { return f.id; }(); }();
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: lambda copies 'f' (1032 bytes of 'Frame') and only reads it; capture it by reference
}

int AtNamespaceScope = [] {
  Frame f = current();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
  return f.id;
}();

struct Holder {
  int fromDefault = [] {
    Frame f = current();
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
    return f.id;
  }();
  int fromInit;
  Holder(const Frame &g)
      : fromInit([&g] {
          Frame f = g;
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
          return f.id;
        }()) {}
};

int negativeChangedInLambda(std::vector<Frame> &v) {
  auto touch = [&v] {
    int n = 0;
    for (Frame f : v) {
      n += f.id;
      v[0].id = n;
    }
    return n;
  };
  return touch();
}
