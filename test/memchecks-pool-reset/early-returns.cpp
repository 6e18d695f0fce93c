// RUN: %check_memchecks %s memchecks-pool-reset %t

// Paths that leave the function early do not reach later uses.
#include <string>

struct Buffer {
  std::string data;
  int len = 0;
  void clear() { data.clear(); len = 0; }
  void append(const char *s) { data += s; ++len; }
  int size() const { return len; }
};
struct BufferPool {
  Buffer *acquire();
  void release(Buffer *b);
};
bool ready();

// ---- positive cases ------------------------------------------------------

void positiveEarlyReturnSkipsReset(BufferPool &pool, bool fresh) {
  Buffer *b = pool.acquire();
  if (!fresh) {
    b->append("stale");
    return;
  }
  b->clear();
}
// CHECK-MESSAGES: :[[@LINE-5]]:5: warning: 'b' comes from 'BufferPool::acquire'

void positiveReleaseWithoutReturn(BufferPool &pool, bool failed) {
  Buffer *b = pool.acquire();
  b->clear();
  if (failed) {
    pool.release(b);
  }
  b->append("x");
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'b' is used after it was returned to the pool

// ---- negative cases ------------------------------------------------------

void negativeReleaseThenReturn(BufferPool &pool, bool failed) {
  Buffer *b = pool.acquire();
  if (failed) {
    pool.release(b);
    return;
  }
  b->clear();
  b->append("x");
  pool.release(b);
}

void negativeReturnBeforeUse(BufferPool &pool) {
  Buffer *b = pool.acquire();
  if (!ready())
    return;
  b->clear();
  b->append("x");
}

int negativeThrowOnFailure(BufferPool &pool) {
  Buffer *b = pool.acquire();
  if (!b)
    throw 1;
  b->clear();
  return b->size();
}

void negativeGotoCleanup(BufferPool &pool) {
  Buffer *b = pool.acquire();
  if (!ready())
    goto out;
  b->clear();
  b->append("x");
out:
  pool.release(b);
}
