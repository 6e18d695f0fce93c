// RUN: %check_memchecks %s memchecks-needless-heap %t
// RUN: %check_memchecks -std=c++14 %s memchecks-needless-heap %t
// RUN: %check_memchecks -std=c++20 %s memchecks-needless-heap %t

#include <memory>

struct Point { int x, y; };                    // 8 bytes
struct Vec3 { double x, y, z; };               // 24 bytes
struct Edge { char data[64]; };                // exactly the threshold
struct Wide { char data[65]; };
namespace geo { struct Size { int w, h; }; }

// ---- positive cases ------------------------------------------------------

std::unique_ptr<Point> positiveMakePoint() { return std::make_unique<Point>(); }
// CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'positiveMakePoint' returns a heap-allocated 'Point' (8 bytes) through std::unique_ptr; return 'Point' by value [memchecks-needless-heap]

std::unique_ptr<Point> positiveNew(int x) { return std::unique_ptr<Point>(new Point{x, 0}); }
// CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'positiveNew' returns a heap-allocated 'Point' (8 bytes) through std::unique_ptr; return 'Point' by value

std::unique_ptr<Vec3> positiveFilledLocal(double x) {
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'positiveFilledLocal' returns a heap-allocated 'Vec3' (24 bytes) through std::unique_ptr; return 'Vec3' by value
  auto v = std::make_unique<Vec3>();
  v->x = x;
  v->y = 2 * x;
  (*v).z = 0;
  return v;
}

std::unique_ptr<Point> positiveTwoReturns(bool b) {
// CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'positiveTwoReturns' returns a heap-allocated 'Point'
  if (b)
    return std::make_unique<Point>();
  std::unique_ptr<Point> p(new Point());
  p->x = 1;
  return std::move(p);
}

std::unique_ptr<Edge> positiveAtThreshold() { return std::make_unique<Edge>(); }
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'positiveAtThreshold' returns a heap-allocated 'Edge' (64 bytes)

std::unique_ptr<geo::Size> positiveQualified() { return std::make_unique<geo::Size>(); }
// CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'positiveQualified' returns a heap-allocated 'geo::Size' (8 bytes) through std::unique_ptr; return 'geo::Size' by value

struct Factory {
  static std::unique_ptr<Point> positiveStatic() { return std::make_unique<Point>(); }
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'positiveStatic' returns a heap-allocated 'Point'
  std::unique_ptr<Point> positiveMember() const;
};
std::unique_ptr<Point> Factory::positiveMember() const { return std::make_unique<Point>(); }
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'positiveMember' returns a heap-allocated 'Point'

auto positiveDeduced() { return std::make_unique<Point>(); }
// CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'positiveDeduced' returns a heap-allocated 'Point'

struct WithCtor { WithCtor(int a, int b) : a(a), b(b) {} int a, b; };
std::unique_ptr<WithCtor> positiveArgs(int a) { return std::make_unique<WithCtor>(a, a + 1); }
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'positiveArgs' returns a heap-allocated 'WithCtor' (8 bytes)

// ---- negative cases ------------------------------------------------------

std::unique_ptr<Wide> negativeTooBig() { return std::make_unique<Wide>(); }

std::unique_ptr<Point> negativeMayBeNull(bool b) {
  if (b)
    return nullptr;
  return std::make_unique<Point>();
}

std::unique_ptr<Point> negativeNotFresh(std::unique_ptr<Point> p) { return p; }

std::unique_ptr<Point> g_cache;
std::unique_ptr<Point> negativeMember() { return std::move(g_cache); }

std::unique_ptr<Point> negativeLocalEscapes(Point **out) {
  auto p = std::make_unique<Point>();
  *out = p.get();
  return p;
}

std::unique_ptr<Point> negativeLocalPassed(void (*f)(Point *)) {
  auto p = std::make_unique<Point>();
  f(p.get());
  return p;
}

std::unique_ptr<Point> negativeAddressTaken() { return std::make_unique<Point>(); }
auto *g_factory = &negativeAddressTaken;

std::unique_ptr<Point> negativeAddressTakenLater() { return std::make_unique<Point>(); }
void registerFactory(std::unique_ptr<Point> (*)());
void setup() { registerFactory(negativeAddressTakenLater); }

struct Base { virtual ~Base(); int v; };
struct Derived : Base { int w; };
std::unique_ptr<Base> negativePolymorphic() { return std::make_unique<Derived>(); }

struct Plain { int a; };
struct PlainDerived : Plain { int b; };
std::unique_ptr<Plain> negativeOtherType() { return std::unique_ptr<Plain>(new PlainDerived()); }

struct Iface { virtual int get() const { return 1; } };
std::unique_ptr<Iface> negativeVirtualType() { return std::make_unique<Iface>(); }

struct Shape {
  virtual std::unique_ptr<Point> negativeVirtualFunction() { return std::make_unique<Point>(); }
  virtual ~Shape() = default;
};

struct Freer { void operator()(Point *p) const { delete p; } };
std::unique_ptr<Point, Freer> negativeDeleter() { return std::unique_ptr<Point, Freer>(new Point()); }

std::shared_ptr<Point> negativeShared() { return std::make_shared<Point>(); }

std::unique_ptr<Point[]> negativeArray() { return std::make_unique<Point[]>(4); }

struct Pinned { Pinned() = default; Pinned(const Pinned &) = delete; int v; };
std::unique_ptr<Pinned> negativeNonMovable() { return std::make_unique<Pinned>(); }

std::unique_ptr<Point> negativeNoReturnValue(bool b) {
  std::unique_ptr<Point> p;
  if (b)
    p = std::make_unique<Point>();
  return p;
}

std::unique_ptr<Point> negativeReassigned() {
  auto p = std::make_unique<Point>();
  p.reset(new Point());
  return p;
}

std::unique_ptr<Point> negativeLambdaInside() {
  auto make = [] { return std::make_unique<Point>(); };
  return make();
}

int main() { return negativeTooBig() != nullptr; }
