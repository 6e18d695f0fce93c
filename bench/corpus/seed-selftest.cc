// Fixture of `bench/corpus/seed --self-test`: every line marked `// seed: KIND`
// must be chosen as a site of that kind, and no other line; the check must find
// the seeded bug there (`[silent]`: must stay silent, the control set). Several
// sites on one line are joined with ` + `.
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
  for (auto &E : Es) { E.N = E.N + 1; }           // seed: mutation-on-copy (range-for)
  for (auto &E : Es) { use(E); E.N = 2; }         // seed: mutation-on-copy (range-for)
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
    log(Buf);                                     // seed: loop-string-format (buffer) + loop-string-format (arg)
  }
  std::string Kept;
  for (const auto &N : Names) {
    Kept += N;
    log(Kept);                                    // seed: loop-string-format (arg)
  }
}

std::string Stored;
bool hasName(const std::string &N) { return N.size() > 3 && N.compare("x") != 0; }
void keep(const std::string &N) { Stored = N; }
void reportError(const std::string &);
struct Named { std::string Name; };

void args(const std::vector<Named> &Items, const std::vector<std::string> &Names, const std::string &Sep) {
  for (const Named &I : Items) {
    hasName(Sep);                                 // seed: loop-string-format (arg)
    Stored.append(I.Name);                        // seed: loop-string-format (arg)
    keep(I.Name);
    reportError(I.Name);
    if (I.Name.empty())
      log(I.Name);
  }
  for (unsigned K = 0; K < Names.size(); ++K)
    log(Names[K]);                                // seed: loop-string-format (arg)
}

struct Frame { double Samples[32]; int Id; };     // 264 bytes
int Total;
void total(const std::vector<Frame> &Fs) {
  for (const auto &F : Fs) { Total += F.Id; }     // writes a global: not a site
  for (const auto &E : std::vector<Elem>(3)) { Total += E.N; } // a prvalue range
}
int frames(const std::vector<Frame> &Fs, const Frame *P) {
  int S = 0;
  for (const auto &F : Fs) { S += F.Id; }         // seed: large-copy (range-for)
  for (const Frame &F : Fs) { S += F.Samples[0] > 1 ? F.Id : 0; } // seed: large-copy (range-for)
  for (const auto &F : Fs) { const Frame *Q = &F; S += Q->Id; }
  const Frame &L = Fs[0];                         // seed: large-copy (local)
  S += L.Id;
  const Frame &Z = *P;                            // seed: large-copy (local)
  return S + Z.Id;
}

struct RefHolder {
  RefHolder(const Big &B,                         // binds Ref: not a site
            const Big &C) : Ref(B), N(C.N) {}     // seed: large-value-param (>=256)
  const Big &Ref;
  int N;
};
