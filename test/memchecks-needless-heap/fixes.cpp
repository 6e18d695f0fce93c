// RUN: %check_memchecks %s memchecks-needless-heap %t
// RUN: %check_memchecks -std=c++20 %s memchecks-needless-heap %t

#include <memory>

struct Rect { int w, h; };
struct Sized { Sized() : n(7) {} int n; };
struct Made { Made(int a, int b) : a(a), b(b) {} int a, b; int sum() const { return a + b; } };
struct Noisy { ~Noisy(); int v; };
int use(int);
void show(const Rect &);

#define ALLOC_RECT std::make_unique<Rect>()
#define WIDTH(p) p->w

int area() {
  auto r = std::make_unique<Rect>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Rect' (8 bytes) does not escape 'area'; use a local variable [memchecks-needless-heap]
  // CHECK-FIXES: {{^}}  Rect r{};{{$}}
  r->w = 3;
  // CHECK-FIXES: {{^}}  r.w = 3;{{$}}
  r->h = 4;
  // CHECK-FIXES: {{^}}  r.h = 4;{{$}}
  return r->w * r->h;
  // CHECK-FIXES: {{^}}  return r.w * r.h;{{$}}
}

int userDefault() {
  auto s = std::make_unique<Sized>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Sized' (4 bytes) does not escape 'userDefault'
  // CHECK-FIXES: {{^}}  Sized s;{{$}}
  return s->n;
  // CHECK-FIXES: {{^}}  return s.n;{{$}}
}

int withArgs(int x) {
  const auto m = std::make_unique<Made>(x, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: heap allocation of 'Made' (8 bytes) does not escape 'withArgs'
  // CHECK-FIXES: {{^}}  Made m(x, 2);{{$}}
  return m->sum() + (*m).a;
  // CHECK-FIXES: {{^}}  return m.sum() + (m).a;{{$}}
}

void deref() {
  std::unique_ptr<Rect> r(new Rect{1, 2});
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: heap allocation of 'Rect' (8 bytes) does not escape 'deref'
  // CHECK-FIXES: {{^}}  Rect r{1, 2};{{$}}
  show(*r);
  // CHECK-FIXES: {{^}}  show(r);{{$}}
}

int rawDefault() {
  Rect *r = new Rect;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: heap allocation of 'Rect' (8 bytes) does not escape 'rawDefault'
  // CHECK-FIXES: {{^}}  Rect r;{{$}}
  r->w = 1;
  // CHECK-FIXES: {{^}}  r.w = 1;{{$}}
  int w = r->w;
  // CHECK-FIXES: {{^}}  int w = r.w;{{$}}
  delete r;
  // CHECK-FIXES-NOT: delete
  return w;
  // CHECK-FIXES: {{^}}  return w;{{$}}
}

int rawValueInit() {
  auto *r = new Rect();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: heap allocation of 'Rect' (8 bytes) does not escape 'rawValueInit'
  // CHECK-FIXES: {{^}}  Rect r{};{{$}}
  int h = r->h;
  delete r;
  return h;
}

void rawNontrivialDtorLast() {
  Noisy *n = new Noisy();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: heap allocation of 'Noisy' (4 bytes) does not escape 'rawNontrivialDtorLast'
  // CHECK-FIXES: {{^}}  Noisy n{};{{$}}
  use(n->v);
  delete n;
}

// The destructor runs before `use(v)`: a local would run it after. Not a
// candidate (real-world-shapes.cpp).
int rawNontrivialDtorEarly() {
  Noisy *n = new Noisy();
  // CHECK-FIXES: {{^}}  Noisy *n = new Noisy();{{$}}
  int v = n->v;
  delete n;
  // CHECK-FIXES: {{^}}  delete n;{{$}}
  return use(v);
}

int noFixInMacro() {
  auto r = ALLOC_RECT;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Rect' (8 bytes) does not escape 'noFixInMacro'
  // CHECK-FIXES: {{^}}  auto r = ALLOC_RECT;{{$}}
  return r->h;
}

int noFixUseInMacro() {
  auto r = std::make_unique<Rect>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Rect' (8 bytes) does not escape 'noFixUseInMacro'
  // CHECK-FIXES: {{^}}  auto r = std::make_unique<Rect>();{{$}}
  return WIDTH(r);
}

struct Pair { Pair(Rect a) : a(a) {} Rect a; };
int noFixVexing() {
  auto p = std::make_unique<Pair>(Rect());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Pair' (8 bytes) does not escape 'noFixVexing'
  // CHECK-FIXES: {{^}}  auto p = std::make_unique<Pair>(Rect());{{$}}
  return p->a.w;
}

int twoDecls() {
  auto a = std::make_unique<Rect>(), b = std::make_unique<Rect>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Rect' (8 bytes) does not escape 'twoDecls'
  // CHECK-MESSAGES: :[[@LINE-2]]:42: warning: heap allocation of 'Rect' (8 bytes) does not escape 'twoDecls'
  // CHECK-FIXES: {{^}}  auto a = std::make_unique<Rect>(), b = std::make_unique<Rect>();{{$}}
  return a->w + b->w;
}
