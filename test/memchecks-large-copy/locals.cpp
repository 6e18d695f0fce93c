// RUN: %check_memchecks %s memchecks-large-copy %t

#include <string>
#include <utility>
#include <vector>

struct Frame { double samples[128]; int id; };  // 1032 bytes
void use(const Frame &);
void change(Frame &);
Frame produce();

int positiveCopyOfConstRefParam(const Frame &in) {
  Frame f = in;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
// CHECK-FIXES: const Frame &f = in;
  return f.id + static_cast<int>(f.samples[1]);
}

int positiveElement(const std::vector<Frame> &v) {
  auto f = v[0];
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const auto &'
// CHECK-FIXES: const auto &f = v[0];
  return f.id;
}

// A call while the copy lives could change the source: a suggestion only.
void positiveCallWhileAlive(const Frame &in) {
  Frame f = in;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
// CHECK-FIXES: Frame f = in;
  use(f);
}

void negativeMutated(const Frame &in) {
  Frame f = in;
  f.id = 3;
  use(f);
}

void negativeSourceChanged(Frame &in) {
  Frame f = in;
  in.id = 4;
  use(f);
}

void negativeSourceChangedByCall(Frame &in) {
  Frame f = in;
  change(in);
  use(f);
}

void negativePrvalue() {
  Frame f = produce();
  use(f);
}

void negativeMoved(Frame &in) {
  Frame f = std::move(in);
  use(f);
}

Frame negativeReturned(const Frame &in) {
  Frame f = in;
  return f;
}

void negativeAddressTaken(const Frame &in, const Frame **out) {
  Frame f = in;
  *out = &f;
}

struct Holder {
  Frame frame;
  int positiveMemberInConstMethod() const {
    Frame f = frame;
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
// CHECK-FIXES: const Frame &f = frame;
    return f.id;
  }
  int negativeMemberChanged() {
    Frame f = frame;
    frame.id = 1;
    return f.id;
  }
};

Frame global;
void negativeGlobalAndCall() {
  Frame f = global;
  use(f);
}

// A temporary bound to an rvalue-reference parameter is written only where
// nothing else can see it (flatbuffers' `"." + name(*e)`,
// `names.push_back(Name(field))`, `s = f(region)`).
std::string describe(const Frame &);
int positiveTemporariesOnly(const std::vector<Frame> &frames) {
  std::vector<std::string> names;
  std::string s;
  for (auto f : frames) {
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'f' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:17: note: each element of this range is copied
// CHECK-MESSAGES: :[[@LINE-3]]:13: note: if nothing called while 'f' lives can change its source, bind 'f' as 'const auto &'
    names.push_back(describe(f));
    s = "." + describe(f);
  }
  return static_cast<int>(names.size() + s.size());
}

// What runs before the copy is declared is not part of its life: writes
// there cannot change the source while the copy lives.
int Total;
int positiveWritesBeforeTheCopy(const Frame *p, Frame &other) {
  Total = 1;
  change(other);
  Frame z = *p;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'z' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
// CHECK-FIXES: const Frame &z = *p;
  return z.id;
}

int negativeWriteAfterTheCopy(const Frame *p, Frame &other) {
  Frame z = *p;
  change(other);
  return z.id;
}

int negativeSourceChangedAfter(Frame &src) {
  src.id = 0;
  Frame z = src;
  src.id = 1;
  return z.id;
}

// Used in one expression with its source: bound by reference the two would
// be one object, which that expression can tell (a test of the copy, a
// comparison that would always hold). The copy is deliberate.
bool operator==(const Frame &, const Frame &);
void both(const Frame &, const Frame &);

bool negativeComparedWithSource(const Frame &a) {
  Frame b = a;
  return a == b;
}

void negativeGivenWithSource(const Frame &a) {
  const Frame b(a);
  both(b, a);
}

int negativeRangeElementComparedWithRange(const std::vector<Frame> &v) {
  int n = 0;
  for (auto f : v)
    n += f == v[0];
  return n;
}

// The source used in another statement is no such evidence.
void positiveSourceUsedApart(const Frame &a) {
  Frame b = a;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'b' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
  use(b);
  use(a);
}

// Given with what holds it, in another role (of another type), the source
// is context, not a second operand to compare: flatbuffers'
// `GenerateRegion(region, section, ...)` over `section.regions`.
struct Section { std::vector<Frame> frames; int kind; };
std::string emit(const Frame &, const Section &);
std::string positiveGivenWithWhatHoldsIt(const Section &section) {
  std::string s;
  for (auto f : section.frames)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'f' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const auto &'
    s += emit(f, section);
  return s;
}

int positiveLocalGivenWithWhatHoldsIt(const Section &section) {
  Frame f = section.frames[0];
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
  return emit(f, section).size() + f.id;
}

// The same source given as a second Frame is compared with the copy.
bool negativeGivenWithAnElementOfItsSource(const Section &section) {
  Frame f = section.frames[0];
  both(f, section.frames[1]);
  return f.id != 0;
}

// A test of the copy through its parts: cmake's `ASSERT_TRUE(s1.data() ==
// s2.data())`, gmock's `EXPECT_THAT(es7, Eq(es2))`.
const double *samplesOf(const Frame &);
bool expectThat(const Frame &, bool);
bool negativeComparedThroughParts(const Frame &a) {
  Frame b = a;
  return samplesOf(a) == samplesOf(b);
}
bool negativeMatcherOfTheSource(const Frame &a) {
  Frame b = a;
  return expectThat(b, samplesOf(a) != nullptr);
}

// An element of a container the function owns, read through the non-const
// `operator[]`, `at`, `front` or `back`: the accessor names the element and
// changes nothing, so the copy is only read.
int positiveElementOfLocalVector() {
  std::vector<Frame> frames(4);
  Frame f = frames[0];
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
// CHECK-FIXES: const Frame &f = frames[0];
  return f.id;
}

int positiveElementOfByValueVector(std::vector<Frame> frames) {
  Frame f = frames.at(1);
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
// CHECK-FIXES: const Frame &f = frames.at(1);
  Frame g = frames.back();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'g' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
// CHECK-FIXES: const Frame &g = frames.back();
  return f.id + g.id;
}

// What is done with the element still counts: written through the accessor,
// or bound to a non-const reference that is written, the container changes.
int negativeElementWrittenThroughAccessor() {
  std::vector<Frame> frames(4);
  Frame f = frames[0];
  frames.front().id = 7;
  return f.id;
}

int negativeElementWrittenThroughReference() {
  std::vector<Frame> frames(4);
  Frame f = frames[0];
  Frame &r = frames.at(0);
  r.id = 7;
  return f.id;
}

// A map's `operator[]` inserts: it changes the map.
#include <map>
int negativeMapSubscript(std::map<int, Frame> byId) {
  Frame f = byId.at(1);
  use(byId[2]);
  return f.id;
}
