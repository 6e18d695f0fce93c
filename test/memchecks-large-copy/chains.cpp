// RUN: %check_memchecks %s memchecks-large-copy %t

// `r << a << b` of a local `r` whose `operator<<` returns `*this`: every call
// of the chain is a member call on the local (utils::WriteReaches'
// chainStart), as abseil's `AssertionResult` streaming is. A member whose
// body is not seen, or that returns another object, may be anything's.
#include <string>
#include <vector>

struct Frame { double samples[128]; int id; };  // 1032 bytes

struct Report {
  std::string text;
  Report &operator<<(int n) {
    text += std::to_string(n);
    return *this;
  }
  Report &operator<<(const char *s) {
    if (!s)
      return *this;
    text += s;
    return *this;
  }
};

std::string positiveChainOnALocal(const std::vector<Frame> &frames) {
  Report r;
  for (auto f : frames)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'f' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
    r << f.id << "\n";
  return r.text;
}

struct Opaque {
  Opaque &operator<<(int);  // body not seen
};

void negativeChainOfAnUnseenMember(const std::vector<Frame> &frames) {
  Opaque o;
  for (auto f : frames)
    o << f.id << 1;
}

struct Forwarder {
  Report *sink;
  Report &operator<<(int n) { return *sink << n; }  // another object
};

void negativeChainReturningAnotherObject(const std::vector<Frame> &frames) {
  Forwarder w{nullptr};
  for (auto f : frames)
    w << f.id << 1;
}

// On a reference parameter the chain writes what the parameter reaches, not
// the range another parameter refers to (parameter-writes.cpp); the
// reference is on a note.
void positiveChainOnAnotherParameter(const std::vector<Frame> &frames,
                                     Report &r) {
  for (auto f : frames)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'f' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:13: note: if nothing called while 'f' lives can change its source, bind 'f' as 'const auto &'
// CHECK-FIXES: for (auto f : frames)
    r << f.id << "\n";
}

struct Log {
  std::vector<Frame> frames;
  Log &operator<<(int);  // body not seen
};
void negativeChainOnTheRangesOwner(Log &log) {
  for (auto f : log.frames)
    log << f.id << 1;
}
