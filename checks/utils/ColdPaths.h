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
// loop never changes (`if (verbose)`). For one loop (LoopColdPaths), also
// the parts that end the iteration for good; and the loops that run at most
// once, or sit on an error path that does.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_COLDPATHS_H
#define MEMCHECKS_UTILS_COLDPATHS_H

#include "utils/FunctionContext.h"
#include "utils/Options.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

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
    Severities.clear();
    WritesOf = nullptr;
    Writes.clear();
  }

private:
  bool callsColdFunctionDirectly(const Stmt *S);
  bool holdsOnOneIteration(const Expr *Cond, const Stmt &Loop, ASTContext &Ctx);
  /// Whether the local \p V, of an enumeration type, only ever holds
  /// enumerators that ColdFunctions names (a severity of a reporter).
  bool holdsOnlyColdSeverities(const VarDecl &V);
  /// Whether \p Cond reads a variable or field that ColdFunctions names.
  bool readsDiagnosticFlag(const Expr *Cond);

  const NameRegexList &ColdFunctions;
  llvm::DenseMap<const FunctionDecl *, bool> Callees;
  llvm::DenseMap<const VarDecl *, bool> Severities;
  const Stmt *WritesOf = nullptr;
  llvm::DenseSet<const ValueDecl *> Writes;
};

/// Whether \p Loop runs at most once: `do { } while (0)`, `for (i = 0; i < 1;
/// ++i)`, a range of one element, and the statement-macro idiom with an
/// opaque false (`do { } while (AlwaysFalse())`, as gtest spells it).
bool runsAtMostOnce(const Stmt &Loop, ASTContext &Ctx);

/// A loop of a function, and whether it sits in a block that ends by
/// throwing or calling a `[[noreturn]]` function: an error path that runs
/// once, loop and all.
struct LoopSite {
  const Stmt *Loop = nullptr;
  bool OnFatalPath = false;
};

/// Every for, range-for, while and do loop of \p F's body, the bodies of
/// lambdas written there included (a lambda's body is on no fatal path of
/// the block that writes it; its captures' initializers are not looked
/// at), outer loops first. One pass over F's shared walk.
llvm::SmallVector<LoopSite, 8> findLoops(FunctionContext &F);

/// The cold parts of one loop's body, for a walk of the body that looks only
/// at what runs on every iteration. Besides ColdPaths' calls and branches,
/// the parts that end the iteration for good are cold: they run once, usually
/// to report an error. They are `return`, `goto`, `throw`, a `[[noreturn]]`
/// call, a `break` of the loop (not of a switch inside it), and an
/// assignment to a variable the loop condition reads (`status = Error(...)`
/// in `while (status.ok())`); a block ending in one of them; an exception
/// handler. So are the parts a one-way flag lets run once: the branch of
/// `if (!done) { ...; done = true; }`, and what follows `if (done) {
/// ...; continue; }` in a block that then sets `done`.
class LoopColdPaths {
public:
  /// \p Loop is a for, range-for, while or do statement of \p F's function.
  LoopColdPaths(ColdPaths &Cold, const Stmt &Loop, FunctionContext &F);

  const Stmt &loop() const { return Loop; }
  /// The loop's body; null for a statement that is no loop.
  const Stmt *body() const { return Body; }

  /// Whether a walk of the body skips \p S and all under it: a `throw`, a
  /// `return` or `co_return`, a `[[noreturn]]` or cold call, an exception
  /// handler, or a block that ends by leaving the loop. Not the body itself
  /// when it ends in an assignment to the condition's variable
  /// (`start = end;`): that is how every iteration moves on.
  bool skips(const Stmt &S);

  /// Whether \p Branch, the then or else branch of \p If, leaves the loop or
  /// is a cold branch (ColdPaths::isColdBranch).
  bool isColdBranch(const IfStmt &If, const Stmt &Branch);

  /// Whether \p S, inside the body, sits where the walk does not look: the
  /// argument of a cold call, a cold branch, a block that leaves the loop,
  /// an exception handler, a `throw` or a `return`.
  bool onColdPath(const Stmt &S);

  /// Whether \p VD, a local of the body, is used and only on cold paths
  /// (`std::string msg = ...; if (strict) error(msg); else warn(msg);`):
  /// what is built only for cold code is as cold as it is.
  bool onlyUsedOnColdPaths(const VarDecl &VD);

  /// Whether every use of \p VD, a local of the body, either only adds to
  /// it (`e << x;`, `s += x;`, `s.append(x);`) or is on a cold path, and
  /// some use is: a stream or string built only to be reported
  /// (`std::ostringstream e; e << ...; IssueMessage(FATAL_ERROR, e.str());`).
  bool onlyFeedsColdPaths(const VarDecl &VD);

  /// While one lives, the walk is inside a switch of the body: `break` ends
  /// the switch, not the iteration.
  class SwitchScope {
  public:
    explicit SwitchScope(LoopColdPaths &Paths)
        : Paths(Paths), Saved(Paths.BreakLeavesLoop) {
      Paths.BreakLeavesLoop = false;
    }
    ~SwitchScope() { Paths.BreakLeavesLoop = Saved; }
    SwitchScope(const SwitchScope &) = delete;
    SwitchScope &operator=(const SwitchScope &) = delete;

  private:
    LoopColdPaths &Paths;
    bool Saved;
  };

private:
  bool leavesLoop(const Stmt *S) const;
  /// Whether the block \p CS ends by leaving the loop; not the body when it
  /// ends in an assignment to the condition's variable (`start = end;`).
  bool endsByLeaving(const CompoundStmt &CS) const;
  bool assignsConditionVar(const Stmt *S) const;
  /// The local flag \p Cond tests (`F` or `!F`, then \p Negated): declared
  /// outside the loop, which only reads it and sets it to true, so once set
  /// it stays set. Null for any other condition.
  const VarDecl *oneWayFlag(const Expr *Cond, bool &Negated);
  /// Whether \p Stmts, run in order, set \p Flag at their top level before
  /// any of them could go on to the next iteration.
  bool setsFlagBeforeContinuing(llvm::ArrayRef<const Stmt *> Stmts,
                                const VarDecl &Flag) const;
  /// Whether \p V, a std string or container declared empty in the body,
  /// only gets content under cold branches or in cold calls: every other
  /// use reads it. A test that it is not empty is then as cold.
  bool onlyFilledOnColdPaths(const VarDecl &V);
  /// Whether \p S follows, in its block, a guard `if (F) { ...; continue; }`
  /// on a one-way flag that the block then sets: it runs once at most.
  bool runsOnceAfterGuard(const Stmt &S);

  ColdPaths &Cold;
  const Stmt &Loop;
  FunctionContext &F;
  const Stmt *Body = nullptr;
  llvm::DenseSet<const Decl *> CondVars;
  llvm::DenseMap<const VarDecl *, bool> ColdFilled;
  bool BreakLeavesLoop = true;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_COLDPATHS_H
