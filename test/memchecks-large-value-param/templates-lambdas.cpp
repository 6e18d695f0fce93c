// RUN: %check_memchecks %s memchecks-large-value-param %t -std=c++20

#include <algorithm>
#include <vector>

struct Big { char data[1024]; int n; };

// The written template is analysed once; a non-dependent parameter is fine
// to report there, a dependent one never (its size depends on T).
template <typename T>
int positiveInTemplate(T t, Big b) { return b.n + int(sizeof(t)); }
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: parameter 'b' of type 'Big'
// CHECK-FIXES: int positiveInTemplate(T t, const Big &b) { return b.n + int(sizeof(t)); }

template <typename T>
int negativeDependent(T t) { return t.n; }

template <typename T>
struct Box {
  int positiveMemberOfTemplate(Big b) const { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: parameter 'b' of type 'Big'
// CHECK-FIXES: int positiveMemberOfTemplate(const Big &b) const { return b.n; }
  int negativeDependentMember(T t) const { return t.n; }
};

void instantiate() {
  Big b{};
  positiveInTemplate(1, b);
  negativeDependent(b);            // no report from the instantiation
  Box<Big>().positiveMemberOfTemplate(b);
  Box<Big>().negativeDependentMember(b);
}

int positiveLambda(const std::vector<Big> &v) {
  return std::count_if(v.begin(), v.end(), [](Big b) { return b.n > 0; });
// CHECK-MESSAGES: :[[@LINE-1]]:51: warning: parameter 'b' of type 'Big'
// CHECK-FIXES: return std::count_if(v.begin(), v.end(), [](const Big &b) { return b.n > 0; });
}

int negativeGenericLambda(const std::vector<Big> &v) {
  return std::count_if(v.begin(), v.end(), [](auto b) { return b.n > 0; });
}

int negativeMutatingLambda(const std::vector<Big> &v) {
  int total = 0;
  std::for_each(v.begin(), v.end(), [&](Big b) { b.n *= 2; total += b.n; });
  return total;
}

// Abbreviated function templates have dependent parameters.
int negativeAbbreviated(auto b) { return b.n; }
int useAbbreviated() { return negativeAbbreviated(Big{}); }
