// RUN: %check_memchecks %s memchecks-pool-reset %t

// Lambdas are analysed on their own; a captured object is no longer tracked
// by the enclosing function. Templates are not analysed.
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

// ---- positive cases ------------------------------------------------------

void positiveInsideLambda(BufferPool &pool) {
  auto render = [&pool] {
    Buffer *b = pool.acquire();
    b->append("x");
  };
  render();
}
// CHECK-MESSAGES: :[[@LINE-4]]:5: warning: 'b' comes from 'BufferPool::acquire' and is used before it is reset; call 'clear()' first

// ---- negative cases ------------------------------------------------------

void negativeCapturedByLambda(BufferPool &pool) {
  Buffer *b = pool.acquire();
  auto reset = [b] { b->clear(); };
  reset();
  b->append("x");
}

void negativeLambdaResets(BufferPool &pool) {
  auto render = [&pool] {
    Buffer *b = pool.acquire();
    b->clear();
    b->append("x");
    pool.release(b);
  };
  render();
}

template <typename Pool> void negativeTemplateNotAnalysed(Pool &pool) {
  Buffer *b = pool.acquire();
  b->append("x");
}
template void negativeTemplateNotAnalysed(BufferPool &);
