//===--- ASTHelpers.h - small AST questions shared by checks ----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_ASTHELPERS_H
#define MEMCHECKS_UTILS_ASTHELPERS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::memchecks::utils {

/// Whether \p D is, or sits inside, an implicit template instantiation or
/// specialization. Checks analyse the written template once and skip these,
/// so one source location is reported at most once.
bool isInTemplateInstantiation(const Decl *D);

/// Whether \p FD is `std::move` or `std::forward`.
bool isStdMoveOrForward(const FunctionDecl *FD);

/// Whether \p Call is a one-argument call of `std::move` or `std::forward`.
bool isStdMoveOrForwardCall(const CallExpr *Call);

/// Whether a fix-it may touch \p Loc: a real file location, not in a macro
/// expansion or a system header.
bool isEditableLocation(SourceLocation Loc, const SourceManager &SM);

/// Whether the statements under \p Root form an AST the analyses can walk.
/// Clang keeps some functions whose code failed to compile without marking
/// them invalid: an expression that contains errors, a local whose
/// declaration is invalid, or a lambda whose by-copy capture could not be
/// initialised (a null child, which AST matchers and clang's own analyses
/// dereference). Every shared analysis asks this at its entry and gives its
/// conservative answer when it is false.
bool isWellFormed(const Stmt *Root);

/// Whether a declaration of \p DS is invalid, or a by-copy capture of \p L
/// has no initializer: isBrokenNode's rare cases.
bool hasInvalidDecl(const DeclStmt &DS);
bool hasUninitializedCapture(const LambdaExpr &L);

/// The test isWellFormed makes of each statement, without its children.
/// Inline: every walk of a function asks it of each node, and most nodes are
/// expressions answered by one bit.
inline bool isBrokenNode(const Stmt &S) {
  if (const auto *E = dyn_cast<Expr>(&S)) {
    if (E->containsErrors())
      return true;
    const auto *L = dyn_cast<LambdaExpr>(E);
    return L && hasUninitializedCapture(*L);
  }
  const auto *DS = dyn_cast<DeclStmt>(&S);
  return DS && hasInvalidDecl(*DS);
}

/// Whether \p S contains a label or a `goto`: code under it may run again
/// without a loop statement.
bool hasGotoOrLabel(const Stmt *S);

/// isWellFormed over everything the analyses read of \p FD: its body and,
/// for a constructor, its member initializers.
bool isWellFormed(const FunctionDecl &FD);

/// \p D's name qualified by its enclosing namespaces, classes and functions,
/// as `ns::Class::member`: without template arguments, parameter lists or
/// inline namespaces, so its length is that of the names the user wrote
/// (clang's getQualifiedNameAsString spells every template argument, which
/// grows exponentially with nested specializations). Anonymous namespaces
/// read `(anonymous namespace)`, unnamed classes and lambdas `(anonymous)`.
std::string qualifiedName(const NamedDecl *D);

/// Whether \p A and \p B are the same type once sugar and qualifiers are
/// dropped; false when either is null.
bool isSameUnqualifiedType(QualType A, QualType B);

/// The type arguments of \p RD when it is a class template specialization,
/// packs flattened (`std::tuple<A, B>` gives A and B); empty otherwise.
llvm::SmallVector<QualType, 4> typeArguments(const CXXRecordDecl &RD);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_ASTHELPERS_H
