// The function checks of a translation unit share one function matcher and
// one lambda matcher (utils::FunctionCheck). Each check must still judge every
// function it judges alone, lambdas only where it looks at lambdas, and get
// its end of the translation unit (large-value-param and needless-heap report
// there).
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-*' --quiet -- -std=c++17 -fno-caret-diagnostics 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=LVP,MOC,LSF,NH,HOT --implicit-check-not=warning:
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-large-value-param' --quiet -- -std=c++17 -fno-caret-diagnostics 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LVP --implicit-check-not=warning:
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-mutation-on-copy' --quiet -- -std=c++17 -fno-caret-diagnostics 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MOC --implicit-check-not=warning:
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-loop-string-format,memchecks-pool-reset' --quiet -- -std=c++17 -fno-caret-diagnostics 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LSF --implicit-check-not=warning:
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-needless-heap' --quiet -- -std=c++17 -fno-caret-diagnostics 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NH --implicit-check-not=warning:
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-hot-path-alloc,memchecks-large-copy' --quiet -- -std=c++17 -fno-caret-diagnostics 2>&1 \
// RUN:   | FileCheck %s --check-prefix=HOT --implicit-check-not=warning:

#include <memory>
#include <string>
#include <vector>

struct Big {
  int Data[256];
};
struct Counter {
  int N = 0;
  void inc() { ++N; }
};
struct Point {
  int X, Y;
};

void sink(const std::string &);

// One function that several checks judge.
int positiveSeveral(Big B, std::vector<Counter> Cs) {
  // LVP: :[[@LINE-1]]:25: warning: parameter 'B' of type 'Big' (1024 bytes) is passed by value and only read; pass it as 'const Big &' [memchecks-large-value-param]
  for (Counter C : Cs)
    C.inc();
  // MOC: :[[@LINE-1]]:7: warning: 'inc' modifies 'C', a copy of the container element; the change is lost [memchecks-mutation-on-copy]
  for (int I = 0; I < 10; ++I)
    sink("item-" + std::to_string(I));
  // LSF: :[[@LINE-1]]:10: warning: 'operator+' builds a new string on every iteration of this loop; append the parts to a buffer declared outside the loop and reused [memchecks-loop-string-format]
  return B.Data[0];
}

std::unique_ptr<Point> positiveReturn() { return std::make_unique<Point>(); }
// NH: :[[@LINE-1]]:24: warning: 'positiveReturn' returns a heap-allocated 'Point' (8 bytes) through std::unique_ptr; return 'Point' by value [memchecks-needless-heap]

[[clang::annotate("memchecks::hot")]] int *positiveHot(int N) {
  return new int(N);
  // HOT: :[[@LINE-1]]:10: warning: 'positiveHot' is marked hot but 'new' may allocate here [memchecks-hot-path-alloc]
}

// A lambda is judged by the checks that look at lambdas, and only by them:
// needless-heap does not judge a lambda's returns.
auto PositiveLambda = [](std::vector<Counter> Cs) {
  for (Counter C : Cs)
    C.inc();
  // MOC: :[[@LINE-1]]:7: warning: 'inc' modifies 'C', a copy of the container element; the change is lost [memchecks-mutation-on-copy]
};
auto NegativeLambda = []() { return std::make_unique<Point>(); };

// Nothing to judge for any check.
int negativeNothing(const Big &B) { return B.Data[1]; }

// Instantiations go only to the checks that ask for them (mutation-on-copy,
// for the copies whose type the template leaves dependent); a finding in a
// template is reported once, however many instantiations there are.
struct Tally {
  int N = 0;
  void inc() { ++N; }
};
template <typename T> void positiveInstantiated(std::vector<T> Ts) {
  for (T E : Ts)
    E.inc();
  // MOC: :[[@LINE-1]]:7: warning: 'inc' modifies 'E', a copy of the container element; the change is lost [memchecks-mutation-on-copy]
}
void useInstantiated(std::vector<Counter> Cs, std::vector<Tally> Ts) {
  positiveInstantiated(Cs);
  positiveInstantiated(Ts);
}

// needless-heap judges the locals of lambdas and of local classes, each once.
int positiveLocalsInLambdas() {
  auto L = [] {
    // NH: :[[@LINE+1]]:14: warning: heap allocation of 'Point' (8 bytes) does not escape the lambda; use a local variable [memchecks-needless-heap]
    auto P = std::make_unique<Point>();
    return P->X;
  };
  auto M = [] {
    struct Local {
      int get() {
        // NH: :[[@LINE+1]]:18: warning: heap allocation of 'Point' (8 bytes) does not escape 'get'; use a local variable [memchecks-needless-heap]
        auto Q = std::make_unique<Point>();
        return Q->X;
      }
    };
    return Local().get();
  };
  return L() + M();
}
