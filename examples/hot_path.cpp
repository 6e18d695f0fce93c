// A function on the hot path must not allocate; the annotation makes
// memchecks-hot-path-alloc verify it on every LLVM major.
#include <string>

[[clang::annotate("memchecks::hot")]] std::string formatLevel(int Level) {
  return "level=" + std::to_string(Level); // allocates twice
}
