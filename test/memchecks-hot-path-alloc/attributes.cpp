// RUN: %check_memchecks %s memchecks-hot-path-alloc %t

#include <string>
#include <vector>

// ---- positive cases ------------------------------------------------------

[[clang::annotate("memchecks::hot")]] int positiveAnnotated() {
  return *new int(1);
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'positiveAnnotated' is marked hot but 'new' may allocate here [memchecks-hot-path-alloc]
}

// The mark on a declaration covers the definition.
[[clang::annotate("memchecks::hot")]] void positiveDeclaredHot(std::vector<int> &v);
void positiveDeclaredHot(std::vector<int> &v) { v.push_back(1); }
// CHECK-MESSAGES: :[[@LINE-1]]:51: warning: 'positiveDeclaredHot' is marked hot but 'std::vector::push_back' may allocate here

__attribute__((annotate("memchecks::hot"))) std::string positiveGnuSpelling(int v) {
  return std::to_string(v);
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveGnuSpelling' is marked hot but 'std::to_string' may allocate here
}

struct Handler {
  [[clang::annotate("memchecks::hot")]] virtual void positiveVirtual(std::string &s) {
    s.append("event");
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'Handler::positiveVirtual' is marked hot but 'std::string::append' may allocate here
  }
  virtual ~Handler() = default;
};

// ---- negative cases ------------------------------------------------------

[[clang::annotate("memchecks::cold")]] int negativeOtherAnnotation() {
  return *new int(1);
}

[[clang::annotate("hot")]] int negativeUnprefixedAnnotation() {
  return *new int(2);
}

int negativeUnmarked(std::vector<int> &v) {
  v.push_back(3);
  return static_cast<int>(v.size());
}

// An override is not hot because the method it overrides is.
struct Derived : Handler {
  void positiveVirtual(std::string &s) override { s.append("derived"); }
};

[[clang::annotate("memchecks::hot")]] int negativeAnnotatedClean(int a, int b) {
  return a * b;
}
