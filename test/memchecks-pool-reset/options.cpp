// RUN: %check_memchecks -check-suffix=DEFAULT %s memchecks-pool-reset %t
// RUN: %check_memchecks -check-suffix=CUSTOM %s memchecks-pool-reset %t \
// RUN:   -opt PoolTypes='.*Arena;ns::Cache' -opt AcquireMethods='lease' \
// RUN:   -opt ReleaseMethods='unlease' -opt ResetMethods='wipe'

#include <string>

struct Buffer {
  std::string data;
  void clear() { data.clear(); }
  void wipe() { data.clear(); }
  void append(const char *s) { data += s; }
};
struct BufferPool {
  Buffer *acquire();
  Buffer *lease();
  void release(Buffer *b);
  void unlease(Buffer *b);
};
struct FrameArena {
  Buffer *acquire();
  Buffer *lease();
  void unlease(Buffer *b);
};
namespace ns {
struct Cache { Buffer *lease(); };
}

void defaultPool(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->append("x");
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 'b' comes from 'BufferPool::acquire' and is used before it is reset; call 'clear()' first
}

void defaultPoolLease(BufferPool &pool) {
  Buffer *b = pool.lease();
  b->append("x");
}

void arenaLease(FrameArena &arena) {
  Buffer *b = arena.lease();
  b->append("x");
// CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:3: warning: 'b' comes from 'FrameArena::lease' and is used before it is reset; call 'wipe()' first
}

void arenaAcquireIsNotListed(FrameArena &arena) {
  Buffer *b = arena.acquire();
  b->append("x");
}

void clearIsNotAResetWhenCustom(FrameArena &arena) {
  Buffer *b = arena.lease();
  b->clear();
// CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:3: warning: 'b' comes from 'FrameArena::lease' and is used before it is reset; call 'wipe()' first
  b->append("x");
}

void wipeResets(FrameArena &arena) {
  Buffer *b = arena.lease();
  b->wipe();
  b->append("x");
  arena.unlease(b);
}

void customRelease(FrameArena &arena) {
  Buffer *b = arena.lease();
  b->wipe();
  arena.unlease(b);
  b->append("x");
// CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:3: warning: 'b' is used after it was returned to the pool
}

void defaultReleaseNotCustom(BufferPool &pool) {
  Buffer *b = pool.acquire();
  b->clear();
  pool.unlease(b);
  b->append("x");
}

void qualifiedPoolType(ns::Cache &cache) {
  Buffer *b = cache.lease();
  b->append("x");
// CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:3: warning: 'b' comes from 'Cache::lease' and is used before it is reset; call 'wipe()' first
}
