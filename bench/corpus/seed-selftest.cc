// Fixture of `bench/corpus/seed --self-test`: every line marked `// seed: KIND`
// must be chosen as a site of that kind, and no other line; the check must find
// the seeded bug there (`[silent]`: must stay silent, the control set).
#include <string>
#include <vector>

struct Big { char Buf[300]; int N; int get() const { return N; } };
struct Mid { char Buf[150]; int N; };
struct Small { int N; };
struct Elem { int N; std::string S; std::vector<int> V; int *P; int get() const { return N; } };
struct Pt { int X, Y; int sum() const { return X + Y; } };

void use(const Elem &);
void log(const std::string &);

int readBig(const Big &B, int K) { return B.N + K + B.get(); } // seed: large-value-param (>=256)
int readMid(const Mid &M) { return M.N; }                       // seed: large-value-param (128-255)
int readSmall(const Small &S) { return S.N; }
template <typename T> struct Holder {
  int read(const Big &B) const { return B.N; }  // seed: large-value-param (>=256)
  int readT(const T &V) const { return V.N; }
};
const Big &returned(const Big &B) { return B; }
const Big *addressed(const Big &B) { return &B; }

void loops(std::vector<Elem> &Es) {
  for (auto &E : Es) { E.N = 1; }                 // seed: mutation-on-copy (range-for)
  for (auto &E : Es) { if (E.get()) E.S = "a"; }  // seed: mutation-on-copy (range-for)
  for (Elem &E : Es) { E.V.push_back(1); }        // seed: mutation-on-copy (range-for)
  for (auto &E : Es) { E.N = 1; use(E); }         // seed: mutation-on-copy (control) [silent]
  for (auto &E : Es) { *E.P = 1; }
  for (const auto &E : Es) { use(E); }
  for (auto &E : Es) { Elem *Q = &E; Q->N = 2; }
  Elem &R = Es[0];                                // seed: mutation-on-copy (local)
  R.N = 3;
}

int heap(int Q) {
  Pt P{Q, 2};
  Pt Z(P);                                        // seed: needless-heap
  return Z.sum() + Z.X;
}

void format(const std::vector<std::string> &Names) {
  std::string Buf;
  for (const auto &N : Names) {
    Buf.clear();
    Buf += "name=";
    Buf += N;
    log(Buf);                                     // seed: loop-string-format
  }
  std::string Kept;
  for (const auto &N : Names) {
    Kept += N;
    log(Kept);
  }
}
