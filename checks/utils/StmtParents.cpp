//===--- StmtParents.cpp - parents inside one function body ---------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/StmtParents.h"
#include "utils/ASTHelpers.h"

namespace clang::tidy::memchecks::utils {

const ParentMap &StmtParents::map() {
  if (!Map)
    Map = std::make_unique<ParentMap>(const_cast<Stmt *>(&Root));
  return *Map;
}

bool StmtParents::wellFormed() {
  if (WellFormed == Tri::Unknown)
    WellFormed = isWellFormed(&Root) ? Tri::Yes : Tri::No;
  return WellFormed == Tri::Yes;
}

const Stmt &StmtParents::scopeOf(const VarDecl &VD) {
  if (const DeclStmt *DS = declStmtOf(VD))
    if (const Stmt *Holder = parent(DS))
      return *Holder;
  return Root;
}

const Stmt *StmtParents::parent(const Stmt *S) {
  if (!S || S == &Root)
    return nullptr;
  return map().getParent(S);
}

const VarDecl *StmtParents::initializedVar(const Stmt *S) {
  const auto *DS = dyn_cast_or_null<DeclStmt>(parent(S));
  if (!DS)
    return nullptr;
  for (const Decl *D : DS->decls())
    if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit() == S)
      return VD;
  return nullptr;
}

const DeclStmt *StmtParents::declStmtOf(const VarDecl &VD) {
  if (!VD.getInit())
    return nullptr;
  const auto *DS = dyn_cast_or_null<DeclStmt>(parent(VD.getInit()));
  if (!DS)
    return nullptr;
  for (const Decl *D : DS->decls())
    if (D == &VD)
      return DS;
  return nullptr;
}

} // namespace clang::tidy::memchecks::utils
