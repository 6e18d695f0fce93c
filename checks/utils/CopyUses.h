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
  /// A Mutation by a callee whose body is not in the translation unit,
  /// assumed to write what it takes by non-const reference.
  const FunctionDecl *Opaque = nullptr;
};

class CopyUses {
public:
  /// \p IsValueType and \p IsHandleType are the user's classification of
  /// classes (see MethodEffects). With \p OpaqueCalleesWrite, a callee whose
  /// body is not in the TU and that has nowhere to keep the copy (see
  /// opaqueCalleeWrites) writes what it takes by non-const reference.
  CopyUses(MethodEffects &Effects,
           std::function<bool(const CXXRecordDecl *)> IsValueType,
           std::function<bool(const CXXRecordDecl *)> IsHandleType,
           bool OpaqueCalleesWrite);

  /// What the use \p Ref of a copy does to it; never Follow.
  CopyUse classify(const DeclRefExpr *Ref, FunctionContext &F);

  /// Whether \p Call of the non-static member \p M changes the object it is
  /// called on and nothing else: \p M may write it, is self-contained (or of
  /// a known value class), and is given no pointer to non-const and no
  /// non-const lvalue reference through which state could leave.
  bool changesOnlyObject(const CallExpr *Call, const CXXMethodDecl &M);

  /// When \p Ref, a name of the copy \p Var, is inside a lambda nested in
  /// F's body: true, and \p Out is an Escape (captured by reference, or a
  /// structured binding: an alias that may run at any time) or a Read whose
  /// Site is the lambda (captured by copy: read where the lambda is made).
  bool classifyInLambda(const VarDecl &Var, const DeclRefExpr *Ref,
                        FunctionContext &F, CopyUse &Out);

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
  /// Whether \p Callee, not defined in the TU, is taken to write its
  /// parameter \p Index, bound to \p Arg (a part of a copy): the option is
  /// on, the argument is a value, and the callee has no place of its own to
  /// keep the reference or move the value into (its object, another
  /// parameter that can be written).
  bool opaqueCalleeWrites(const FunctionDecl &Callee, unsigned Index,
                          const Expr *Arg);

  MethodEffects &Effects;
  std::function<bool(const CXXRecordDecl *)> IsValueType;
  std::function<bool(const CXXRecordDecl *)> IsHandleType;
  const bool OpaqueCalleesWrite;
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
