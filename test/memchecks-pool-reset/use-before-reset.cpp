// RUN: %check_memchecks %s memchecks-pool-reset %t

// The first use of an object taken from a pool must come after a reset.
#include <ostream>
#include <string>

struct Buffer {
  std::string data;
  int len = 0;
  void clear() { data.clear(); len = 0; }
  void append(const char *s) { data += s; ++len; }
  int size() const { return len; }
};
std::ostream &operator<<(std::ostream &os, const Buffer &b);

struct BufferPool {
  Buffer *acquire();
  void release(Buffer *b);
};
struct RequestPool : BufferPool {};

void consume(const Buffer &b);
void inspect(const Buffer *b);
struct Holder { Buffer *p; };

// ---- positive cases ------------------------------------------------------

void positiveMemberCall(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->append("x");
  pool.release(b);
}
// CHECK-NOTES: :[[@LINE-3]]:3: warning: 'b' comes from 'BufferPool::acquire' and is used before it is reset; call 'clear()' first [memchecks-pool-reset]
// CHECK-NOTES: :[[@LINE-5]]:15: note: 'b' is acquired here

int positiveFieldRead(BufferPool &pool) {
  Buffer *b = pool.acquire();
  int n = b->len;
  return n;
}
// CHECK-NOTES: :[[@LINE-3]]:11: warning: 'b' comes from 'BufferPool::acquire' and is used before it is reset
// CHECK-NOTES: :[[@LINE-5]]:15: note: 'b' is acquired here

void positiveFieldWrite(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->len = 3;
  b->clear();
}
// CHECK-NOTES: :[[@LINE-3]]:3: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-NOTES: :[[@LINE-5]]:15: note: 'b' is acquired here

int positiveConstMethod(BufferPool &pool) {
  Buffer *b = pool.acquire();
  return b->size();
}
// CHECK-NOTES: :[[@LINE-2]]:10: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-NOTES: :[[@LINE-4]]:15: note: 'b' is acquired here

void positivePassedByConstRef(BufferPool &pool) {
  Buffer *b = pool.acquire();
  consume(*b);
}
// CHECK-NOTES: :[[@LINE-2]]:12: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-NOTES: :[[@LINE-4]]:15: note: 'b' is acquired here

void positivePassedConstPointer(BufferPool &pool) {
  Buffer *b = pool.acquire();
  inspect(b);
}
// CHECK-NOTES: :[[@LINE-2]]:11: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-NOTES: :[[@LINE-4]]:15: note: 'b' is acquired here

void positiveStreamed(BufferPool &pool, std::ostream &os) {
  Buffer *b = pool.acquire();
  os << *b;
}
// CHECK-NOTES: :[[@LINE-2]]:10: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-NOTES: :[[@LINE-4]]:15: note: 'b' is acquired here

void positiveCopied(BufferPool &pool) {
  Buffer *b = pool.acquire();
  Buffer copy = *b;
  (void)copy;
}
// CHECK-NOTES: :[[@LINE-3]]:18: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-NOTES: :[[@LINE-5]]:15: note: 'b' is acquired here

void positiveAssignedLater(BufferPool *pool) {
  Buffer *b = nullptr;
  b = pool->acquire();
  b->append("x");
}
// CHECK-NOTES: :[[@LINE-2]]:3: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-NOTES: :[[@LINE-4]]:7: note: 'b' is acquired here

void positiveDerivedPool(RequestPool &pool) {
  Buffer *b = pool.acquire();
  b->append("x");
}
// CHECK-NOTES: :[[@LINE-2]]:3: warning: 'b' comes from 'RequestPool::acquire'
// CHECK-NOTES: :[[@LINE-4]]:15: note: 'b' is acquired here

// ---- negative cases ------------------------------------------------------

void negativeResetFirst(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  b->append("x");
  pool.release(b);
}

void negativeAssignedFresh(BufferPool &pool) {
  Buffer *b = pool.acquire();
  *b = Buffer{};
  b->append("x");
}

void negativeNullCheckThenReset(BufferPool &pool) {
  Buffer *b = pool.acquire();
  if (!b || b == nullptr)
    return;
  b->clear();
  b->append("x");
}

void negativeNeverUsed(BufferPool &pool) {
  Buffer *b = pool.acquire();
  pool.release(b);
}

Buffer *negativeReturned(BufferPool &pool) {
  Buffer *b = pool.acquire();
  return b;
}

void negativeStored(BufferPool &pool, Holder &h) {
  Buffer *b = pool.acquire();
  h.p = b;
  b->append("x"); // an alias exists now: no longer tracked
}

void negativeVoidCast(BufferPool &pool) {
  Buffer *b = pool.acquire();
  (void)b;
  b->clear();
}
