#include <memory>
#include <string>
#include <vector>

struct Big { char Bytes[1024]; int N; };
struct Counter { int Count = 0; void inc() { ++Count; } };
struct Point { int X, Y; };

inline int headerByValue(Big B) { return B.N; }

inline void headerCopyMutated(std::vector<Counter> &Cs) {
  for (auto C : Cs)
    C.inc();
}

inline int headerLargeCopy(const std::vector<Big> &Bs) {
  int Sum = 0;
  for (auto B : Bs)
    Sum += B.N;
  return Sum;
}

inline int headerHeap() {
  auto P = std::make_unique<Point>();
  P->X = 1;
  return P->X;
}

void sink(const std::string &S);
inline void headerLoopFormat(int N) {
  for (int I = 0; I < N; ++I)
    sink("item-" + std::to_string(I));
}
