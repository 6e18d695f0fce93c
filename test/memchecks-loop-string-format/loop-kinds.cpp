// RUN: %check_memchecks %s memchecks-loop-string-format %t

#include <fmt/format.h>
#include <functional>
#include <string>
#include <vector>

void log(const std::string &s);
bool more();

void positiveWhile() {
  int i = 0;
  while (more())
    log(fmt::format("{}", i++));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
}

void positiveDoWhile() {
  int i = 0;
  do {
    log("item n=" + std::to_string(i++));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
  } while (more());
}

void positiveForEver() {
  for (;;) {
    log(fmt::format("{}", 1));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
    if (!more())
      break;
  }
}

// Each string is reported once, against its innermost loop.
void positiveNested(const std::vector<std::vector<int>> &rows) {
  for (const auto &row : rows) {
    for (int cell : row)
      log(fmt::format("{}", cell));
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
    log(fmt::format("{} cells", row.size()));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
  }
}

// A lambda called in place runs on every iteration.
void positiveLambdaCalledInPlace(const std::vector<int> &items) {
  for (int item : items) {
    [&] { log(fmt::format("{}", item)); }();
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'fmt::format' builds a new string
  }
}

// A loop inside a lambda is a loop like any other.
void positiveLoopInLambda(const std::vector<int> &items) {
  auto f = [&] {
    for (int item : items)
      log(fmt::format("{}", item));
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
  };
  f();
}

// A lambda merely defined in the loop does not run there.
void negativeLambdaDefined(const std::vector<int> &items,
                           std::vector<std::function<void()>> &tasks) {
  for (int item : items) {
    auto task = [item] { log(fmt::format("{}", item)); };
    tasks.push_back(task);
  }
}

// Loops that run at most once.
void negativeRunsOnce(int item) {
  do {
    log(fmt::format("{}", item));
  } while (false);
  for (int i = 0; i < 1; ++i)
    log(fmt::format("{}", i));
  for (int i = 5; i > 4; --i)
    log(fmt::format("{}", i));
  while (0)
    log(fmt::format("{}", item));
  for (int x : {item})
    log(fmt::format("{}", x));
  int one[1] = {item};
  for (int x : one)
    log(fmt::format("{}", x));
}

// Bounds far apart make many trips: their difference does not fit in 64 bits
// and must not wrap around to a trip count of one or less.
void positiveFarApartBounds() {
  for (unsigned long long i = 0; i < 18446744073709551615ULL; ++i)
    log(fmt::format("{}", i));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
  for (long long i = -9000000000000000000LL; i < 9000000000000000000LL; ++i)
    log(fmt::format("{}", i));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
  for (long long i = 9000000000000000000LL; i > -9000000000000000000LL; --i)
    log(fmt::format("{}", i));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
}

// Only the body repeats the work.
void negativeConditionOnly(std::vector<std::string> &names) {
  for (std::string s = fmt::format("{}", 1); s.size() < 10; s += "x")
    names.push_back(s);
}

// Loops are found by walking each function body once; lambdas and local
// classes must be reported exactly once, wherever they are written.
auto positiveNamespaceScopeLambda = [](const std::vector<int> &items) {
  for (int item : items)
    log(fmt::format("{}", item));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'fmt::format' builds a new string
};

struct PositiveMemberLambda {
  std::function<void(const std::vector<int> &)> f =
      [](const std::vector<int> &items) {
        for (int item : items)
          log(fmt::format("{}", item));
        // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'fmt::format' builds a new string
      };
};

void positiveLocalClass(const std::vector<int> &items) {
  struct Local {
    static void run(const std::vector<int> &items) {
      for (int item : items)
        log(fmt::format("{}", item));
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'fmt::format' builds a new string
    }
  };
  Local::run(items);
}

void positiveLambdaInLambda(const std::vector<int> &items) {
  auto outer = [&] {
    auto inner = [&] {
      while (more())
        log(fmt::format("{}", items.size()));
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'fmt::format' builds a new string
    };
    inner();
  };
  outer();
}

// Reported in the generic lambda as written; a use that depends on the
// template parameter (log(format(x)) with x dependent) proves nothing.
void positiveGenericLambda(const std::vector<int> &items) {
  auto each = [](const auto &range) {
    int n = 0;
    for (const auto &x : range) {
      log(fmt::format("{}", ++n));
      // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
      log(fmt::format("{}", x));
    }
  };
  each(items);
}

[[noreturn]] void die();

// A lambda written in a block that ends fatally may run later, many times:
// the error path of its enclosing function says nothing about its loops.
void positiveLambdaInFatalBlock(const std::vector<int> &items,
                                std::function<void()> &out) {
  if (items.empty()) {
    out = [&] {
      while (more())
        log(fmt::format("{}", items.size()));
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'fmt::format' builds a new string
    };
    die();
  }
}

void negativeLoopInFatalBlock(const std::vector<int> &items) {
  if (items.size() > 3) {
    for (int item : items)
      log(fmt::format("{}", item));
    die();
  }
}

// A statement macro whose do-while runs once behind an opaque false, as
// gtest's EXPECT_* macros spell it: not a loop.
bool AlwaysFalse();
bool keepGoing();
void checkMessage(const std::string &);
#define EXPECT_MSG(s) do { checkMessage(s); } while (AlwaysFalse())
void negativeStatementMacro(const std::string &type) {
  EXPECT_MSG("Actual: " + type);
}
// Written out, the same do-while is a loop.
void positiveDoWhileOpaque(const std::string &type) {
  do {
    checkMessage("Actual: " + type);
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'operator+' builds a new string on every iteration of this loop
  } while (keepGoing());
}
