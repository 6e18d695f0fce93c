//===--- Expressions.h - small questions about one expression ---*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The vocabulary every analysis shares for the questions it asks of one
// expression and its surroundings: which parameter an argument binds to,
// what the user wrote around a node, whether a value is thrown away. One
// answer each, so that two checks never disagree on them.
//
// clang-tidy's own utils (utils::type_traits, utils::decl_ref_expr, ...)
// answer some of these, but Debian does not install their headers for any
// LLVM major memchecks supports, so a plugin cannot use them.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_EXPRESSIONS_H
#define MEMCHECKS_UTILS_EXPRESSIONS_H

#include "utils/FunctionContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::memchecks::utils {

/// The function a call or construction runs: the direct callee of a
/// CallExpr, the constructor of a CXXConstructExpr; null otherwise.
const FunctionDecl *calleeOf(const Expr *CallOrConstruct);

/// Whether argument \p ArgIndex of \p CallOrConstruct is the object a member
/// operator is called on (`a` in `a += b`, `a[i]`), which is an argument of
/// the CXXOperatorCallExpr but no parameter of the operator.
bool isOperatorObjectArg(const Expr *CallOrConstruct, unsigned ArgIndex);

/// The parameter that argument \p ArgIndex of \p CallOrConstruct (a call or
/// a construction) binds to; null for the object of a member operator, an
/// argument passed through `...`, and a call without a direct callee.
const ParmVarDecl *paramForArg(const Expr *CallOrConstruct, unsigned ArgIndex);

/// The position of \p Arg among the arguments of \p CallOrConstruct; the
/// number of arguments when it is none of them.
unsigned argIndexOf(const Expr *CallOrConstruct, const Expr *Arg);

/// The closest parent of \p S that the user wrote around it, skipping
/// exactly: parens, implicit casts, full-expression wrappers
/// (ExprWithCleanups, ConstantExpr), a temporary's MaterializeTemporaryExpr
/// and CXXBindTemporaryExpr, and the implicit copy or move of a returned or
/// pre-C++17 elided value.
const Stmt *spelledParent(const Stmt *S, FunctionContext &F);

/// Whether the value of \p E is thrown away: no one uses it
/// (ParentMap::isConsumedExpr), once the nodes that only keep a temporary
/// alive are stepped over. A returned value is used.
bool isDiscarded(const Expr *E, FunctionContext &F);

/// `T &` with a non-const T.
bool isNonConstLValueRef(QualType T);

/// `T &` or `T &&` with a non-const T: a reference a callee may write
/// through.
bool isNonConstRef(QualType T);

/// A non-const reference (isNonConstRef) or a pointer to a non-const object
/// (not to a function: code is not written): what a callee, or an object
/// holding it, may write through.
bool canWriteThrough(QualType T);

/// The expression whose value \p E yields, going down past implicit nodes,
/// parentheses, copies and moves of the same object (a copy or move
/// constructor other than a written `T(x)`), and an explicit `std::move`.
const Expr *stripToValue(const Expr *E);

/// \p E without what stands between a value and the object it was copied,
/// moved or materialised from: parens, implicit casts, full-expression
/// wrappers, a temporary's MaterializeTemporaryExpr and CXXBindTemporaryExpr,
/// and any one-argument copy or move construction.
const Expr *ignoreCopies(const Expr *E);

/// The first parent of \p E that is none of: parens, implicit casts,
/// full-expression wrappers, a temporary's MaterializeTemporaryExpr and
/// CXXBindTemporaryExpr (spelledParent's set, but an implicit copy or move is
/// returned: copying an object reads it), with the child of that parent that
/// \p E stands under (\p E or its outermost wrapper). Parent is null at a root.
struct WrappedParent {
  const Stmt *Parent = nullptr;
  const Expr *Child = nullptr;
};
WrappedParent parentPastWrappers(const Expr *E, FunctionContext &F);

/// The lambda \p E is, past parentheses, implicit casts and temporaries and
/// elided constructions (the wrappers a closure passed to a call can have),
/// or null.
const LambdaExpr *lambdaIn(const Expr *E);

/// The lambda that \p Call calls or hands to a std function: `()` of a
/// lambda, or the first lambda argument of a std function; null otherwise.
const LambdaExpr *lambdaCalledBy(const CallExpr &Call);

/// Whether \p Call only calls the lambda it is given while it runs: the lambda
/// itself (`[f] { ... }()`), or a std algorithm (std::thread, std::async and
/// std::function keep theirs, and are not in the list).
bool callsOnlyDuringCall(const CallExpr &Call);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_EXPRESSIONS_H
