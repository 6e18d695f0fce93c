// RUN: %check_memchecks %s memchecks-pool-reset %t

// Loops: every iteration that acquires must reset; a release inside a loop
// ends the object for the next iteration.
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

void positiveAcquireInLoopNoReset(BufferPool &pool, int n) {
  for (int i = 0; i < n; ++i) {
    Buffer *b = pool.acquire();
    b->append("x");
    pool.release(b);
  }
}
// CHECK-MESSAGES: :[[@LINE-4]]:5: warning: 'b' comes from 'BufferPool::acquire' and is used before it is reset; call 'clear()' first

void positiveReleaseInsideLoop(BufferPool &pool, int n) {
  Buffer *b = pool.acquire();
  b->clear();
  for (int i = 0; i < n; ++i) {
    b->append("x");
    pool.release(b);
  }
}
// CHECK-MESSAGES: :[[@LINE-4]]:5: warning: 'b' is used after it was returned to the pool

void positiveResetAtEndOfBody(BufferPool &pool) {
  Buffer *b = pool.acquire();
  while (ready()) {
    b->append("x");
    b->clear();
  }
}
// CHECK-MESSAGES: :[[@LINE-4]]:5: warning: 'b' comes from 'BufferPool::acquire'

// ---- negative cases ------------------------------------------------------

void negativeAcquireResetInLoop(BufferPool &pool, int n) {
  for (int i = 0; i < n; ++i) {
    Buffer *b = pool.acquire();
    b->clear();
    b->append("x");
    pool.release(b);
  }
}

void negativeResetBeforeLoop(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  while (ready())
    b->append("x");
  pool.release(b);
}

void negativeWhileAcquire(BufferPool &pool) {
  while (Buffer *b = pool.acquire()) {
    b->clear();
    b->append("x");
    pool.release(b);
  }
}

void negativeReleaseAfterLoop(BufferPool &pool, int n) {
  Buffer *b = pool.acquire();
  b->clear();
  for (int i = 0; i < n; ++i)
    b->append("x");
  pool.release(b);
}
