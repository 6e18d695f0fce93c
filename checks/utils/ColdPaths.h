//===--- ColdPaths.h - code that runs only on rare iterations ---*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Which parts of a loop body do not run on every iteration in a way that
// matters: calls that report an error or print debug output, branches the
// source marks as unlikely, branches that call such functions, guards that a
// logging macro puts in front of its message, and branches under a flag the
// loop never changes (`if (verbose)`).
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_COLDPATHS_H
#define MEMCHECKS_UTILS_COLDPATHS_H

#include "utils/Options.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::memchecks::utils {

/// The default of a check's `ColdFunctions` option: functions whose own name
/// (not their class or namespace) says they report a problem or print
/// debug output.
extern const char DefaultColdFunctions[];

/// Whether \p S is a call of a `[[noreturn]]` function.
bool isNoReturnCall(const Stmt *S);

/// Whether \p S ends its block for good: `throw` or a `[[noreturn]]` call.
bool endsFatally(const Stmt *S);

class ColdPaths {
public:
  /// \p ColdFunctions names the functions that are only called when
  /// something went wrong or someone asked for diagnostics.
  explicit ColdPaths(const NameRegexList &ColdFunctions)
      : ColdFunctions(ColdFunctions) {}

  /// `[[gnu::cold]]`, `[[noreturn]]`, or named by ColdFunctions.
  bool isColdCallee(const FunctionDecl *FD);

  /// Whether \p S is a call of a cold callee.
  bool isColdCall(const Stmt *S);

  /// Whether \p Branch, the then or else branch of \p If inside \p Loop, runs
  /// rarely: the source says so (`[[unlikely]]`, `[[likely]]` on the other
  /// branch, `__builtin_expect`), the `if` is written in a macro definition
  /// (the guard of a logging macro), the branch itself calls a cold function,
  /// or it is a lone then-branch under a condition that reads only flags
  /// \p Loop neither declares nor writes, one of them named as diagnostics
  /// (`verbose`, `debug_`: matched by ColdFunctions, like callees).
  bool isColdBranch(const IfStmt &If, const Stmt &Branch, const Stmt &Loop,
                    ASTContext &Ctx);

  /// Whether \p Cond reads nothing but constants and variables or fields
  /// that \p Loop does not declare and does not visibly write (assign,
  /// increment, take the address of, pass by non-const reference, call a
  /// non-const member on), and calls nothing: its value is the same on every
  /// iteration. The loop's writes are collected once per loop.
  bool isLoopInvariant(const Expr *Cond, const Stmt &Loop, ASTContext &Ctx);

  void clear() {
    Callees.clear();
    WritesOf = nullptr;
    Writes.clear();
  }

private:
  bool callsColdFunctionDirectly(const Stmt *S);
  /// Whether \p Cond reads a variable or field that ColdFunctions names.
  bool readsDiagnosticFlag(const Expr *Cond);

  const NameRegexList &ColdFunctions;
  llvm::DenseMap<const FunctionDecl *, bool> Callees;
  const Stmt *WritesOf = nullptr;
  llvm::DenseSet<const ValueDecl *> Writes;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_COLDPATHS_H
