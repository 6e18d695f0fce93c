// RUN: %check_memchecks %s memchecks-loop-string-format %t
// RUN: %check_memchecks -check-suffix=HOT %s memchecks-loop-string-format %t \
// RUN:   -opt IgnoreColdPaths=false

#include <cstdlib>
#include <fmt/format.h>
#include <stdexcept>
#include <string>
#include <vector>

void log(const std::string &s);
[[noreturn]] void fatal(const std::string &s);

// With IgnoreColdPaths=false these are reported too.
void negativeThrow(const std::vector<int> &items) {
  for (int item : items)
    if (item < 0)
      throw std::runtime_error("bad item " + std::to_string(item));
  // CHECK-MESSAGES-HOT: :[[@LINE-1]]:32: warning: 'operator+' builds a new string
}

void negativeNoReturnCall(const std::vector<int> &items) {
  for (int item : items)
    if (item < 0)
      fatal(fmt::format("bad item {}", item));
  // CHECK-MESSAGES-HOT: :[[@LINE-1]]:13: warning: 'fmt::format' builds a new string
}

void negativeBlockEndingInBreak(const std::vector<int> &items) {
  for (int item : items) {
    if (item == 42) {
      log(fmt::format("found {}", item));
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
      break;
    }
  }
}

bool negativeBlockEndingInReturn(const std::vector<int> &items) {
  for (int item : items) {
    if (item == 42) {
      log("found " + std::to_string(item));
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
      return true;
    }
  }
  return false;
}

void negativeBlockEndingInThrow(const std::vector<int> &items) {
  for (int item : items) {
    if (item < 0) {
      std::string msg = fmt::format("bad item {}", item);
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:25: warning: 'fmt::format' builds a new string
      log(msg);
      throw std::runtime_error("bad item");
    }
  }
}

// The message becomes part of the exception: it is the product, hot or cold.
void negativeMessageThrown(const std::vector<int> &items) {
  for (int item : items) {
    if (item < 0) {
      std::string msg = fmt::format("bad item {}", item);
      log(msg);
      throw std::runtime_error(msg);
    }
  }
}

void negativeBlockEndingInAbort(const std::vector<int> &items) {
  for (int item : items) {
    if (item < 0) {
      log(fmt::format("bad item {}", item));
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
      std::abort();
    }
  }
}

// 'break' inside a switch ends the case, not the loop: still hot.
void positiveBreakInSwitch(const std::vector<int> &items) {
  for (int item : items) {
    switch (item) {
    case 1: {
      log(fmt::format("one {}", item));
      // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
      // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'fmt::format' builds a new string
      break;
    }
    default:
      break;
    }
  }
}

// 'continue' starts the next iteration: hot.
void positiveBlockEndingInContinue(const std::vector<int> &items) {
  for (int item : items) {
    if (item < 0) {
      log(fmt::format("skip {}", item));
      // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
      // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'fmt::format' builds a new string
      continue;
    }
  }
}

struct Status {
  static Status Error(const std::string &msg);
  bool ok() const;
};
bool next(int &item);

// Setting the status the loop condition tests ends the loop: an error path.
void negativeStatusEndsLoop() {
  Status s;
  int item = 0;
  while (next(item) && s.ok()) {
    if (item < 0) {
      s = Status::Error("bad item " + std::to_string(item));
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:25: warning: 'operator+' builds a new string
    }
    if (item > 100)
      s = Status::Error(fmt::format("big item {}", item));
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:25: warning: 'fmt::format' builds a new string
  }
}

// Other assignments are ordinary work.
void positiveStatusOther() {
  Status s, last;
  int item = 0;
  while (next(item) && s.ok()) {
    if (item < 0)
      last = Status::Error("bad item " + std::to_string(item));
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:28: warning: 'operator+' builds a new string
  }
}

// A loop inside a block that ends in a fatal call runs once, on the way out.
void negativeLoopOnFatalPath(const std::vector<std::string> &chain, bool bad) {
  if (bad) {
    std::string cycle;
    for (const auto &c : chain)
      cycle.append(c + " -> ");
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:20: warning: 'operator+' builds a new string
    fatal("cycle: " + cycle);
  }
}

// An exception handler inside the loop runs only after a failure (spdlog's
// SPDLOG_LOGGER_CATCH formats its error message there: a corpus false
// positive, now a negative case).
void negativeCatchHandler(const std::vector<int> &v) {
  for (int x : v) {
    try {
      log("ok");
    } catch (const std::exception &e) {
      log(fmt::format("failed on {}: {}", x, e.what()));
// CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string on every iteration of this loop
    }
  }
}

// The loop's own body ending in an assignment to the condition's variable
// is how every iteration moves on, not an exit (ninja's clparser:
// `while (start < output.size()) { ...; start = end; }`).
void positiveBodyEndsInConditionStep(const std::string &output) {
  size_t start = 0;
  while (start < output.size()) {
    size_t end = output.find('\n', start);
    std::string piece = output.substr(start, end - start);
    log("line: " + piece);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
    start = end;
  }
}

// So is a body that tests a call's result before the step (ninja's
// clparser: `string include = FilterShowIncludes(line, ...); if
// (!include.empty()) {...} start = end;`, seeded recall's shape G).
std::string filter(const std::string &s);
int kept_count;
void positiveTestBeforeConditionStep(const std::string &output, size_t k) {
  size_t start = 0;
  while (start < output.size()) {
    std::string r = filter(output + "_seed");
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:28: warning: 'operator+' builds a new string
    if (!r.empty())
      kept_count = 2;
    start = start + k;
  }
}

// A block inside the body that ends in such an assignment still ends the
// loop: what it builds is built once.
void negativeInnerBlockEndsLoop(const std::string &output) {
  size_t start = 0;
  while (start < output.size()) {
    size_t end = output.find('\n', start);
    if (end == std::string::npos) {
      std::string rest = filter("last line: " + output);
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:33: warning: 'operator+' builds a new string
      if (!rest.empty())
        kept_count = 3;
      start = output.size();
    }
    start = end + 1;
  }
}
