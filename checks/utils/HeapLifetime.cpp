//===--- HeapLifetime.cpp - does a heap object die like a local -----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/HeapLifetime.h"
#include "utils/StdLibrary.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::memchecks::utils {

/// Whether turning `T *p = new T; ...; delete p;` (\p DS ... \p Del, both
/// statements of \p Block) into a local of \p Block moves its destruction
/// past other code: the delete is followed by more than a `return` of a
/// local or a constant (the code after it may count on the object, or its
/// memory, being gone), or a local with a destructor is declared between the
/// two and would now be destroyed first.
static bool destructionMoves(const CompoundStmt &Block, const DeclStmt &DS,
                             const CXXDeleteExpr &Del, QualType T) {
  auto At = llvm::find(Block.body(), &Del);
  if (At == Block.body_end())
    return true;
  for (auto It = std::next(At); It != Block.body_end(); ++It) {
    const auto *R = dyn_cast<ReturnStmt>(*It);
    if (!R || std::next(It) != Block.body_end())
      return true;
    const Expr *V = R->getRetValue();
    if (!V)
      continue;
    V = V->IgnoreImplicit()->IgnoreParens();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(V)) {
      const auto *Local = dyn_cast<VarDecl>(Ref->getDecl());
      if (Local && Local->hasLocalStorage())
        continue;
    }
    if (!isa<IntegerLiteral, FloatingLiteral, CharacterLiteral,
             CXXBoolLiteralExpr, CXXNullPtrLiteralExpr>(V))
      return true;
  }
  if (T.isDestructedType() == QualType::DK_none)
    return false;
  for (auto It = llvm::find(Block.body(), &DS); It != At; ++It)
    if (const auto *Later = dyn_cast<DeclStmt>(*It); Later && Later != &DS)
      for (const Decl *D : Later->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D);
            Var && Var->hasLocalStorage() &&
            Var->getType().isDestructedType() != QualType::DK_none)
          return true;
  return false;
}

HeapLifetime heapLifetime(const VarDecl &VD, QualType T, bool Raw,
                          const PointerUses &Uses, FunctionContext &F) {
  const DeclStmt *DS = F.declStmtOf(VD);
  if (!DS)
    return HeapLifetime::Other;
  if (!Raw)
    return Uses.Deletes.empty() ? HeapLifetime::AtBlockEnd
                                : HeapLifetime::Other;
  // Exactly one `delete p;`, a statement of the declaring block, after it:
  // the object lives and dies like a local of that block.
  const auto *Block = dyn_cast_or_null<CompoundStmt>(F.parent(DS));
  if (Uses.Deletes.size() != 1 || !Block)
    return HeapLifetime::Other;
  const CXXDeleteExpr *Del = Uses.Deletes.front();
  const SourceManager &SM = F.astContext().getSourceManager();
  if (F.parent(Del) != Block ||
      !SM.isBeforeInTranslationUnit(DS->getEndLoc(), Del->getBeginLoc()))
    return HeapLifetime::Other;
  if (!destructionMoves(*Block, *DS, *Del, T))
    return HeapLifetime::AtBlockEnd;
  // A destructor that runs where the code says, not at the end of the block:
  // the point of the heap object may be that moment (a guard deleted before
  // the next statement, two guards whose lives overlap without nesting).
  // Only an object whose destruction nobody can observe can move its end
  // safely: nothing to destroy, or only memory (a std string or container).
  if (T.isDestructedType() != QualType::DK_none &&
      !isStdValueType(T->getAsCXXRecordDecl()))
    return HeapLifetime::Other;
  return HeapLifetime::EarlierUnobserved;
}

} // namespace clang::tidy::memchecks::utils
