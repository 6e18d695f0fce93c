//===--- Mutations.h - can this use change the object it names --*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The question clang's ExprMutationAnalyzer answers (is this variable, or
// this one use of it, changed in this statement), answered from a parent
// index of the function or of the statement alone. The analyzer asks
// `hasAncestor` of every use, which builds the parent map of the whole
// translation unit, system headers included: on a large TU that one map
// cost more than every memchecks analysis together.
//
// The shapes it counts as a change are the analyzer's, so that a caller
// decides what it decided with the analyzer: an assignment, `++`/`--`, a
// non-const member function called on it (a static one too; but a std
// value container's element accessor, `v[i]`, `v.at(i)`, `v.front()`,
// `*opt`, names a part of it, judged by what is done with that part), `&` of it
// other than to a pointer to const, an array of it decaying to a pointer
// other than to be subscripted, binding to a non-const reference parameter
// (a function template's forwarding reference: whether the callee changes
// it), to a non-const reference variable or loop variable (whether that one
// is changed), a cast to a non-const reference, a capture by reference,
// returning it as a reference, a range-for over a container that has no
// const `begin`/`end`, `->` of a move-only class handing out a non-const
// pointer, and anything written in dependent code whose meaning depends on
// a template argument. A use in an unevaluated operand (sizeof, noexcept,
// typeid of a non-polymorphic value) changes nothing.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_MUTATIONS_H
#define MEMCHECKS_UTILS_MUTATIONS_H

#include "utils/FunctionContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/Stmt.h"
#include <memory>

namespace clang::tidy::memchecks::utils {

/// Whether \p Use (a reference to a variable, or an lvalue that names one
/// of its parts), written under \p Scope, may change the object, judged by
/// what encloses it up to \p Scope. \p Scope is inside one of \p F's roots.
bool mayMutate(const Expr &Use, const Stmt &Scope, FunctionContext &F);

/// Whether any use of \p Var under \p Scope may change it (mayMutate).
bool isMutatedIn(const VarDecl &Var, const Stmt &Scope, FunctionContext &F);

/// The same questions for a caller that has no FunctionContext: the parents
/// of one statement alone, indexed on the first question.
class ScopeMutations {
public:
  ScopeMutations(const Stmt &Scope, ASTContext &Ctx);
  ~ScopeMutations();
  bool mayMutate(const Expr &Use);
  bool isMutated(const VarDecl &Var);

private:
  const Stmt &Scope;
  ASTContext &Ctx;
  std::unique_ptr<ParentMap> Map;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_MUTATIONS_H
