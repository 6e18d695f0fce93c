// RUN: %check_memchecks %s memchecks-loop-string-format %t
// RUN: %check_memchecks -check-suffix=HOT %s memchecks-loop-string-format %t \
// RUN:   -opt IgnoreColdPaths=false
// RUN: %check_memchecks -check-suffix=NONAMES %s memchecks-loop-string-format %t \
// RUN:   -opt 'ColdFunctions='

// Output that only a user who turns it on ever sees: a logging macro that
// tests the level first, or a branch under a flag the loop never changes.

#include <fmt/format.h>
#include <string>
#include <vector>

void DebugPrint(const char *cat, const std::string &msg);
void Print(const char *cat, const std::string &msg);
void log(const std::string &s);
extern int level_net;
extern int level_ai;

// The common real shape: the string is built only when the category is on.
#define Debug(cat, lvl, ...)                                                   \
  if ((lvl) == 0 || level_##cat >= (lvl))                                      \
  DebugPrint(#cat, fmt::format(__VA_ARGS__))

// The same guard with a callee whose name says nothing.
#define Trace(cat, lvl, ...)                                                   \
  if ((lvl) == 0 || level_##cat >= (lvl))                                      \
  Print(#cat, fmt::format(__VA_ARGS__))

void negativeDebugMacro(const std::vector<int> &peers) {
  for (int p : peers) {
    Debug(net, 2, "peer {} connected", p);
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:5: warning: 'fmt::format' builds a new string
    Trace(ai, 3, "peer {} thinks", p);
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:5: warning: 'fmt::format' builds a new string
  }
}

// A verbosity flag the loop does not change, named as diagnostics by
// ColdFunctions (which names flags as well as callees; empty, it names none).
struct Options {
  bool verbose;
  int level;
};
void negativeVerboseFlag(const std::vector<int> &items, bool verbose,
                         const Options &opts) {
  for (int item : items) {
    if (verbose)
      log(fmt::format("item {}", item));
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-2]]:11: warning: 'fmt::format' builds a new string
    if (opts.verbose && opts.level > 2)
      log("item " + std::to_string(item));
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
  }
}

struct Worker {
  bool debug_ = false;
  void run(const std::vector<int> &items) {
    for (int item : items)
      if (debug_)
        log(fmt::format("item {}", item));
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:13: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-2]]:13: warning: 'fmt::format' builds a new string
  }
};

// A feature switch the loop never changes is on for every iteration or for
// none: when it is on, the string is built on every iteration (flatbuffers'
// idl_gen_python: `if (has_field_name) subprefix += Field(f) + suffix;`).
void positiveFeatureSwitch(const std::vector<int> &items, bool with_names,
                           std::string &out) {
  for (int item : items) {
    if (with_names)
      out += std::to_string(item) + " items, ";
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:14: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:14: warning: 'operator+' builds a new string
  }
}

// A flag the loop writes, or one that depends on the iteration, is ordinary.
void positiveFlagChangedInLoop(const std::vector<int> &items) {
  bool first = true;
  for (int item : items) {
    if (!first)
      log(fmt::format(", {}", item));
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'fmt::format' builds a new string
    first = false;
  }
}

void refresh(bool &flag);
void positiveFlagPassedByReference(const std::vector<int> &items, bool show) {
  for (int item : items) {
    if (show)
      log(fmt::format("shown {}", item));
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'fmt::format' builds a new string
    refresh(show);
  }
}

void positiveFlagOfIteration(const std::vector<int> &items) {
  for (int item : items) {
    bool big = item > 10;
    if (big)
      log(fmt::format("big {}", item));
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'fmt::format' builds a new string
  }
}

// Both branches of a mode switch: one of them runs on every iteration.
void positiveModeSwitch(const std::vector<int> &items, bool hex) {
  for (int item : items) {
    if (hex)
      log(fmt::format("{:x}", item));
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'fmt::format' builds a new string
    else
      log(fmt::format("{}", item));
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'fmt::format' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'fmt::format' builds a new string
  }
}

// An unconditional call, even to a function named for debugging, is only
// cold by its name: with no name pattern it is reported.
void negativeUnconditionalDebugCall(const std::vector<int> &items) {
  for (int item : items)
    DebugPrint("x", fmt::format("{}", item));
  // CHECK-MESSAGES-HOT: :[[@LINE-1]]:21: warning: 'fmt::format' builds a new string
  // CHECK-MESSAGES-NONAMES: :[[@LINE-2]]:21: warning: 'fmt::format' builds a new string
}

// What only debug output fills stays empty otherwise, so a test that it is
// not empty is as cold as the filling (cmake's processIncludeDirectories:
// `if (debugIncludes) usedIncludes += ...;` in an inner loop, then `if
// (!usedIncludes.empty()) IssueMessage(LOG, "Used includes ..." +
// usedIncludes)`).
void negativeFilledOnlyForDebug(
    const std::vector<std::vector<std::string>> &groups, bool debug) {
  for (const auto &g : groups) {
    std::string used;
    for (const std::string &s : g)
      if (debug)
        used += " * " + s + "\n";
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:17: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-2]]:17: warning: 'operator+' builds a new string
    if (!used.empty())
      log(std::string("used for the group:\n") + used);
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    std::vector<std::string> seen;
    if (debug)
      seen.push_back(g.front());
    if (seen.size() > 0 && !g.empty())
      log("seen first in the group: " + g.front());
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    if (used.empty())
      continue;
    else
      log("used again: " + used);
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
  }
}

// Content that ordinary code adds too, a string that starts with content,
// one declared outside the loop (full since an earlier iteration), one that
// a call may fill, one filled on the way out of an inner loop, or the empty
// branch: each runs on ordinary iterations.
void fill(std::string &s);
void positiveFilledAlsoOtherwise(
    const std::vector<std::vector<std::string>> &groups, bool debug) {
  std::string all;
  for (const auto &g : groups) {
    std::string used;
    for (const std::string &s : g) {
      if (debug)
        used += " * " + s + "\n";
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:17: warning: 'operator+' builds a new string
      // CHECK-MESSAGES-NONAMES: :[[@LINE-2]]:17: warning: 'operator+' builds a new string
      if (s.size() > 8)
        used += s;
    }
    if (!used.empty())
      log("used for the group: " + used);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'operator+' builds a new string
    std::string head = "head: ";
    if (debug)
      head += g.front();
    if (!head.empty())
      log(head + " of the group, always");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'operator+' builds a new string
    if (debug)
      all += g.front();
    if (!all.empty())
      log("all so far: " + all);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'operator+' builds a new string
    std::string filled;
    fill(filled);
    if (!filled.empty())
      log("filled by a call: " + filled);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'operator+' builds a new string
    std::string found;
    for (const std::string &s : g)
      if (s.size() > 8) {
        found = s;
        break;
      }
    if (!found.empty())
      log("found in the group: " + found);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'operator+' builds a new string
    std::string none;
    if (debug)
      none += g.front();
    if (none.empty())
      log("nothing for the group: " + g.front());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-NONAMES: :[[@LINE-3]]:11: warning: 'operator+' builds a new string
  }
}
