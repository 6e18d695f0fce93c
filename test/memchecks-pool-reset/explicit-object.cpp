// REQUIRES: llvm-ge-18
// RUN: %check_memchecks %s memchecks-pool-reset %t -std=c++2b

// A member operator with a C++23 explicit object parameter binds its object
// to that parameter: the pooled object passed next binds to the second one.
#include <string>

struct Buffer {
  std::string data;
  void clear() { data.clear(); }
  void append(const char *s) { data += s; }
};
struct BufferPool {
  Buffer *acquire();
  void release(Buffer *b);
};
struct Printer {
  void operator<<(this Printer &self, const Buffer &b);
  void operator()(this const Printer &self, Buffer &b);
};

// ---- positive cases ------------------------------------------------------

void positivePrintedThroughExplicitObjectOperator(BufferPool &pool,
                                                  Printer &p) {
  Buffer *b = pool.acquire();
  p << *b;
}
// CHECK-MESSAGES: :[[@LINE-2]]:9: warning: 'b' comes from 'BufferPool::acquire' and is used before it is reset; call 'clear()' first
// CHECK-MESSAGES: :[[@LINE-4]]:15: note: 'b' is acquired here

// ---- negative cases ------------------------------------------------------

void negativeRefilledThroughExplicitObjectOperator(BufferPool &pool,
                                                   const Printer &p) {
  Buffer *b = pool.acquire();
  p(*b);
  b->append("x");
}
