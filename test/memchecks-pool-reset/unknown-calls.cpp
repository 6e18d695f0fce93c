// RUN: %check_memchecks -check-suffix=ASSUME %s memchecks-pool-reset %t
// RUN: %check_memchecks -check-suffix=STRICT %s memchecks-pool-reset %t \
// RUN:   -opt AssumeUnknownCallsReset=false

// An object handed to a function that may write it (non-const reference or
// pointer) may have been reset there: with AssumeUnknownCallsReset (the
// default) that counts as a reset, without it as a use. A const reference or
// pointer, or a copy, is always a use.
#include <cstring>
#include <string>
#include <utility>

struct Buffer {
  std::string data;
  void clear() { data.clear(); }
  void append(const char *s) { data += s; }
};
struct BufferPool {
  Buffer *acquire();
  void release(Buffer *b);
};
void refill(Buffer &b);
void refillPtr(Buffer *b);
void show(const Buffer &b);
void byValue(Buffer b);
void sink(Buffer &&b);
void raw(void *p, unsigned n);

void refillThenUse(BufferPool &pool) {
  Buffer *b = pool.acquire();
  refill(*b);
// CHECK-MESSAGES-STRICT: :[[@LINE-1]]:11: warning: 'b' comes from 'BufferPool::acquire' and is used before it is reset; call 'clear()' first
  b->append("x");
}

void refillPtrThenUse(BufferPool &pool) {
  Buffer *b = pool.acquire();
  refillPtr(b);
// CHECK-MESSAGES-STRICT: :[[@LINE-1]]:13: warning: 'b' comes from 'BufferPool::acquire'
  b->append("x");
}

void movedIntoSink(BufferPool &pool) {
  Buffer *b = pool.acquire();
  sink(std::move(*b));
// CHECK-MESSAGES-STRICT: :[[@LINE-1]]:19: warning: 'b' comes from 'BufferPool::acquire'
  b->append("x");
}

void rawWrite(BufferPool &pool) {
  Buffer *b = pool.acquire();
  raw(b, sizeof(Buffer));
// CHECK-MESSAGES-STRICT: :[[@LINE-1]]:7: warning: 'b' comes from 'BufferPool::acquire'
  b->clear();
}

// Always reported: a const reference or a copy cannot reset anything.
void positiveConstRef(BufferPool &pool) {
  Buffer *b = pool.acquire();
  show(*b);
// CHECK-MESSAGES-ASSUME: :[[@LINE-1]]:9: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-MESSAGES-STRICT: :[[@LINE-2]]:9: warning: 'b' comes from 'BufferPool::acquire'
  refill(*b);
}

void positiveCopy(BufferPool &pool) {
  Buffer *b = pool.acquire();
  byValue(*b);
// CHECK-MESSAGES-ASSUME: :[[@LINE-1]]:12: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-MESSAGES-STRICT: :[[@LINE-2]]:12: warning: 'b' comes from 'BufferPool::acquire'
}

// Never reported: the reset comes first.
void negativeResetThenRefill(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  refill(*b);
  show(*b);
}

void negativeMemset(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  std::memset(b->data.data(), 0, b->data.size());
}
