// RUN: %check_memchecks %s memchecks-loop-string-format %t
// RUN: %check_memchecks -check-suffix=HOT %s memchecks-loop-string-format %t \
// RUN:   -opt IgnoreColdPaths=false

// A branch whose condition compares the loop's own counter with a constant
// runs on one iteration at most (flatbuffers' idl_gen_csharp:
// `if (i == 0) code += name + "[" + idx; else code += ", " + idx;`).

#include <string>
#include <vector>

void log(const std::string &s);

void negativeFirstIteration(const std::vector<std::string> &names) {
  for (size_t i = 0; i < names.size(); ++i) {
    if (i == 0)
      log("first element: " + names[i]);
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    if (!i)
      log("still the first: " + names[i]);
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    if (3 == i)
      log("the fourth element: " + names[i]);
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
  }
  for (int i = 10; i > 0; i -= 2)
    if (i == 4)
      log("the counter at four: " + names[0]);
  // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
}

// The other branch runs on every other iteration.
void positiveElseBranch(const std::vector<std::string> &names) {
  for (size_t i = 0; i < names.size(); ++i) {
    if (i == 0)
      log(names[i]);
    else
      log("another element: " + names[i]);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
  }
}

// Not once: the body moves the counter, the comparison is not equality, the
// variable is not the loop's counter.
void positiveNotOnce(const std::vector<std::string> &names, size_t k) {
  for (size_t i = 0; i < names.size(); ++i) {
    if (i == 0)
      log("reset element: " + names[i]);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    if (names[i].empty())
      i = 0;
  }
  for (size_t i = 0; i < names.size(); ++i)
    if (i >= 1)
      log("later element: " + names[i]);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
  for (size_t i = 0; i < names.size(); ++i)
    if (k == 0)
      log("some element: " + names[i]);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
}

// A one-way flag, declared outside the loop and only ever set inside it,
// lets what it guards run once at most (cmake's cmGeneratorTarget:
// `if (propInitialized) { ...; continue; } report += entry + "..."; ...
// propInitialized = true;`).
void negativeFlagGuardedTail(const std::vector<std::string> &names,
                             std::string &report) {
  bool initialized = false;
  for (const std::string &n : names) {
    if (initialized) {
      report += n;
      continue;
    }
    report += n + " (first, set here)\n";
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:15: warning: 'operator+' builds a new string
    initialized = true;
  }
}

void negativeFlagGuardedBranch(const std::vector<std::string> &names) {
  bool done = false;
  for (const std::string &n : names) {
    if (!done) {
      log("the first name of all: " + n);
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
      done = true;
    }
  }
}

// Not one-way: the loop clears the flag again, the flag is set only on some
// paths, or a `continue` can come before it is set.
void positiveFlagNotOneWay(const std::vector<std::string> &names) {
  bool done = false;
  for (const std::string &n : names) {
    if (!done) {
      log("a name between resets: " + n);
      // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
      // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
      done = true;
    }
    if (n.empty())
      done = false;
  }
  bool seen = false;
  for (const std::string &n : names) {
    if (!seen) {
      log("a name before the first long one: " + n);
      // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
      // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
      if (n.size() > 8)
        seen = true;
    }
  }
  bool started = false;
  for (const std::string &n : names) {
    if (started)
      continue;
    log("a name before any empty one: " + n);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
    if (n.empty())
      continue;
    started = true;
  }
}

// So does a comparison of the counter with a value the loop does not change
// (yaml-cpp's regex_test: `for (int j = ...; ++j) if (j == i) {...}`).
void negativeCounterMeetsFixedValue(const std::vector<std::string> &names,
                                    size_t pick) {
  for (size_t i = 0; i < names.size(); ++i)
    for (size_t j = 0; j < names.size(); ++j)
      if (j == i)
        log("on the diagonal: " + names[j]);
  // CHECK-MESSAGES-HOT: :[[@LINE-1]]:13: warning: 'operator+' builds a new string
  for (size_t i = 0; i < names.size(); ++i)
    if (pick == i)
      log("the picked element: " + names[i]);
  // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
}

// Not when the loop changes the value, or the value is a call's.
void positiveCounterMeetsMovingValue(const std::vector<std::string> &names) {
  size_t next = 0;
  for (size_t i = 0; i < names.size(); ++i)
    if (i == next) {
      log("a chosen element: " + names[i]);
      // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
      // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
      next += 2;
    }
  for (size_t i = 0; i < names.size(); ++i)
    if (i == names[i].size())
      log("an element as long as its index: " + names[i]);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
}
