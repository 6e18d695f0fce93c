// RUN: %check_memchecks %s memchecks-large-copy %t

#include <string>
#include <vector>

struct Frame { double samples[128]; int id; };      // 1032 bytes
struct Small { int a, b; };
struct Named { char pad[200]; std::string name; };  // non-trivial copy
void log(const std::string &);
void touch(Frame &);
int lookup(int);

int positiveOnlyRead(const std::vector<Frame> &frames) {
  int s = 0;
  for (auto f : frames) s += f.id;
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'f' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-FIXES: for (const auto &f : frames) s += f.id;
  return s;
}

int positiveConstSpelledType(const std::vector<Frame> &frames) {
  int s = 0;
  for (const Frame f : frames)
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'f' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const Frame &'
// CHECK-FIXES: for (const Frame &f : frames)
    s += f.samples[0] > 0 ? f.id : 0;
  return s;
}

// A call in the body could change the range: the fix is a suggestion.
void positiveCallInBodyNoteFix(const std::vector<Named> &items) {
  for (auto n : items)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'n' copies {{[0-9]+}} bytes of 'Named' on every iteration and is only read; bind it as 'const auto &'
// CHECK-FIXES: for (auto n : items)
    log(n.name);
}

int negativeSmall(const std::vector<Small> &v) {
  int s = 0;
  for (auto x : v) s += x.a;
  return s;
}

void negativeMutated(std::vector<Frame> &frames) {
  for (auto f : frames) { f.id = 1; touch(f); }
}

int negativeReference(const std::vector<Frame> &frames) {
  int s = 0;
  for (const auto &f : frames) s += f.id;
  return s;
}

// The container is changed while the element lives: a reference could dangle.
int negativeContainerChanged(std::vector<Frame> frames) {
  int s = 0;
  for (auto f : frames) {
    frames.clear();
    s += f.id;
  }
  return s;
}

// A write through a pointer could reach the element.
int negativeWriteThroughPointer(const std::vector<Frame> &frames, Frame *out) {
  int s = 0;
  for (auto f : frames) {
    out->id = 2;
    s += f.id;
  }
  return s;
}

std::vector<Frame> make();
int positivePrvalueRange() {
  int s = 0;
  for (auto f : make()) s += f.id;
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'f' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const auto &'
// CHECK-FIXES: for (const auto &f : make()) s += f.id;
  return s;
}

Frame keep;
void negativeStoredElsewhere(const std::vector<Frame> &frames) {
  for (auto f : frames) keep = f;
}

Frame negativeReturned(const std::vector<Frame> &frames) {
  for (auto f : frames)
    if (f.id == 3)
      return f;
  return {};
}

#define EACH(x, v) for (auto x : v)
int negativeMacro(const std::vector<Frame> &frames) {
  int s = 0;
  EACH(f, frames) s += f.id;
  return s;
}

// Templates: templates.cpp.

int negativeVolatile(const std::vector<Frame> &frames) {
  int s = 0;
  for (volatile auto f : frames) s += f.id;
  return s;
}

int negativeStructuredBinding(const std::vector<std::pair<Frame, int>> &v) {
  int s = 0;
  for (auto [f, n] : v) s += f.id + n;
  return s;
}

std::vector<bool> bits();
int negativeProxy() {
  int s = 0;
  for (auto b : bits()) s += b;
  return s;
}
