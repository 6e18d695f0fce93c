// RUN: %check_memchecks %s memchecks-pool-reset %t

// A reset on only one branch leaves the other path dirty.
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

void positiveResetOnOneBranch(BufferPool &pool, bool fresh) {
  Buffer *b = pool.acquire();
  if (fresh)
    b->clear();
  b->append("x");
}
// CHECK-NOTES: :[[@LINE-2]]:3: warning: 'b' comes from 'BufferPool::acquire' and is used before it is reset; call 'clear()' first
// CHECK-NOTES: :[[@LINE-6]]:15: note: 'b' is acquired here
// CHECK-NOTES: :[[@LINE-5]]:5: note: 'b' is reset here, but not on every path to the use

void positiveUseInElse(BufferPool &pool, bool fresh) {
  Buffer *b = pool.acquire();
  if (fresh)
    b->clear();
  else
    b->append("stale");
}
// CHECK-NOTES: :[[@LINE-2]]:5: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-NOTES: :[[@LINE-7]]:15: note: 'b' is acquired here

void positiveSwitch(BufferPool &pool, int k) {
  Buffer *b = pool.acquire();
  switch (k) {
  case 0:
    b->clear();
    break;
  default:
    break;
  }
  b->append("x");
}
// CHECK-NOTES: :[[@LINE-2]]:3: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-NOTES: :[[@LINE-11]]:15: note: 'b' is acquired here
// CHECK-NOTES: :[[@LINE-9]]:5: note: 'b' is reset here, but not on every path to the use

void positiveReleaseOnOneBranch(BufferPool &pool, bool done) {
  Buffer *b = pool.acquire();
  b->clear();
  if (done)
    pool.release(b);
  b->append("x");
}
// CHECK-NOTES: :[[@LINE-2]]:3: warning: 'b' is used after it was returned to the pool
// CHECK-NOTES: :[[@LINE-4]]:5: note: 'b' is returned to the pool here

void positiveTernaryCondition(BufferPool &pool, bool fresh) {
  Buffer *b = pool.acquire();
  fresh ? b->clear() : void();
  b->append("x");
}
// CHECK-NOTES: :[[@LINE-2]]:3: warning: 'b' comes from 'BufferPool::acquire'
// CHECK-NOTES: :[[@LINE-5]]:15: note: 'b' is acquired here
// CHECK-NOTES: :[[@LINE-5]]:11: note: 'b' is reset here, but not on every path to the use

// ---- negative cases ------------------------------------------------------

void negativeResetOnBothBranches(BufferPool &pool, bool fresh) {
  Buffer *b = pool.acquire();
  if (fresh)
    b->clear();
  else
    *b = Buffer{};
  b->append("x");
}

void negativeUseOnlyAfterResetBranch(BufferPool &pool, bool fresh) {
  Buffer *b = pool.acquire();
  if (fresh) {
    b->clear();
    b->append("x");
  }
  pool.release(b);
}

void negativeReleaseOnOtherBranch(BufferPool &pool, bool done) {
  Buffer *b = pool.acquire();
  b->clear();
  if (done)
    pool.release(b);
  else
    b->append("x");
}

void negativeShortCircuit(BufferPool &pool) {
  Buffer *b = pool.acquire();
  if (b && ready()) {
    b->clear();
    b->append("x");
  }
}
