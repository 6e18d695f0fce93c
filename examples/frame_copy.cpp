// Every 1 KB element is copied on every iteration although the loop only
// reads it. Found by memchecks-large-copy.
#include <vector>

struct Sample {
  double Values[128];
  int Id;
};

int countMatching(const std::vector<Sample> &Samples, int Wanted) {
  int N = 0;
  for (auto S : Samples) // should be `const auto &S`
    N += S.Id == Wanted;
  return N;
}
