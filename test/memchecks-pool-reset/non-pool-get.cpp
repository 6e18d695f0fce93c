// RUN: %check_memchecks %s memchecks-pool-reset %t

// `get()`, `take()` and `acquire()` on classes that are not pools are not
// acquisitions.
#include <future>
#include <map>
#include <memory>
#include <string>

struct Buffer {
  std::string data;
  void clear() { data.clear(); }
  void append(const char *s) { data += s; }
};
struct Registry { Buffer *get(const char *name); };
struct Lock { Buffer *acquire(); };
struct Pool_ { Buffer *get(); };            // "Pool" is not a suffix here
struct Spool { Buffer *take(); };            // ends in "pool", not "Pool"
struct BufferPool {
  Buffer *acquire();
  Buffer *peek();                            // not an acquire method
  static BufferPool &instance();
};

// ---- positive cases ------------------------------------------------------

void positiveSingletonPool() {
  Buffer *b = BufferPool::instance().acquire();
  b->append("x");
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'b' comes from 'BufferPool::acquire' and is used before it is reset; call 'clear()' first

// ---- negative cases ------------------------------------------------------

void negativeUniquePtrGet() {
  auto owner = std::make_unique<Buffer>();
  Buffer *b = owner.get();
  b->append("x");
}

void negativeSharedPtrGet(std::shared_ptr<Buffer> owner) {
  Buffer *b = owner.get();
  b->append("x");
}

int negativeFutureGet(std::future<int> &f) {
  int v = f.get();
  return v;
}

void negativeRegistryGet(Registry &r) {
  Buffer *b = r.get("main");
  b->append("x");
}

void negativeLockAcquire(Lock &l) {
  Buffer *b = l.acquire();
  b->append("x");
}

void negativeUnderscore(Pool_ &p, Spool &s) {
  Buffer *a = p.get();
  a->append("x");
  Buffer *b = s.take();
  b->append("x");
}

void negativeNotAcquireMethod(BufferPool &pool) {
  Buffer *b = pool.peek();
  b->append("x");
}

void negativeMapAt(std::map<int, Buffer> &m) {
  Buffer &b = m.at(1);
  b.append("x");
}
