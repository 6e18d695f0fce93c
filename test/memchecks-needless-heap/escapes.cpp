// RUN: %check_memchecks %s memchecks-needless-heap %t

// Every way the pointer itself can leave the function keeps it on the heap.

#include <functional>
#include <memory>
#include <utility>
#include <vector>

struct Rect { int w, h; };
void take(std::unique_ptr<Rect>);
void look(const Rect *);
void lookRef(const std::unique_ptr<Rect> &);
void lookObj(const Rect &);
Rect *g_last;
std::unique_ptr<Rect> g_owner;

struct Keeper {
  std::unique_ptr<Rect> kept;
  Rect *raw = nullptr;
  void negativeStoredInMember() {
    auto r = std::make_unique<Rect>();
    kept = std::move(r);
  }
  void negativeRawStoredInMember() {
    Rect *r = new Rect();
    raw = r;
    delete r;
  }
};

int positiveDerefPassedOn() {
  auto r = std::make_unique<Rect>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveDerefPassedOn'; use a local variable
  lookObj(*r);
  return r->w;
}

int positiveMemberAddress() {
  auto r = std::make_unique<Rect>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveMemberAddress'
  int *w = &r->w;
  *w = 3;
  return r->w;
}

void negativeMoved() {
  auto r = std::make_unique<Rect>();
  take(std::move(r));
}

void negativeReleased() {
  auto r = std::make_unique<Rect>();
  g_last = r.release();
}

void negativeGetPassed() {
  auto r = std::make_unique<Rect>();
  look(r.get());
}

void negativeGetStored() {
  auto r = std::make_unique<Rect>();
  g_last = r.get();
}

void negativeSmartByRef() {
  auto r = std::make_unique<Rect>();
  lookRef(r);
}

void negativeSwap() {
  auto r = std::make_unique<Rect>();
  g_owner.swap(r);
}

void negativeRawPassed() {
  Rect *r = new Rect();
  look(r);
  delete r;
}

void negativeRawStored() {
  Rect *r = new Rect();
  g_last = r;
  delete r;
}

Rect *negativeRawReturned() {
  Rect *r = new Rect();
  return r;
}

std::function<int()> negativeCapturedEscaping() {
  auto r = std::make_unique<Rect>();
  Rect *raw = r.get();
  std::function<int()> f = [&r] { return r->w; };
  g_owner = std::move(r);
  (void)raw;
  return f;
}

auto negativeInitCaptured() {
  auto u = std::make_unique<Rect>();
  return [p = std::move(u)] { return p->w; };
}

int negativeCapturedByRef() {
  auto r = std::make_unique<Rect>();
  auto f = [&] { return r->w; };
  return f();
}

void negativeIntoContainer(std::vector<std::unique_ptr<Rect>> &v) {
  auto r = std::make_unique<Rect>();
  v.push_back(std::move(r));
}

int negativeCompared(const Rect *other) {
  auto r = std::make_unique<Rect>();
  return r.get() == other;
}

void negativeMovedCtor() {
  auto r = std::make_unique<Rect>();
  std::unique_ptr<Rect> s(std::move(r));
  g_owner = std::move(s);
}
