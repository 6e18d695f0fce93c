//===--- EscapeAnalysis.h - does a value or pointer leave -------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Questions about how a function uses one of its variables, asked by several
// checks: does a parameter need its own copy, does a pointer leave the
// function, which functions have their address taken in the TU.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_ESCAPEANALYSIS_H
#define MEMCHECKS_UTILS_ESCAPEANALYSIS_H

#include "utils/FunctionContext.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::memchecks::utils {

/// Every DeclRefExpr naming \p Var inside \p Body, in source order.
llvm::SmallVector<const DeclRefExpr *, 8> findRefs(const VarDecl &Var,
                                                    const Stmt &Body,
                                                    ASTContext &Ctx);

/// Why a by-value variable needs to be its own object, if it does.
enum class OwnCopyReason {
  None,         ///< only read: a const reference would do
  Mutated,      ///< written, or a non-const member called on it
  Moved,        ///< moved from (std::move / std::forward / cast to T&&)
  Returned,     ///< returned (possibly as part of a larger expression)
  AddressTaken, ///< its address or a non-const reference leaves the body
};

/// Whether \p Var, a by-value parameter or local of \p F, could be replaced
/// by a const reference without changing behaviour inside \p Scope (a
/// statement of \p F that holds every use that matters).
OwnCopyReason valueNeedsOwnCopy(const VarDecl &Var, const Stmt &Scope,
                                FunctionContext &F);

/// valueNeedsOwnCopy for a parameter \p Param of \p F's function, asked of
/// every root of the function (body and constructor initializers). Binding
/// a reference member to the parameter in an initializer keeps its address.
OwnCopyReason paramNeedsOwnCopy(const ParmVarDecl &Param, FunctionContext &F);

/// The first `&` applied to a part of \p Var (`&v.m`, `&v.a[i]`) in any root
/// of \p F, or null. (The address of \p Var itself is an OwnCopyReason.)
const UnaryOperator *addressOfPartTaken(const VarDecl &Var, FunctionContext &F);

/// The first use, in any root of \p F, that hands a pointer to \p Var or a
/// non-const reference to it to another object to keep: an argument of a
/// constructor taking a non-const pointer or reference (`Editor e{&v}`,
/// `Editor e(v)`), an aggregate's pointer or reference member
/// (`Cursor c = {&v}`), or a member assigned (`e.target = &v`). That
/// object's member calls can then change \p Var where no use of it is
/// spelled. Null when there is none.
const Expr *addressKeptByObject(const VarDecl &Var, FunctionContext &F);

/// The functions whose address is taken anywhere in the TU (named other than
/// as the callee of a call), computed once per TU and cached by the caller.
llvm::DenseSet<const FunctionDecl *> collectAddressTakenFunctions(ASTContext &Ctx);

/// How a function uses a local pointer or smart pointer \p Var: the uses
/// that only reach the object (`p->m`, `*p`), the ones that end its life
/// (`delete p`) or hand it to the caller (`return p`), and the first use that
/// lets the pointer itself leave (stored, passed on, moved, released,
/// compared, `.get()`, captured by a lambda, ...), which is the escape.
struct PointerUses {
  /// `p->m`: the member expression (a MemberExpr, or in a template a
  /// CXXDependentScopeMemberExpr or UnresolvedMemberExpr, as for
  /// `p->get<T>()`); arrowLoc gives its arrow.
  llvm::SmallVector<const Expr *, 8> Arrows;
  /// `*p`: the whole dereference expression.
  llvm::SmallVector<const Expr *, 4> Stars;
  /// `delete p` (raw pointers only, never `delete[]`).
  llvm::SmallVector<const CXXDeleteExpr *, 2> Deletes;
  /// `return p;` or `return std::move(p);`.
  llvm::SmallVector<const ReturnStmt *, 2> Returns;
  /// The first use of any other kind, or null when there is none; the
  /// variable's initializer when the function is not well formed.
  const Expr *Escape = nullptr;
};

/// The `->` of a member expression PointerUses::Arrows holds.
SourceLocation arrowLoc(const Expr *Member);

/// Classifies every use of \p Var (a raw pointer or a std::unique_ptr /
/// std::shared_ptr local) inside \p Body. Uses inside a lambda always count
/// as an escape: the closure may outlive the statement that made it.
/// \p F is the function that declares \p Var.
PointerUses analyzePointerUses(const VarDecl &Var, FunctionContext &F);

/// When the only use of \p Var in \p F (body and constructor initializers)
/// is as the source of one copy construction, run at most once per call
/// (not in a loop, not in a lambda): that construction, as in
/// `Namer(Config c) : config_(c) {}` or `D(Big b) : B(b) {}`. Moving \p Var
/// there instead would save the copy. Null otherwise.
const CXXConstructExpr *soleCopyOf(const VarDecl &Var, FunctionContext &F);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_ESCAPEANALYSIS_H
