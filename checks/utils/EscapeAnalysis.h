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

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "utils/StmtParents.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::memchecks::utils {

/// The closest parent of \p S that is not a paren, an implicit cast, a
/// temporary's wrapper or the implicit copy/move of a returned or
/// pre-C++17 elided value: the node the user wrote around \p S.
const Stmt *spelledParent(const Stmt *S, StmtParents &Parents);

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

/// Whether \p Var, a by-value parameter or local of \p Body, could be replaced
/// by a const reference without changing behaviour inside the body.
OwnCopyReason valueNeedsOwnCopy(const VarDecl &Var, const Stmt &Body,
                                ASTContext &Ctx);

/// The statements that make up \p FD: its body and, for a constructor, the
/// expression of every member and base initializer (`: b_(std::move(b))`).
/// Empty when \p FD has no body.
llvm::SmallVector<const Stmt *, 4> functionRoots(const FunctionDecl &FD);

/// valueNeedsOwnCopy for a parameter \p Param of \p FD, asked of every root
/// of the function (body and constructor initializers). Binding a reference
/// member to the parameter in an initializer keeps its address.
OwnCopyReason paramNeedsOwnCopy(const ParmVarDecl &Param,
                                const FunctionDecl &FD, ASTContext &Ctx);

/// The first `&` applied to a part of \p Var (`&v.m`, `&v.a[i]`) inside
/// \p Root, or null. (The address of \p Var itself is an OwnCopyReason.)
const UnaryOperator *addressOfPartTaken(const VarDecl &Var, const Stmt &Root,
                                        ASTContext &Ctx);

/// The first use of \p Var in \p Body that returns it, moves it or takes its
/// address; None when there is none. Unlike valueNeedsOwnCopy it never asks
/// clang's ExprMutationAnalyzer, whose first question indexes the parents of
/// the whole translation unit (about a second on a large TU).
OwnCopyReason firstEscapingUse(const VarDecl &Var, const Stmt &Body,
                               ASTContext &Ctx);

/// The functions whose address is taken anywhere in the TU (named other than
/// as the callee of a call), computed once per TU and cached by the caller.
llvm::DenseSet<const FunctionDecl *> collectAddressTakenFunctions(ASTContext &Ctx);

/// How a function uses a local pointer or smart pointer \p Var: the uses
/// that only reach the object (`p->m`, `*p`), the ones that end its life
/// (`delete p`) or hand it to the caller (`return p`), and the first use that
/// lets the pointer itself leave (stored, passed on, moved, released,
/// compared, `.get()`, captured by a lambda, ...), which is the escape.
struct PointerUses {
  /// `p->m`: the MemberExpr, whose operator location is the arrow.
  llvm::SmallVector<const MemberExpr *, 8> Arrows;
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

/// Classifies every use of \p Var (a raw pointer or a std::unique_ptr /
/// std::shared_ptr local) inside \p Body. Uses inside a lambda always count
/// as an escape: the closure may outlive the statement that made it.
/// \p Parents indexes the body (its root) that declares \p Var.
PointerUses analyzePointerUses(const VarDecl &Var, StmtParents &Parents,
                               ASTContext &Ctx);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_ESCAPEANALYSIS_H
