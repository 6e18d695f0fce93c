// Go's IncrementBad in C++: the loop variable is a copy, so every increment
// is lost when the iteration ends. Found by memchecks-mutation-on-copy.
#include <vector>

struct Counter {
  int Count = 0;
  void inc() { ++Count; }
};

void tickAll(std::vector<Counter> &Counters) {
  for (auto C : Counters) // should be `auto &C`
    C.inc();
}
