// An 8-byte struct returned through std::unique_ptr pays an allocation, an
// indirection and a free for nothing. Found by memchecks-needless-heap.
#include <memory>

struct Point {
  int X, Y;
};

std::unique_ptr<Point> makePoint(int X, int Y) { // should return Point
  return std::make_unique<Point>(Point{X, Y});
}

int manhattan(int X, int Y) {
  auto P = std::make_unique<Point>(); // should be a local Point
  P->X = X;
  P->Y = Y;
  return P->X + P->Y;
}
