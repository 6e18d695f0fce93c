// RUN: %check_memchecks %s memchecks-large-copy %t

// A copy of an lvalue that a temporary of the same full-expression owns: the
// temporary dies at the end of the declaration, so a reference bound to the
// lvalue would dangle. The copy is needed.

#include <algorithm>
#include <memory>
#include <vector>

struct Frame { double samples[128]; int id; };  // 1032 bytes
void use(const Frame &);

struct Holder {
  Frame f;
  const Frame &frame() const { return f; }
  const Frame *ptr() const { return &f; }
  Holder &self() { return *this; }
};
Holder makeHolder();
const Holder &globalHolder();
std::vector<Frame> makeFrames();
std::unique_ptr<Frame> makeOwned();
const Frame &pick(const Frame &a, const Frame &b);
const Frame &lookup(int key);
const Frame &byName(const std::vector<int> &key);

void negativeAccessorOfTemporary() {
  Frame f = makeHolder().frame();
  use(f);
}

void negativeMemberOfTemporary() {
  Frame f = makeHolder().f;
  use(f);
}

void negativeChainOnTemporary() {
  Frame f = makeHolder().self().frame();
  use(f);
}

void negativeElementOfTemporary() {
  Frame f = makeFrames()[0];
  use(f);
}

void negativePointerIntoTemporary() {
  Frame f = *makeHolder().ptr();
  use(f);
}

void negativeOwnedByTemporary() {
  Frame f = *makeOwned();
  use(f);
}

void negativeTemporaryArgumentReturned(const Frame &a) {
  Frame f = pick(a, Frame{});
  use(f);
}

void negativeStdMaxOfTemporary(const Frame &a) {
  Frame f = std::max(a, makeHolder().f, [](const Frame &x, const Frame &y) {
    return x.id < y.id;
  });
  use(f);
}

// The referent does not live in a temporary: still reported.
void positiveAccessorOfLvalue(const Holder &h) {
  Frame f = h.frame();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
  use(f);
}

void positiveAccessorOfReturnedReference() {
  Frame f = globalHolder().frame();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
  use(f);
}

// A temporary argument of another type is not what the call returns.
void positiveTemporaryKey() {
  Frame f = byName(std::vector<int>{1, 2});
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
  use(f);
}

void positiveLookup() {
  Frame f = lookup(3);
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
  use(f);
}
