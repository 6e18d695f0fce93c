// RUN: %check_memchecks -std=c++20 %s memchecks-loop-string-format %t
// RUN: %check_memchecks -std=c++20 -check-suffix=HOT %s memchecks-loop-string-format %t \
// RUN:   -opt IgnoreColdPaths=false
// RUN: %check_memchecks -std=c++20 -check-suffix=CUSTOM %s memchecks-loop-string-format %t \
// RUN:   -opt 'ColdFunctions=::complainLoudly'
// RUN: %clang_tidy -load %plugin %s --checks='-*,memchecks-loop-string-format' \
// RUN:   -config="{CheckOptions: [{key: memchecks-loop-string-format.ColdFunctions, value: '(unclosed'}]}" \
// RUN:   -- -std=c++20 -isystem %inputs 2>&1 | FileCheck %s -check-prefix=INVALID
// INVALID: invalid regular expression '(unclosed' in option 'memchecks-loop-string-format.ColdFunctions'
// INVALID-NOT: Stack dump
// RUN: %clang_tidy -load %plugin --checks='-*,memchecks-loop-string-format' --dump-config \
// RUN:   | FileCheck %s -check-prefix=CONFIG
// CONFIG: memchecks-loop-string-format.ColdFunctions
// CONFIG: '(.*::)?[^:]*([Ee]rror|

// A string built only where the loop reports a problem is built on the rare
// iterations that find one, not on every iteration.

#include <fmt/format.h>
#include <string>
#include <vector>

struct Token {
  const std::string &str() const;
  int kind;
};
void log(const std::string &s);
void use(const std::string &s);
bool looksWrong(const Token *t);
void reportWarning(const Token *t, const std::string &msg);
void reportError(const Token *t, const std::string &msg);
void complainLoudly(const std::string &msg);
[[gnu::cold]] void slowPath(const std::string &msg);
[[noreturn]] void die(const std::string &msg);
namespace ui {
struct Canvas {
  void diagnose(const std::string &what);
  void diagonal(const std::string &label);
};
} // namespace ui

// The shape from the issue: a diagnostic under a condition, then `continue`.
void negativeReportThenContinue(const std::vector<Token *> &toks) {
  for (const Token *t : toks) {
    if (looksWrong(t)) {
      reportWarning(t, "'" + t->str() + "' looks wrong");
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:24: warning: 'operator+' builds a new string
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:24: warning: 'operator+' builds a new string
      continue;
    }
    use(t->str());
  }
}

void negativeReportNoBraces(const std::vector<Token *> &toks) {
  for (const Token *t : toks)
    if (looksWrong(t))
      reportWarning(t, fmt::format("'{}' looks wrong", t->str()));
  // CHECK-MESSAGES-HOT: :[[@LINE-1]]:24: warning: 'fmt::format' builds a new string
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:24: warning: 'fmt::format' builds a new string
}

// The message built first and then handed to the reporter: the branch that
// calls a cold function is cold as a whole.
void negativeMessageThenReport(const std::vector<Token *> &toks) {
  for (const Token *t : toks) {
    if (looksWrong(t)) {
      std::string msg = fmt::format("'{}' looks wrong", t->str());
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:25: warning: 'fmt::format' builds a new string
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:25: warning: 'fmt::format' builds a new string
      log(msg);
      reportWarning(t, msg);
    }
  }
}

// A message built first and then only handed to cold calls, whichever
// branch makes them, is built for the report.
void negativeMessageForReportsOnly(const std::vector<Token *> &toks,
                                   bool strict) {
  for (const Token *t : toks) {
    if (t->kind == 3) {
      std::string msg = "'" + t->str() + "' is deprecated";
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:25: warning: 'operator+' builds a new string
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:25: warning: 'operator+' builds a new string
      if (strict)
        reportError(t, msg);
      else
        reportWarning(t, msg);
    }
  }
}

// A loop that only reports: the message is an argument of a cold call.
void negativeReportingLoop(const std::vector<Token *> &bad) {
  for (const Token *t : bad)
    reportWarning(t, "'" + t->str() + "' looks wrong");
  // CHECK-MESSAGES-HOT: :[[@LINE-1]]:22: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:22: warning: 'operator+' builds a new string
}

// Cold by attribute, whatever the callee is called.
void negativeColdAttribute(const std::vector<Token *> &toks) {
  for (const Token *t : toks) {
    if (t->kind < 0)
      slowPath("bad " + t->str());
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:16: warning: 'operator+' builds a new string
    if (t->kind > 100) {
      log("huge " + t->str());
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
      die("huge");
      log("unreachable " + t->str());
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    }
  }
}

// The option replaces the default pattern.
void positiveCustomColdFunctions(const std::vector<Token *> &toks) {
  for (const Token *t : toks)
    if (looksWrong(t))
      complainLoudly("bad " + t->str());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-HOT: :[[@LINE-2]]:22: warning: 'operator+' builds a new string
}

