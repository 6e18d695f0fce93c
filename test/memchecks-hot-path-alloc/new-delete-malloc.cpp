// RUN: %check_memchecks %s memchecks-hot-path-alloc %t

#include <cstdlib>
#include <cstring>
#include <new>

#define HOT [[clang::annotate("memchecks::hot")]]

struct Point { int x, y; };

// ---- positive cases ------------------------------------------------------

HOT int positiveNew() {
  int *p = new int(4);
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'positiveNew' is marked hot but 'new' may allocate here [memchecks-hot-path-alloc]
  int v = *p;
  delete p;
// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'positiveNew' is marked hot but 'delete' may allocate here
  return v;
}

HOT void positiveArrayNew(int n) {
  Point *ps = new Point[n];
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'positiveArrayNew' is marked hot but 'new' may allocate here
  delete[] ps;
// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'positiveArrayNew' is marked hot but 'delete' may allocate here
}

HOT Point *positiveNothrowNew() {
  return new (std::nothrow) Point{1, 2};
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveNothrowNew' is marked hot but 'new' may allocate here
}

HOT void *positiveMalloc(std::size_t n) {
  return std::malloc(n);
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveMalloc' is marked hot but 'malloc' may allocate here
}

HOT void *positiveCallocRealloc(void *p, std::size_t n) {
  void *q = calloc(n, 4);
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'positiveCallocRealloc' is marked hot but 'calloc' may allocate here
  std::free(q);
  return realloc(p, n);
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveCallocRealloc' is marked hot but 'realloc' may allocate here
}

HOT char *positiveStrdup(const char *s) {
  return strdup(s);
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveStrdup' is marked hot but 'strdup' may allocate here
}

HOT void *positiveOperatorNew(std::size_t n) {
  return ::operator new(n);
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveOperatorNew' is marked hot but 'operator new' may allocate here
}

struct Pooled {
  static void *operator new(std::size_t n) { return std::malloc(n); }
  static void operator delete(void *p) { std::free(p); }
  int v;
};

HOT Pooled *positiveClassOperatorNew() {
  return new Pooled;
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveClassOperatorNew' is marked hot but 'Pooled::operator new' may allocate here
}

namespace ns {
struct Logger {
  HOT void positiveMethod(int n);
};
void Logger::positiveMethod(int n) {
  char *b = new char[n];
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'ns::Logger::positiveMethod' is marked hot but 'new' may allocate here
  delete[] b;
// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ns::Logger::positiveMethod' is marked hot but 'delete' may allocate here
}
} // namespace ns

// ---- negative cases ------------------------------------------------------

HOT void negativePlacementNew(void *storage) {
  new (storage) Point{1, 2};
}

HOT void negativePlacementArray() {
  alignas(Point) unsigned char buf[sizeof(Point) * 4];
  Point *p = new (buf) Point[4];
  (void)p;
}

HOT void negativeFree(void *p) { std::free(p); }

HOT int negativeStackOnly(int a) {
  Point p{a, a};
  int arr[8] = {};
  arr[a & 7] = p.x;
  return arr[0] + p.y;
}

HOT std::size_t negativeCString(const char *s, char *dst) {
  std::memcpy(dst, s, 4);
  return std::strlen(s);
}

struct Arena {
  static void *operator new(std::size_t, void *where) { return where; }
  int v;
};

HOT Arena *negativeClassPlacement(void *where) { return new (where) Arena; }

int negativeNotHot() {
  int *p = new int(1);
  int v = *p;
  delete p;
  return v + static_cast<int>(sizeof(new int));
}

HOT std::size_t negativeUnevaluated() {
  return sizeof(new int) + sizeof(std::malloc(4));
}

HOT void negativeStaticLocal() {
  static int *once = new int(0);
  ++*once;
}
