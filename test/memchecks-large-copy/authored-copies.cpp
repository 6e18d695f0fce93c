// RUN: %check_memchecks %s memchecks-large-copy %t

// A copy constructor someone wrote (the type's own, a base's or a member's,
// or that of what a std container in it holds), called by name for a named
// local (`T x(y)`, `T x{y}`), is asked for: it is not known to make a copy
// equal to its source (tests of copying, a cache left out, an allocator not
// taken along), so such locals are not reported. Spelled `T x = y`, the same
// copy binds a value as a range-for variable or a capture does, and is
// reported; the reference is only suggested (on a note), since the written
// constructor may have effects of its own. A copy the compiler writes
// member by member, and a std value type's, are reported with a fix.

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

struct Path {
  Path() = default;
  Path(const Path &Other) : text(Other.text) { ++copies; }
  std::string text;
  char pad[128];
  static int copies;
};
bool exists(const Path &);

// A test of the copy constructor names it.
bool negativeOwnCopy(const Path &p) {
  Path copy(p);
  return exists(copy);
}
bool negativeOwnCopyBraced(const Path &p) {
  const Path copy{p};
  return exists(copy);
}

// A user-written copy that leaves out a cache.
struct Cached {
  Cached() = default;
  Cached(const Cached &Other) : value(Other.value) {}
  struct { double at[16]; } value;
  mutable double cache[16];
};
double read(const Cached &);
double negativeCacheLeftOut(const std::vector<Cached> &v) {
  Cached first(v[0]);
  return read(first);
}

// A member's user-written copy runs inside the implicit one.
struct Holder { Path where; int n; };
bool negativeMember(const Holder &h) {
  Holder copy(h);
  return exists(copy.where) && copy.n > 0;
}

// A base's too.
struct Derived : Path { int n; };
bool negativeBase(const Derived &d) {
  Derived copy{d};
  return exists(copy) && copy.n > 0;
}

// What a std container holds is copied with its own constructor.
struct Paths { std::vector<Path> all; char pad[128]; };
std::size_t negativeElementOfStdMember(const std::vector<Paths> &v) {
  Paths last(v.back());
  return last.all.size();
}

// What a std::tuple holds (a pack of type arguments) too.
std::size_t negativeElementOfStdTuple(const std::tuple<Path, int> &t) {
  const std::tuple<Path, int> copy(t);
  return std::get<0>(copy).text.size();
}

// An allocator with a written copy constructor may not be taken along.
template <typename T> struct Arena {
  using value_type = T;
  Arena() = default;
  Arena(const Arena &) {}
  template <typename U> Arena(const Arena<U> &) {}
  T *allocate(std::size_t n) { return static_cast<T *>(::operator new(n * sizeof(T))); }
  void deallocate(T *p, std::size_t) { ::operator delete(p); }
  bool operator==(const Arena &) const { return true; }
  bool operator!=(const Arena &) const { return false; }
};
struct Pooled { std::vector<int, Arena<int>> ids; char pad[128]; };
std::size_t negativeAllocator(const Pooled &p) {
  Pooled copy(p);
  return copy.ids.size();
}

// Spelled with `=`, the written copies above bind a value: reported, the
// reference on a note (jsoncpp's `const Value child = value[i];`, a deep
// copy only read).
double positiveAuthoredAssignSpelling(const std::vector<Cached> &v) {
  const Cached first = v[0];
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'first' copies 256 bytes of 'Cached' and is only read; bind it as 'const Cached &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:24: note: copied from here
// CHECK-MESSAGES: :[[@LINE-3]]:16: note: if nothing called while 'first' lives can change its source and its copy constructor has no effect of its own, bind 'first' as 'const Cached &'
// CHECK-FIXES: const Cached first = v[0];
  return read(first);
}
bool positiveAuthoredMemberAssignSpelling(const Holder &h) {
  Holder copy = h;
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'copy' copies {{[0-9]+}} bytes of 'Holder' and is only read; bind it as 'const Holder &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:17: note: copied from here
// CHECK-MESSAGES: :[[@LINE-3]]:10: note: if nothing called while 'copy' lives can change its source and its copy constructor has no effect of its own, bind 'copy' as 'const Holder &'
// CHECK-FIXES: Holder copy = h;
  return exists(copy.where) && copy.n > 0;
}

// `std::forward` copies only for a caller that passed an lvalue: the
// template moves when it can, and the caller chose the copy.
struct Frame { double samples[128]; int id; std::string name; };
int use(const Frame &);
template <typename T, typename A> int negativeForwarded(A &&a) {
  T f(std::forward<A>(a));
  return use(f);
}
template <typename T, typename... A> int negativeForwardedPack(A &&...a) {
  T f(std::forward<A>(a)...);
  return use(f);
}
int callForwarded(const Frame &fr) {
  return negativeForwarded<Frame>(fr) + negativeForwardedPack<Frame>(fr);
}

// A range-for variable and a capture copy as a side effect of how they are
// spelled, whatever constructor runs: reported.
double positiveRangeForAuthored(const std::vector<Cached> &v) {
  double s = 0;
  for (auto c : v)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'c' copies 256 bytes of 'Cached' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:17: note: each element of this range is copied
    s += read(c);
  return s;
}

// Its constructor may have effects of its own: the reference is only
// suggested, even where nothing in the loop could change the source.
int positiveRangeForCounted(const std::vector<Path> &v) {
  int n = 0;
  for (auto p : v)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'p' copies 160 bytes of 'Path' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:17: note: each element of this range is copied
// CHECK-MESSAGES: :[[@LINE-3]]:13: note: if the written copy constructor of 'Path' has no effect of its own, bind 'p' as 'const auto &'
// CHECK-FIXES: for (auto p : v)
    n += p.pad[0];
  return n;
}

bool positiveCaptureAuthored(const std::vector<int> &ids, const Path &p) {
  return std::count_if(ids.begin(), ids.end(),
                       [p](int) { return exists(p); }) > 0;
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: lambda copies 'p' ({{[0-9]+}} bytes of 'Path') and only reads it; capture it by reference [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-3]]:10: note: the lambda does not outlive this call
// CHECK-MESSAGES: :[[@LINE-3]]:25: note: if nothing the lambda calls can change 'p' and its copy constructor has no effect of its own, capture 'p' by reference
}

// Positive controls: implicit copies, `= default`, std value members, and
// a class that holds a container of itself.
struct Plain { std::string name; std::vector<int> ids; double pad[16]; };
int positivePlain(const Plain &p) {
  Plain copy = p;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'copy' copies {{[0-9]+}} bytes of 'Plain' and is only read; bind it as 'const Plain &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:16: note: copied from here
  return static_cast<int>(copy.name.size() + copy.ids.size());
}

struct Defaulted {
  Defaulted() = default;
  Defaulted(const Defaulted &) = default;
  double samples[32];
};
double positiveDefaulted(const std::vector<Defaulted> &v) {
  double s = 0;
  for (auto d : v)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'd' copies 256 bytes of 'Defaulted' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:17: note: each element of this range is copied
    s += d.samples[0];
  return s;
}

struct Tree { std::vector<Tree> kids; double weight[16]; };
std::size_t positiveRecursive(const Tree &t) {
  Tree copy = t;
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'copy' copies {{[0-9]+}} bytes of 'Tree' and is only read; bind it as 'const Tree &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:15: note: copied from here
  return copy.kids.size();
}