// Branch weights written in the source.
void negativeUnlikely(const std::vector<Token *> &toks) {
  for (const Token *t : toks) {
    if (t->kind < 0) [[unlikely]]
      log("negative " + t->str());
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    if (t->kind >= 0) [[likely]] {
      use(t->str());
    } else {
      log("negative " + t->str());
      // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    }
    if (__builtin_expect(t->kind == 7, 0))
      log("seven " + t->str());
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    if (!__builtin_expect(t->kind != 8, 1))
      log("eight " + t->str());
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
  }
}

// The expected side of a branch weight is hot.
void positiveLikely(const std::vector<Token *> &toks) {
  for (const Token *t : toks) {
    if (t->kind >= 0) [[likely]]
      log("kind " + t->str());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:11: warning: 'operator+' builds a new string
    if (__builtin_expect(t->kind == 3, 1))
      log("three " + t->str());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:11: warning: 'operator+' builds a new string
  }
}

// An ordinary condition is no evidence of a rare branch.
void positiveOrdinaryCondition(const std::vector<Token *> &toks) {
  for (const Token *t : toks)
    if (t->kind == 1)
      log("one " + t->str());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-HOT: :[[@LINE-2]]:11: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:11: warning: 'operator+' builds a new string
}

// A cold call in a nested branch does not make the enclosing code cold.
void positiveColdCallNested(const std::vector<Token *> &toks) {
  for (const Token *t : toks) {
    std::string key = "k" + t->str();
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:23: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:23: warning: 'operator+' builds a new string
    use(key);
    if (looksWrong(t))
      reportWarning(t, key);
  }
}

// The default pattern looks at the function's own name: `diagnose` reports,
// `diagonal` draws.
void negativeDiagnose(const std::vector<Token *> &toks, ui::Canvas &c) {
  for (const Token *t : toks)
    if (looksWrong(t))
      c.diagnose("bad " + t->str());
  // CHECK-MESSAGES-HOT: :[[@LINE-1]]:18: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:18: warning: 'operator+' builds a new string
}

void positiveDiagonal(const std::vector<Token *> &toks, ui::Canvas &c) {
  for (const Token *t : toks) {
    if (t->kind == 2)
      c.diagonal("line " + t->str());
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:18: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:18: warning: 'operator+' builds a new string
  }
}

// A reporter that takes the severity as an argument (cmake's
// `IssueMessage(MessageType::FATAL_ERROR, msg)`): an enumerator named as
// diagnostics makes the call cold, like a cold callee's name.
enum class MessageType { AUTHOR_WARNING, FATAL_ERROR, LOG };
void IssueMessage(MessageType t, const std::string &text);
void negativeSeverityArgument(const std::vector<const Token *> &toks) {
  for (const Token *t : toks) {
    if (looksWrong(t))
      IssueMessage(MessageType::FATAL_ERROR, "bad token: " + t->str());
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:46: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:46: warning: 'operator+' builds a new string
  }
}

// The severity chosen into a local that only ever holds such enumerators
// (cmake's cmInstallCommand: `MessageType messageType = AUTHOR_WARNING; ...
// messageType = FATAL_ERROR; ... IssueMessage(messageType, e.str())`).
void negativeSeverityVariable(const std::vector<const Token *> &toks,
                              bool strict) {
  for (const Token *t : toks) {
    MessageType type = MessageType::AUTHOR_WARNING;
    if (strict)
      type = MessageType::FATAL_ERROR;
    if (looksWrong(t))
      IssueMessage(type, "odd token: " + t->str());
    // CHECK-MESSAGES-HOT: :[[@LINE-1]]:26: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:26: warning: 'operator+' builds a new string
  }
}

// Not when it may also hold an ordinary one, or is passed on to be set.
void setType(MessageType &t);
void positiveSeverityVariableMayLog(const std::vector<const Token *> &toks,
                                    bool quiet) {
  for (const Token *t : toks) {
    MessageType type = MessageType::AUTHOR_WARNING;
    if (quiet)
      type = MessageType::LOG;
    IssueMessage(type, "token noted: " + t->str());
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:24: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:24: warning: 'operator+' builds a new string
    MessageType other = MessageType::FATAL_ERROR;
    setType(other);
    IssueMessage(other, "token passed: " + t->str());
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-HOT: :[[@LINE-2]]:25: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:25: warning: 'operator+' builds a new string
  }
}

void positiveOrdinaryArgument(const std::vector<const Token *> &toks) {
  for (const Token *t : toks)
    IssueMessage(MessageType::LOG, "token seen: " + t->str());
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-HOT: :[[@LINE-2]]:36: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:36: warning: 'operator+' builds a new string
}
