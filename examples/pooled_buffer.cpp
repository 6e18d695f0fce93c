// sync.Pool's rule in C++: an object from a pool carries the previous user's
// data until it is reset. Found by memchecks-pool-reset.
#include <string>
#include <vector>

struct Buffer {
  std::string Data;
  void clear() { Data.clear(); }
};

class BufferPool {
public:
  Buffer *acquire() {
    if (Free.empty())
      return new Buffer;
    Buffer *B = Free.back();
    Free.pop_back();
    return B;
  }
  void release(Buffer *B) { Free.push_back(B); }

private:
  std::vector<Buffer *> Free;
};

std::string render(BufferPool &Pool, const std::string &Name) {
  Buffer *B = Pool.acquire();
  B->Data += "hello, " + Name; // the previous request's text is still there
  std::string Out = B->Data;
  Pool.release(B);
  return Out;
}
