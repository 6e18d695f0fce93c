// RUN: %check_memchecks %s memchecks-pool-reset %t

// Pools that hand out references (and references bound to `*pool.get()`).
#include <string>

struct Buffer {
  std::string data;
  void clear() { data.clear(); }
  void append(const char *s) { data += s; }
  bool empty() const { return data.empty(); }
};
struct BufferPool {
  Buffer &borrow();
  Buffer *obtain();
  void giveBack(Buffer &b);
};
struct StringPool {
  std::string &take();
  void put(std::string &s);
};
void show(const Buffer &b);
void refill(Buffer &b);

// ---- positive cases ------------------------------------------------------

void positiveReferenceUse(BufferPool &pool) {
  Buffer &b = pool.borrow();
  b.append("x");
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'b' comes from 'BufferPool::borrow' and is used before it is reset; call 'clear()' first

void positiveReferenceToDeref(BufferPool &pool) {
  Buffer &b = *pool.obtain();
  show(b);
}
// CHECK-MESSAGES: :[[@LINE-2]]:8: warning: 'b' comes from 'BufferPool::obtain'

void positiveStringAppend(StringPool &pool) {
  std::string &s = pool.take();
  s += "request";
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 's' comes from 'StringPool::take' and is used before it is reset; call 'clear()' first

void positiveReferenceAfterGiveBack(BufferPool &pool) {
  Buffer &b = pool.borrow();
  b.clear();
  pool.giveBack(b);
  b.append("x");
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'b' is used after it was returned to the pool

// ---- negative cases ------------------------------------------------------

void negativeReferenceReset(BufferPool &pool) {
  Buffer &b = pool.borrow();
  b.clear();
  b.append("x");
  pool.giveBack(b);
}

void negativeReferenceAssigned(BufferPool &pool) {
  Buffer &b = pool.borrow();
  b = Buffer();
  b.append("x");
}

void negativeStringCleared(StringPool &pool) {
  std::string &s = pool.take();
  s.clear();
  s += "request";
  pool.put(s);
}

void negativeRefilledByCallee(BufferPool &pool) {
  Buffer &b = pool.borrow();
  refill(b);
  show(b);
}
