// RUN: %check_memchecks %s memchecks-hot-path-alloc %t

#include <cstddef>
#include <string>
#include <vector>

#define HOT [[clang::annotate("memchecks::hot")]]

// ---- positive cases ------------------------------------------------------

// Dependent: found in the instantiations, reported once.
template <typename T> HOT void positiveDependentPush(std::vector<T> &v, T x) {
  v.push_back(x);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveDependentPush' is marked hot but 'std::vector::push_back' may allocate here [memchecks-hot-path-alloc]
}
template void positiveDependentPush<int>(std::vector<int> &, int);
template void positiveDependentPush<long>(std::vector<long> &, long);

// Not dependent: found in the template as written.
template <typename T> HOT T positiveNonDependent(T x) {
  std::string label = "not a short string at all";
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'positiveNonDependent' is marked hot but constructing 'std::string' may allocate here
  return x + static_cast<T>(label.size());
}
int useNonDependent() { return positiveNonDependent(1) + positiveNonDependent(2L); }

template <typename T> T *create() { return new T(); }
template <typename T> HOT T positiveThroughTemplate() { return *create<T>(); }
// CHECK-MESSAGES: :[[@LINE-1]]:65: warning: 'positiveThroughTemplate' is marked hot but 'create' may allocate here
int useThroughTemplate() { return positiveThroughTemplate<int>(); }

template <typename T> struct Buffer {
  std::vector<T> items;
  HOT void positiveMember(const T &x) { items.push_back(x); }
// CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'Buffer::positiveMember' is marked hot but 'std::vector::push_back' may allocate here
  HOT std::size_t negativeMember() const { return items.size(); }
};
void useBuffer(Buffer<int> &b, Buffer<double> &d) {
  b.positiveMember(1);
  d.positiveMember(2.0);
  (void)b.negativeMember();
}

// Only one instantiation allocates; the location is reported once.
template <typename T> HOT std::size_t positiveOneInstantiation(const T &x) {
  T copy = x;
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'positiveOneInstantiation' is marked hot but copying 'std::string' may allocate here
  return sizeof(copy);
}
std::size_t useOne(const std::string &s) {
  return positiveOneInstantiation(1) + positiveOneInstantiation(s);
}

// ---- negative cases ------------------------------------------------------

template <typename T> HOT T negativeArithmetic(T a, T b) { return a * b + a; }
int useArithmetic() { return negativeArithmetic(2, 3); }

template <typename T> HOT std::size_t negativeRead(const std::vector<T> &v) {
  return v.empty() ? 0 : static_cast<std::size_t>(v[0]) + v.size();
}
std::size_t useRead(const std::vector<int> &v) { return negativeRead(v); }

// Known limitation: a template never instantiated in the translation unit is
// checked as written only, so its dependent operations are not seen.
template <typename T> HOT T negativeNeverInstantiated(std::vector<T> &v) {
  v.push_back(T());
  return v.back();
}

template <typename T> std::vector<T> allocatesButNotHot(const T &x) {
  return std::vector<T>(4, x);
}
std::vector<int> negativeNotHot() { return allocatesButNotHot(3); }
