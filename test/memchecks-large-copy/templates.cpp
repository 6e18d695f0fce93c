// RUN: %check_memchecks %s memchecks-large-copy %t

// A copy whose type the template leaves dependent is judged in the
// instantiations: reported once, at the first one that copies a large type
// it only reads, with a note at that instantiation and no fix-it (another
// instantiation may copy a small type, or write through a dependent call).

#include <vector>

struct Frame { double samples[128]; int id; };   // 1032 bytes
struct Wide { double samples[64]; int id; };     // 520 bytes
struct Small { int id; };
struct Touchy { double samples[128]; int id; void touch(); };

template <typename T> int positiveRangeFor(const std::vector<T> &v) {
  int s = 0;
  for (auto x : v) s += x.id;
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'x' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:17: note: each element of this range is copied
// CHECK-MESSAGES: :[[@LINE+5]]:32: note: in the instantiation 'positiveRangeFor<Frame>' of the template, from here
  return s;
}
int useRangeFor(const std::vector<Small> &s, const std::vector<Frame> &f,
                const std::vector<Wide> &w) {
  return positiveRangeFor(s) + positiveRangeFor(f) + positiveRangeFor(w);
}

template <typename T> int positiveLocal(const std::vector<T> &v) {
  T first = v[0];
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'first' copies 1032 bytes of 'Frame' and is only read; bind it as 'const T &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:13: note: copied from here
// CHECK-MESSAGES: :[[@LINE+4]]:10: note: in the instantiation 'positiveLocal<Frame>' of the template, from here
  return first.id;
}
int useLocal(const std::vector<Frame> &f, const std::vector<Wide> &w) {
  return positiveLocal(f) + positiveLocal(w);
}

// A `const` copy keeps its `const` in the suggestion, whichever side of
// the type it is written on.
template <typename T> int positiveConstLocal(const std::vector<T> &v) {
  const T first = v[0];
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'first' copies 1032 bytes of 'Frame' and is only read; bind it as 'const T &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:19: note: copied from here
// CHECK-MESSAGES: :[[@LINE+8]]:10: note: in the instantiation 'positiveConstLocal<Frame>' of the template, from here
  T const last = v[1];
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'last' copies 1032 bytes of 'Frame' and is only read; bind it as 'const T &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:18: note: copied from here
// CHECK-MESSAGES: :[[@LINE+4]]:10: note: in the instantiation 'positiveConstLocal<Frame>' of the template, from here
  return first.id + last.id;
}
int useConstLocal(const std::vector<Frame> &f) {
  return positiveConstLocal(f);
}


// Only small types: nothing to report.
template <typename T> int negativeOnlySmall(const std::vector<T> &v) {
  int s = 0;
  for (auto x : v) s += x.id;
  return s;
}
int useSmall(const std::vector<Small> &v) { return negativeOnlySmall(v); }

// The instantiation writes to its copy: mutation-on-copy's ground.
template <typename T> void negativeWrittenCopy(const std::vector<T> &v) {
  for (auto x : v) x.touch();
}
void useTouchy(const std::vector<Touchy> &v) { negativeWrittenCopy(v); }

// A discarded `if constexpr` branch differs between instantiations.
template <typename T> int negativeIfConstexpr(const std::vector<T> &v) {
  int s = 0;
  for (auto x : v) {
    if constexpr (sizeof(T) > 8)
      s += x.id;
  }
  return s;
}
int useIfConstexpr(const std::vector<Frame> &v) { return negativeIfConstexpr(v); }

// A copy the template writes with a non-dependent type is judged in the
// template itself, once.
template <typename T> int positiveNonDependent(const std::vector<Frame> &v, T) {
  int s = 0;
  for (auto x : v) s += x.id;
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'x' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:17: note: each element of this range is copied
// CHECK-FIXES: for (const auto &x : v) s += x.id;
  return s;
}
int useNonDependent(const std::vector<Frame> &v) {
  return positiveNonDependent(v, 1) + positiveNonDependent(v, 'c');
}

// Members of class templates are instantiated too.
template <typename T> struct Sum {
  int total(const std::vector<T> &v) const {
    int s = 0;
    for (auto x : v) s += x.id;
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'x' copies 520 bytes of 'Wide' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:19: note: each element of this range is copied
    return s;
  }
};
int useMember(const std::vector<Wide> &v) { return Sum<Wide>().total(v); }
// CHECK-MESSAGES: :[[@LINE-1]]:64: note: in the instantiation 'Sum<Wide>::total' of the template, from here
