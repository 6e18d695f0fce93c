// RUN: %check_memchecks %s memchecks-needless-heap %t
// RUN: %check_memchecks -std=c++20 %s memchecks-needless-heap %t

// Everything here keeps its heap allocation on purpose.

#include <atomic>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

struct Point { int x, y; };

// Polymorphic types: the heap object's dynamic type is the point.
struct Animal { virtual ~Animal() = default; virtual int legs() const = 0; };
struct Dog : Animal { int legs() const override { return 4; } };
std::unique_ptr<Animal> negativeAbstractReturn() { return std::make_unique<Dog>(); }
std::unique_ptr<Dog> negativePolymorphicReturn() { return std::make_unique<Dog>(); }
int negativePolymorphicLocal() {
  auto d = std::make_unique<Dog>();
  return d->legs();
}

// Address identity: locks and atomics, directly or inside a member.
struct Counter { std::atomic<int> n{0}; };
struct Guarded { std::mutex m; int v = 0; };
struct Nested { Guarded g; };
std::unique_ptr<Counter> negativeAtomicReturn() { return std::make_unique<Counter>(); }
std::unique_ptr<Guarded> negativeMutexReturn() { return std::make_unique<Guarded>(); }
int negativeMutexLocal() {
  auto g = std::make_unique<Guarded>();
  std::lock_guard<std::mutex> lock(g->m);
  return g->v;
}
int negativeNestedMutexLocal() {
  auto n = std::make_unique<Nested>();
  return n->g.v;
}
int negativeAtomicLocal() {
  auto c = std::make_unique<Counter>();
  return c->n.load();
}

// pimpl: the header only sees a forward declaration.
struct Impl;
std::unique_ptr<Impl> negativePimpl();
struct Impl { int a, b; };
std::unique_ptr<Impl> negativePimpl() { return std::make_unique<Impl>(); }

// Arrays.
int negativeArrayLocal() {
  auto a = std::make_unique<int[]>(4);
  return a[0];
}
int negativeRawArray() {
  Point *p = new Point[4];
  int x = p->x;
  delete[] p;
  return x;
}

// Placement new and nothrow new.
int negativePlacement() {
  alignas(Point) unsigned char buf[sizeof(Point)];
  Point *p = new (buf) Point();
  return p->x;
}
int negativeNothrow() {
  Point *p = new (std::nothrow) Point();
  int x = p->x;
  delete p;
  return x;
}

// A class with its own allocator (a pool) allocates on purpose.
struct Pooled {
  static void *operator new(std::size_t n);
  static void operator delete(void *p);
  int v;
};
int negativeClassAllocator() {
  Pooled *p = new Pooled();
  int v = p->v;
  delete p;
  return v;
}

// Shared ownership is a design choice unless CheckSharedPtr is set. A local
// shared_ptr that is never copied has one owner and is reported (see
// real-world-shapes.cpp); one that is copied shares the object.
std::shared_ptr<Point> negativeSharedReturn() { return std::make_shared<Point>(); }
int negativeSharedLocal() {
  auto p = std::make_shared<Point>();
  auto q = p;
  return p->x + q->y;
}

// Allocations in a loop whose results go into a container.
std::vector<std::unique_ptr<Point>> negativeLoopPush(int n) {
  std::vector<std::unique_ptr<Point>> v;
  for (int i = 0; i < n; ++i) {
    auto p = std::make_unique<Point>();
    p->x = i;
    v.push_back(std::move(p));
  }
  for (int i = 0; i < n; ++i)
    v.emplace_back(new Point());
  return v;
}
std::vector<Point *> negativeLoopPushRaw(int n) {
  std::vector<Point *> v;
  for (int i = 0; i < n; ++i) {
    Point *p = new Point();
    v.push_back(p);
  }
  return v;
}

// Types declared in system headers are fine to use; allocations written
// in them are not reported (see std::vector above).

// Declared type differs from the allocated one.
struct Base2 { int a; };
struct Derived2 : Base2 { int b; };
int negativeSlicing() {
  std::unique_ptr<Base2> p = std::make_unique<Derived2>();
  return p->a;
}

// Protected/private copy and no move: not movable.
class NoCopy {
  NoCopy(const NoCopy &);
public:
  NoCopy() = default;
  int v = 0;
};
std::unique_ptr<NoCopy> negativePrivateCopy() { return std::make_unique<NoCopy>(); }

// Constructors only reachable through the factory: the heap is the design.
class Session {
public:
  static std::unique_ptr<Session> negativeFactoryOnly() {
    return std::unique_ptr<Session>(new Session());
  }
  int id = 0;
private:
  Session() = default;
};
