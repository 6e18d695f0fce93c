// RUN: %check_memchecks %s memchecks-needless-heap %t
// RUN: %check_memchecks -std=c++14 %s memchecks-needless-heap %t
// RUN: %check_memchecks -check-suffix=NOTES %s memchecks-needless-heap %t -fix-notes

// Shapes from real code (issue #16): heap objects whose destruction point is
// chosen on purpose, factories whose callers need the pointer, and factories
// whose empty result is part of the contract.

#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Doc { Doc(); Doc(Doc &&); ~Doc(); int v; };
struct Rect { int w, h; };
struct Logger { ~Logger(); };
int check(const Doc &);
int live();
int use(int);

// ---- locals whose destruction point is chosen on purpose ------------------

// Deleted early, then more statements, and the destructor does something:
// the object's life ends where the code says (issue #16's shape). No
// warning: a local would be destroyed at the end of the block.
int negativeDeletedEarly() {
  Doc *d = new Doc;
  Doc o = std::move(*d);
  delete d;
  return check(o);
}

// Two guards whose lives overlap without nesting (protobuf's LogSilencer
// test): no block scoping expresses this order.
struct Silencer { Silencer(); ~Silencer(); };
void negativeOverlappingGuards() {
  Silencer *a = new Silencer;
  use(1);
  Silencer *b = new Silencer;
  use(2);
  delete a;
  use(3);
  delete b;
  use(4);
}

// Trivially destructible, but the memory is given back early and the code
// goes on: the fix is a note too.
int positiveTrivialDeletedEarly() {
  Rect *r = new Rect();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveTrivialDeletedEarly'
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:13: warning: heap allocation of 'Rect' (8 bytes)
  // CHECK-FIXES: {{^}}  Rect *r = new Rect();{{$}}
  // CHECK-FIXES-NOTES: {{^}}  Rect r{};{{$}}
  int w = r->w;
  delete r;
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:3: note: the object would be destroyed at the end of its block instead of here
  return use(live() + w);
}

// Deleted last, but a local declared after it would now die first: the
// order of two destructors would change. No warning.
void negativeOrderWithLaterLocal() {
  Doc *d = new Doc;
  Logger l;
  use(d->v);
  delete d;
}

// Deleted last, nothing else to order with: the fix stays automatic.
int positiveDeletedLast() {
  Doc *d = new Doc;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Doc' (4 bytes) does not escape 'positiveDeletedLast'
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:12: warning: heap allocation of 'Doc' (4 bytes)
  // CHECK-FIXES: {{^}}  Doc d;{{$}}
  // CHECK-FIXES-NOTES: {{^}}  Doc d;{{$}}
  int v = d->v;
  delete d;
  return v;
}

// reset() and release() end the object's life early: not candidates.
int negativeReset() {
  auto r = std::make_unique<Rect>();
  int w = r->w;
  r.reset();
  return use(w);
}
int negativeRelease() {
  auto r = std::make_unique<Rect>();
  int w = r->w;
  delete r.release();
  return use(w);
}

// ---- factories whose callers need the pointer ------------------------------

struct Str { int len; };
std::unique_ptr<Str> negativeDecrypted(int k) { return std::make_unique<Str>(Str{k}); }
struct RawOwner { explicit RawOwner(Str *s); };
RawOwner keepDecrypted(int k) { return RawOwner(negativeDecrypted(k).release()); }

std::unique_ptr<Str> negativeStored(int k) { return std::make_unique<Str>(Str{k}); }
struct Cache {
  std::unique_ptr<Str> held;
  std::vector<std::unique_ptr<Str>> all;
  void fill(int k) {
    held = negativeStored(k);
    all.push_back(negativeStored(k));
  }
};

std::unique_ptr<Str> negativeKeptLocal(int k) { return std::make_unique<Str>(Str{k}); }
std::vector<std::unique_ptr<Str>> g_all;
void keepLocal(int k) {
  auto s = negativeKeptLocal(k);
  s->len = 1;
  g_all.push_back(std::move(s));
}

// Callers that only read through the pointer do not need it.
std::unique_ptr<Str> positiveOnlyRead(int k) { return std::make_unique<Str>(Str{k}); }
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'positiveOnlyRead' returns a heap-allocated 'Str' (4 bytes) through std::unique_ptr; return 'Str' by value
// CHECK-NOTES-NOTES: :[[@LINE-2]]:22: warning: 'positiveOnlyRead' returns a heap-allocated 'Str'
// CHECK-NOTES-NOTES: :[[@LINE-3]]:55: note: 'Str' is allocated here
int readOnly(int k) {
  auto s = positiveOnlyRead(k);
  return positiveOnlyRead(k)->len + (*positiveOnlyRead(k)).len + s->len;
}

// ---- factories whose empty result is part of the contract -------------------

