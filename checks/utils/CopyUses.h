//===--- CopyUses.h - memchecks ---------------------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// What one use of a copy does to it: reads it, makes a self-contained
// change that stays in the copy, or lets it escape (an alias, a callee that
// may keep it). Asked by mutation-on-copy for every name of a copy.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_COPYUSES_H
#define MEMCHECKS_UTILS_COPYUSES_H

#include "utils/FunctionContext.h"
#include "utils/MethodEffects.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <functional>
#include <string>

namespace clang::tidy::memchecks::utils {

/// How one use of a copy treats it.
struct CopyUse {
  enum Kind {
    Read,
    Mutation,
    Escape,
    Follow, ///< a reference into the object: its parent is asked next
    Alias,  ///< bound to a local reference, whose uses are the object's
  } K = Escape;
  const Expr *Site = nullptr;     ///< the mutating expression
  std::string What;               ///< `inc`, `++`, `+=`
  const VarDecl *Bound = nullptr; ///< the reference of an Alias use
};

class CopyUses {
public:
  /// \p IsValueType and \p IsHandleType are the user's classification of
  /// classes (see MethodEffects).
  CopyUses(MethodEffects &Effects,
           std::function<bool(const CXXRecordDecl *)> IsValueType,
           std::function<bool(const CXXRecordDecl *)> IsHandleType);

  /// What the use \p Ref of a copy does to it; never Follow.
  CopyUse classify(const DeclRefExpr *Ref, FunctionContext &F);

  /// Whether every use of the local reference \p Alias (bound to a copy or
  /// a part of it), and of references bound from it, only reads; those uses
  /// go to \p Reads.
  bool aliasOnlyReads(const VarDecl &Alias, FunctionContext &F,
                      llvm::SmallVectorImpl<const Stmt *> &Reads,
                      unsigned Depth = 0);

  /// For a copy whose type is only a value shell (see
  /// MethodEffects::isValueShell): whether \p Site, a mutation reached from
  /// \p Ref, changes a value-like part reached through fields of value
  /// shells, never through a pointer or reference member.
  bool mutatesOwnPart(const DeclRefExpr *Ref, const Expr *Site,
                      FunctionContext &F);

private:
  CopyUse classifyMethodCall(const CallExpr *Call, const CXXMethodDecl *M,
                             FunctionContext &F, const Expr *&Cur);
  CopyUse classifyArgument(const Expr *Call, const Expr *Arg,
                           FunctionContext &F);

  MethodEffects &Effects;
  std::function<bool(const CXXRecordDecl *)> IsValueType;
  std::function<bool(const CXXRecordDecl *)> IsHandleType;
};

/// The name a diagnostic gives the change a call makes: the operator's
/// spelling or the function's name.
std::string mutationName(const CallExpr *Call, const FunctionDecl *FD);

/// Whether \p Site is a plain `=` to \p Ref or to a field path of it.
bool isPlainAssignment(const DeclRefExpr *Ref, const Stmt *Site);

/// Whether \p Site, a mutation through \p Ref, replaces all of \p Var
/// without reading it: a plain `=` on a scalar, or a copy or move assignment
/// of the object's own class that replaces every part of it.
bool isWholeOverwrite(const VarDecl &Var, const DeclRefExpr *Ref,
                      const Stmt *Site);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_COPYUSES_H
