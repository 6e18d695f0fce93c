// RUN: %check_memchecks %s memchecks-pool-reset %t

// A pool that resets what it is given back (or what it hands out) serves
// clean objects; a method marked [[clang::reinitializes]] is a reset; a
// class with nothing to reset it with is not reported either.
#include <string>
#include <vector>

struct Buffer {
  std::string data;
  void clear() { data.clear(); }
  void append(const char *s) { data += s; }
};

struct ResettingPool {
  std::vector<Buffer *> free_;
  Buffer *acquire() {
    Buffer *b = free_.back();
    free_.pop_back();
    return b;
  }
  void release(Buffer *b) {
    b->clear();
    free_.push_back(b);
  }
};

struct AcquireResetsPool {
  std::vector<Buffer *> free_;
  Buffer *acquire() {
    Buffer *b = free_.back();
    free_.pop_back();
    b->clear();
    return b;
  }
  void release(Buffer *b) { free_.push_back(b); }
};

template <typename T> struct GenericPool {
  std::vector<T *> free_;
  T *acquire();
  void release(T *p) {
    p->clear();
    free_.push_back(p);
  }
};

struct PlainPool {
  std::vector<Buffer *> free_;
  Buffer *acquire();
  void release(Buffer *b) { free_.push_back(b); }
};

struct Scratch {
  char bytes[64];
  int used;
  [[clang::reinitializes]] void rewind() { used = 0; }
  void put(char c) { bytes[used++] = c; }
};
struct ScratchPool {
  Scratch *acquire();
  void release(Scratch *s);
};

struct Connection { void send(const char *); };
struct ConnectionPool {
  Connection *acquire();
  void release(Connection *c);
};

// ---- positive cases ------------------------------------------------------

void positiveReleaseDoesNotReset(PlainPool &pool) {
  Buffer *b = pool.acquire();
  b->append("x");
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'b' comes from 'PlainPool::acquire' and is used before it is reset; call 'clear()' first

void positiveReinitializesSuggested(ScratchPool &pool) {
  Scratch *s = pool.acquire();
  s->put('a');
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 's' comes from 'ScratchPool::acquire' and is used before it is reset; call 'rewind()' first

// ---- negative cases ------------------------------------------------------

void negativeReleaseResets(ResettingPool &pool) {
  Buffer *b = pool.acquire();
  b->append("x");
  pool.release(b);
}

void negativeAcquireResets(AcquireResetsPool &pool) {
  Buffer *b = pool.acquire();
  b->append("x");
  pool.release(b);
}

void negativeTemplatePoolResets(GenericPool<Buffer> &pool) {
  Buffer *b = pool.acquire();
  b->append("x");
}

void negativeReinitializesCalled(ScratchPool &pool) {
  Scratch *s = pool.acquire();
  s->rewind();
  s->put('a');
  pool.release(s);
}

void negativeNothingToReset(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  c->send("ping");
  pool.release(c);
}

void positiveCleanPoolStillChecksRelease(ResettingPool &pool) {
  Buffer *b = pool.acquire();
  pool.release(b);
  b->append("x");
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'b' is used after it was returned to the pool
