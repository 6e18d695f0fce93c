// RUN: %check_memchecks %s memchecks-mutation-on-copy %t

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct Counter {
  int count = 0;
  void inc() { ++count; }
};

// Writes through a pointer member: a copy shares the pointee.
struct Handle {
  Counter *target;
  void inc() { target->inc(); }
};

// Writes through a reference member.
struct RefHandle {
  Counter &target;
  void inc() { target.inc(); }
};

// Declared, never defined: the body could do anything.
struct Opaque {
  int n;
  void inc();
};

// Outside effects: I/O and a global.
int Calls;
struct Logged {
  int n;
  void inc() { ++n; ++Calls; }
  void print() { std::printf("%d\n", n); }
};

// The destructor sees the change.
struct Reporter {
  int n = 0;
  void inc() { ++n; }
  ~Reporter() { std::printf("%d\n", n); }
};

struct Base {
  int n = 0;
  virtual void inc() { ++n; }
  virtual ~Base() = default;
};

void negativeSmartPointers(std::vector<std::shared_ptr<Counter>> &ptrs) {
  for (auto p : ptrs)
    p->inc();
}

void negativePointerMember(std::vector<Handle> &hs) {
  for (auto h : hs)
    h.inc();
}

void negativeRawPointers(std::vector<Counter *> &ptrs) {
  for (auto p : ptrs)
    p->inc();
}

void negativeOpaque(std::vector<Opaque> &os) {
  for (auto o : os)
    o.inc();
}

void negativeGlobalEffect(std::vector<Logged> &ls) {
  for (auto l : ls)
    l.inc();
}

void negativeIO(std::vector<Logged> &ls) {
  for (auto l : ls)
    l.print();
}

void negativeDestructorObserves(std::vector<Reporter> &rs) {
  for (auto r : rs)
    r.inc();
}

// The copy is a complete Base: the virtual call cannot reach an override.
void positiveVirtualOnCompleteCopy(std::vector<Base> &bs) {
  for (auto b : bs)
    b.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'b', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &b : bs)
}

void negativeIterators(std::vector<std::vector<int>::iterator> &its) {
  for (auto it : its)
    ++it;
}

void negativeFunction(std::vector<std::function<void()>> &fs) {
  for (auto f : fs)
    f = nullptr;
}

void negativeVectorOfPointersToReporters(std::vector<std::unique_ptr<Reporter>> &rs) {
  for (auto &r : rs)
    r->inc();
}

void negativeElementWithDestructor(std::vector<std::vector<Reporter>> &rows) {
  for (auto row : rows)
    row.clear();
}

void positiveOptional(std::vector<std::optional<int>> &opts) {
  for (auto o : opts)
    o.reset();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'reset' modifies 'o', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &o : opts)
}

void positiveMap(std::vector<std::map<std::string, int>> &maps) {
  for (auto m : maps)
    m["seen"] = 1;
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: '=' modifies 'm', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &m : maps)
}

void positivePair(std::vector<std::pair<int, std::string>> &ps) {
  for (auto p : ps)
    p.second.clear();
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'clear' modifies 'p', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &p : ps)
}

// The copy constructor registers every copy: someone else can see it.
std::vector<const struct Registered *> Registry;
struct Registered {
  int n = 0;
  Registered() = default;
  Registered(const Registered &o) : n(o.n) { Registry.push_back(this); }
  void inc() { ++n; }
};
void negativeCopyRegistersItself(std::vector<Registered> &rs) {
  for (auto r : rs)
    r.inc();
}

// A user-written copy constructor that only copies is still a value.
struct DeepCopy {
  int n = 0;
  DeepCopy() = default;
  DeepCopy(const DeepCopy &o) : n(o.n) {}
  void inc() { ++n; }
};
void positiveUserCopyConstructor(std::vector<DeepCopy> &ds) {
  for (auto d : ds)
    d.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'd', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &d : ds)
}
