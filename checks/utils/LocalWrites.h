//===--- LocalWrites.h - does a statement write beyond its locals -*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_LOCALWRITES_H
#define MEMCHECKS_UTILS_LOCALWRITES_H

#include "utils/FunctionSummaries.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"

namespace clang::tidy::memchecks::utils {

/// What a stretch of code may change besides the function's own local
/// values (locals and by-value parameters that are not references or
/// pointers, and their members).
enum class WriteReach {
  LocalsOnly, ///< no write, no call that could write, beyond local values
  Calls,      ///< only that: calls of functions that take nothing writable
              ///< (they could still change globals)
  Anything,   ///< a write through a reference, pointer, `this` or global, a
              ///< non-const member call on one, an argument passed by
              ///< non-const reference or pointer, `new` or `delete`
};

/// The reach of stretches of code, with a memo of which functions can run a
/// callback. One per check, cleared at the end of each translation unit.
class WriteReaches {
public:
  /// The widest reach of any expression under \p S. `const` member calls
  /// and trivial or defaulted copies count as reading, unless they can run a
  /// callback (mayRunCallback).
  WriteReach of(const Stmt *S);

  /// Whether calling \p FD can run code that neither it nor anything it
  /// calls names: a call through a pointer to function or to member loaded
  /// from storage (a callback, `std::function`'s invoker, a handler table;
  /// not a function pointer parameter, whose function its caller named,
  /// as `os << std::hex` does), in its body, its
  /// member initializers, or the visible body of a function or constructor
  /// it calls, transitively. Such code can do anything, including destroy
  /// the object it was reached from (`action.Perform()` of a callback that
  /// deletes its owner). A function without a visible body is not looked
  /// into (as any call, it may change globals: WriteReach::Calls).
  bool mayRunCallback(const FunctionDecl *FD);

  void clear() { Callbacks.clear(); }

private:
  WriteReach reachOf(const Stmt &S);
  bool findsCallback(const Stmt *S);

  /// Assumed for a function whose answer is being computed (recursion).
  FunctionSummaries<const FunctionDecl *, bool> Callbacks{false};
  unsigned Depth = 0;
  /// Past this depth of nested calls the answer is no (a guess).
  static constexpr unsigned MaxDepth = 16;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_LOCALWRITES_H
