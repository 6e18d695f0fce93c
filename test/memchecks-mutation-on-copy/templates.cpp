// RUN: %check_memchecks %s memchecks-mutation-on-copy %t -std=c++20

#include <algorithm>
#include <string>
#include <vector>

// A copy whose type depends on a template parameter is judged in the
// instantiations, reported once per location, and never given a fix-it.

struct Counter {
  int count = 0;
  void inc() { ++count; }
  int get() const { return count; }
};
struct Handle {
  int *p;
  void inc() { ++*p; }
};

template <typename T> void positiveDependentElement(std::vector<T> &xs) {
  for (auto x : xs)
    x.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'x', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto x : xs)
}

template <typename T> void positiveDependentParam(T t) {
  t.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'inc' modifies 't', a parameter passed by value; the change is lost
}

template <typename T> struct Box {
  std::vector<T> items;
  void positiveMemberOfClassTemplate() {
    for (T x : items)
      x += x;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: '+=' modifies 'x', a copy of the container element; the change is lost
// CHECK-FIXES: for (T x : items)
  }
};

template <typename T> void positiveDependentLocal(std::vector<T> &xs) {
  T first = xs[0];
  first.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'inc' modifies 'first', a copy of 'xs[0]'; the change is lost
}

// Only a handle in this instantiation: nothing proved, nothing reported.
template <typename T> void negativeOnlyHandles(std::vector<T> &xs) {
  for (auto x : xs)
    x.inc();
}

template <typename T> void negativeReadAfter(std::vector<T> &xs, int &sum) {
  for (auto x : xs) {
    x.inc();
    sum += x.get();
  }
}

// What a discarded branch would do differs per instantiation.
template <typename T> void negativeIfConstexpr(std::vector<T> &xs, int &sum) {
  for (auto x : xs) {
    x.inc();
    if constexpr (sizeof(T) > 64)
      sum += x.get();
  }
}

template <typename T> void negativeReference(std::vector<T> &xs) {
  for (auto &x : xs)
    x.inc();
}

template <typename T> void negativeNeverInstantiated(std::vector<T> &xs) {
  for (auto x : xs)
    x.inc();
}

template <typename T> T negativeReturned(T t) {
  t.inc();
  return t;
}

void positiveGenericLambda(std::vector<Counter> &cs) {
  std::for_each(cs.begin(), cs.end(), [](auto c) { c.inc(); });
// CHECK-MESSAGES: :[[@LINE-1]]:54: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost
}

template <typename T> void positiveLambdaInTemplate(std::vector<T> &xs) {
  std::for_each(xs.begin(), xs.end(), [](T c) { c.inc(); });
// CHECK-MESSAGES: :[[@LINE-1]]:51: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost
}

void negativeGenericLambdaHandle(std::vector<Handle> &hs) {
  std::for_each(hs.begin(), hs.end(), [](auto h) { h.inc(); });
}

void negativeGenericLambdaReturns(std::vector<Counter> &cs,
                                  std::vector<Counter> &out) {
  std::transform(cs.begin(), cs.end(), out.begin(), [](auto c) {
    c.inc();
    return c;
  });
}

void instantiate(std::vector<Counter> &cs, std::vector<Handle> &hs,
                 std::vector<int> &is, std::vector<std::string> &ss, int &sum) {
  positiveDependentElement(cs);
  positiveDependentElement(cs); // the same instantiation
  positiveDependentParam(Counter{});
  Box<int> b;
  b.positiveMemberOfClassTemplate();
  Box<std::string> bs;
  bs.positiveMemberOfClassTemplate();
  positiveDependentLocal(cs);
  negativeOnlyHandles(hs);
  negativeReadAfter(cs, sum);
  negativeIfConstexpr(cs, sum);
  negativeReference(cs);
  (void)negativeReturned(Counter{});
  positiveLambdaInTemplate(cs);
}
