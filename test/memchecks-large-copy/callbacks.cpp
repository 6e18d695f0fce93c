// RUN: %check_memchecks %s memchecks-large-copy %t

// A call made while the copy lives that can run a callback (a call through
// a pointer to function or to member, in its body or in the visible body of
// anything it calls) can do anything, including destroy the source: the
// copy may be taken for exactly that reason ("copy the action before
// performing it, in case it deletes its owner"). Not reported. Calls that
// reach no callback are judged as before.
#include <functional>

struct Action {
  char pad[256];
  std::function<int(int)> fun;
  int perform(int x) const { return fun(x); }
};

struct Handler {
  char pad[256];
  void (*fn)(void *);
  void *ctx;
  void run() const { fn(ctx); }
  void runVia() const;
  int (Handler::*member)() const;
  int viaMember() const { return (this->*member)(); }
  int plain() const { return pad[0] + pad[1]; }
  int opaque() const;
};

static void dispatch(const Handler &h) { h.fn(h.ctx); }
void Handler::runVia() const { dispatch(*this); }

int negativeStdFunctionSnapshot(const void *untyped, int x) {
  // Copied before performing it: the action may delete its owner.
  const Action action = *static_cast<const Action *>(untyped);
  return action.perform(x);
}

void negativeFunctionPointer(const Handler *p) {
  Handler h = *p;
  h.run();
}

void negativeThroughCallee(const Handler &src) {
  Handler h = src;
  h.runVia();
}

int negativeMemberPointer(const Handler &src) {
  Handler h = src;
  return h.viaMember();
}

int negativeRangeFor(const Handler (&hs)[4]) {
  int n = 0;
  for (Handler h : hs) {
    h.run(); // may change what `hs` holds
    n += h.plain();
  }
  return n;
}

int negativeCapture(const Handler &src) {
  Handler h = src;
  return [h] { h.run(); return h.plain(); }();
}

int positivePlainConstMember(const Handler &src) {
  Handler h = src;
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'h' copies {{[0-9]+}} bytes of 'Handler' and is only read; bind it as 'const Handler &' [memchecks-large-copy]
  return h.plain();
}
// CHECK-FIXES: const Handler &h = src;

int positiveOpaqueConstMember(const Handler &src) {
  Handler h = src;
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'h' copies {{[0-9]+}} bytes of 'Handler' and is only read; bind it as 'const Handler &' [memchecks-large-copy]
  return h.opaque() + h.plain();
}

int positiveRangeForPlain(const Handler (&hs)[4]) {
  int n = 0;
  for (Handler h : hs)
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'h' copies {{[0-9]+}} bytes of 'Handler' on every iteration and is only read; bind it as 'const Handler &' [memchecks-large-copy]
    n += h.plain();
  return n;
}
// CHECK-FIXES: for (const Handler &h : hs)

// A function pointer parameter runs the function its caller named
// (`os << std::hex`): not a callback kept in storage.
static int applyTo(int (*f)(int), int x) { return (*f)(x) + f(x); }
static int twice(int x) { return 2 * x; }
int positiveFunctionPointerParameter(const Handler &src) {
  Handler h = src;
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'h' copies {{[0-9]+}} bytes of 'Handler' and is only read; bind it as 'const Handler &' [memchecks-large-copy]
  return applyTo(&twice, h.plain());
}
