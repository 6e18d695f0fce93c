//===--- StmtParents.h - parents inside one function body -------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// ASTContext::getParents indexes the whole translation unit, system headers
// and all, the first time anything asks it; on a large TU that costs more
// than every memchecks analysis together (and it is paid again for each
// clangd rebuild). The analyses only ever ask about statements of the one
// body they look at, so they index just that body, and only once a question
// comes up.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_STMTPARENTS_H
#define MEMCHECKS_UTILS_STMTPARENTS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/Stmt.h"
#include <memory>

namespace clang::tidy::memchecks::utils {

/// The parents of the statements below one root (a function body), as
/// written with every implicit node kept.
class StmtParents {
public:
  explicit StmtParents(const Stmt &Root) : Root(Root) {}

  const Stmt &root() const { return Root; }

  /// The parent of \p S; null for the root and for statements outside it.
  const Stmt *parent(const Stmt *S);

  /// The variable \p S initialises, when \p S is the whole initializer of a
  /// variable declared by a DeclStmt (`T v = S;`).
  const VarDecl *initializedVar(const Stmt *S);

  /// The DeclStmt that declares \p VD (a local with an initializer).
  const DeclStmt *declStmtOf(const VarDecl &VD);

  /// The statement a local is visible in: the one holding its DeclStmt (a
  /// block, or the `if`/`for` that declares it); the root when unknown. A
  /// local's uses are all inside it, so searches for them can stop there.
  const Stmt &scopeOf(const VarDecl &VD);

  /// The whole index, for clang APIs that take a ParentMap.
  const ParentMap &map();

  /// utils::isWellFormed of the root, asked once.
  bool wellFormed();

private:
  const Stmt &Root;
  std::unique_ptr<ParentMap> Map; // built on the first question
  enum class Tri { Unknown, No, Yes } WellFormed = Tri::Unknown;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_STMTPARENTS_H
