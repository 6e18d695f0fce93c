// RUN: %check_memchecks %s memchecks-pool-reset %t

// An object handed back to its pool belongs to its next user.
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
  void recycle(Buffer *b);
};
void consume(const Buffer &b);
void log(const char *);

// ---- positive cases ------------------------------------------------------

int positiveReadAfterRelease(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  pool.release(b);
  return b->len;
}
// CHECK-NOTES: :[[@LINE-2]]:10: warning: 'b' is used after it was returned to the pool [memchecks-pool-reset]
// CHECK-NOTES: :[[@LINE-4]]:3: note: 'b' is returned to the pool here

void positiveCallAfterRecycle(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  pool.recycle(b);
  b->append("late");
}
// CHECK-NOTES: :[[@LINE-2]]:3: warning: 'b' is used after it was returned to the pool
// CHECK-NOTES: :[[@LINE-4]]:3: note: 'b' is returned to the pool here

void positiveResetAfterRelease(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  pool.release(b);
  b->clear();
}
// CHECK-NOTES: :[[@LINE-2]]:3: warning: 'b' is used after it was returned to the pool
// CHECK-NOTES: :[[@LINE-4]]:3: note: 'b' is returned to the pool here

void positivePassedAfterRelease(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  pool.release(b);
  consume(*b);
}
// CHECK-NOTES: :[[@LINE-2]]:12: warning: 'b' is used after it was returned to the pool
// CHECK-NOTES: :[[@LINE-4]]:3: note: 'b' is returned to the pool here

// ---- negative cases ------------------------------------------------------

void negativeUseThenRelease(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  b->append("x");
  pool.release(b);
}

void negativeNulledAfterRelease(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  pool.release(b);
  b = nullptr;
  if (b)
    b->append("x");
}

void negativeReacquired(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  pool.release(b);
  b = pool.acquire();
  b->clear();
  b->append("again");
}

void negativePointerTestAfterRelease(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  pool.release(b);
  if (b == nullptr)
    log("no buffer");
}
