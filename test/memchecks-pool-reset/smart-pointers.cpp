// RUN: %check_memchecks %s memchecks-pool-reset %t

// Pools that hand out smart pointers: `p->clear()` resets the object,
// `p.reset()` drops the pointer, moving it into the release call returns it.
#include <memory>
#include <string>
#include <utility>

struct Buffer {
  std::string data;
  void clear() { data.clear(); }
  void append(const char *s) { data += s; }
};
struct ObjectPool {
  std::unique_ptr<Buffer> take();
  std::shared_ptr<Buffer> get();
  void put(std::unique_ptr<Buffer> b);
  void put(std::shared_ptr<Buffer> b);
};
void keep(std::unique_ptr<Buffer> b);
void show(const Buffer &b);

// ---- positive cases ------------------------------------------------------

void positiveUniqueNoReset(ObjectPool &pool) {
  std::unique_ptr<Buffer> p = pool.take();
  p->append("x");
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'p' comes from 'ObjectPool::take' and is used before it is reset; call 'clear()' first

void positiveSharedDeref(ObjectPool &pool) {
  auto p = pool.get();
  show(*p);
}
// CHECK-MESSAGES: :[[@LINE-2]]:9: warning: 'p' comes from 'ObjectPool::get'

void positiveUseAfterMovedIntoRelease(ObjectPool &pool) {
  auto p = pool.take();
  p->clear();
  pool.put(std::move(p));
  p->append("x");
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'p' is used after it was returned to the pool

void positiveThroughGet(ObjectPool &pool) {
  auto p = pool.take();
  p.get()->append("x");
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'p' comes from 'ObjectPool::take'

void positiveSharedUseAfterPut(ObjectPool &pool) {
  std::shared_ptr<Buffer> p = pool.get();
  (*p).clear();
  pool.put(p);
  show(*p);
}
// CHECK-MESSAGES: :[[@LINE-2]]:9: warning: 'p' is used after it was returned to the pool

// ---- negative cases ------------------------------------------------------

void negativeResetThroughArrow(ObjectPool &pool) {
  auto p = pool.take();
  p->clear();
  p->append("x");
  pool.put(std::move(p));
}

void negativeSmartPointerTests(ObjectPool &pool) {
  auto p = pool.take();
  if (!p || p == nullptr)
    return;
  (*p).clear();
  p->append("x");
}

void negativeMovedElsewhere(ObjectPool &pool) {
  auto p = pool.take();
  keep(std::move(p));
}

void negativeSmartReset(ObjectPool &pool) {
  auto p = pool.take();
  p.reset(new Buffer);
  p->append("x");
}

void negativeReassignedAfterPut(ObjectPool &pool) {
  auto p = pool.take();
  p->clear();
  pool.put(std::move(p));
  p = std::make_unique<Buffer>();
  p->append("x");
}