/// Returns an empty pointer when nothing is found.
std::unique_ptr<Rect> negativeDocumentedEmpty(int k);
std::unique_ptr<Rect> negativeDocumentedEmpty(int k) { return std::make_unique<Rect>(Rect{k, k}); }

// Returns nullptr if the key is unknown.
std::unique_ptr<Rect> negativeCommentedNull(int k) { return std::make_unique<Rect>(Rect{k, k}); }

std::unique_ptr<Rect> negativeEmptyBraces(int k) {
  if (k < 0)
    return {};
  return std::make_unique<Rect>(Rect{k, k});
}

std::unique_ptr<Rect> negativeEmptyLocal(int k) {
  std::unique_ptr<Rect> r;
  if (k >= 0)
    r = std::make_unique<Rect>(Rect{k, k});
  return r;
}

std::unique_ptr<Rect> negativeResetLocal(int k) {
  auto r = std::make_unique<Rect>(Rect{k, k});
  if (k < 0)
    r.reset();
  return r;
}

// ---- small local std::shared_ptr that never leaves (issue #17) -------------

int positiveSharedLocal() {
  auto s = std::make_shared<Rect>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveSharedLocal'; use a local variable
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:12: warning: heap allocation of 'Rect' (8 bytes) does not escape 'positiveSharedLocal'
  // CHECK-FIXES: {{^}}  Rect s{};{{$}}
  s->w = 2;
  return s->w;
}

// shared_from_this needs the shared owner.
struct Session : std::enable_shared_from_this<Session> {
  int v;
  std::shared_ptr<Session> self() { return shared_from_this(); }
};
int negativeSharedFromThis() {
  auto s = std::make_shared<Session>();
  return s->self()->v;
}

// ---- more callers -----------------------------------------------------------

std::unique_ptr<Str> negativeTestedCaller(int k) { return std::make_unique<Str>(Str{k}); }
int tested(int k) { return negativeTestedCaller(k) ? 1 : 0; }

std::unique_ptr<Str> negativeGlobalInit(int k) { return std::make_unique<Str>(Str{k}); }
std::unique_ptr<Str> g_str = negativeGlobalInit(1);

std::unique_ptr<Str> negativeInLambda(int k) { return std::make_unique<Str>(Str{k}); }
void inLambda(std::vector<std::unique_ptr<Str>> &v) {
  auto f = [&] { v.push_back(negativeInLambda(2)); };
  f();
}

std::unique_ptr<Str> negativeReturnedOn(int k) { return std::make_unique<Str>(Str{k}); }
std::unique_ptr<Str> passOn(int k) { return negativeReturnedOn(k); }

std::unique_ptr<Str> positiveDroppedOrRead(int k) { return std::make_unique<Str>(Str{k}); }
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'positiveDroppedOrRead' returns a heap-allocated 'Str'
// CHECK-NOTES-NOTES: :[[@LINE-2]]:22: warning: 'positiveDroppedOrRead' returns a heap-allocated 'Str'
// CHECK-NOTES-NOTES: :[[@LINE-3]]:60: note: 'Str' is allocated here
void droppedOrRead(int k) {
  positiveDroppedOrRead(k);
  auto l = [k] { return positiveDroppedOrRead(k)->len; };
  l();
}

/**
 * Builds the rectangle, or returns null when k is negative.
 */
std::unique_ptr<Rect> negativeBlockComment(int k) { return std::make_unique<Rect>(Rect{k, k}); }

// Builds a rectangle.
std::unique_ptr<Rect> positiveOtherComment(int k) { return std::make_unique<Rect>(Rect{k, k}); }
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'positiveOtherComment' returns a heap-allocated 'Rect'
// CHECK-NOTES-NOTES: :[[@LINE-2]]:23: warning: 'positiveOtherComment' returns a heap-allocated 'Rect'
// CHECK-NOTES-NOTES: :[[@LINE-3]]:60: note: 'Rect' is allocated here

// A class with its own operator new (abseil's memory_test checks that
// make_unique value-initialises memory its operator new filled): a local
// would skip the allocation the class chose. Also through a base.
struct Patterned {
  static void *operator new(decltype(sizeof(0)) n);
  int a, b;
};
struct FromPatterned : Patterned { int c; };
int negativeOwnOperatorNew() {
  auto p = std::make_unique<Patterned>();
  auto q = std::make_unique<FromPatterned>();
  return p->a + q->c;
}

// A std string's destruction only gives memory back: nobody can observe when
// (glog's `string *foo = new string("foo "); ...; delete foo;`). The warning
// stays, the fix is a note.
int positiveStringDeletedEarly(const char *text) {
  std::string *s = new std::string(text);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: heap allocation of 'std::string' (32 bytes) does not escape 'positiveStringDeletedEarly'; use a local variable
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:20: warning: heap allocation of 'std::string' (32 bytes)
  int n = static_cast<int>(s->size());
  delete s;
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:3: note: the object would be destroyed at the end of its block instead of here
  return use(n);
}
