//===--- ObservedAfter.cpp - is this object observed after a point --------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/ObservedAfter.h"
#include "utils/EscapeAnalysis.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::memchecks::utils {

llvm::SmallVector<const DeclRefExpr *, 8>
findObjectRefs(const VarDecl &Var, const Stmt &Body, ASTContext &Ctx) {
  llvm::SmallVector<const DeclRefExpr *, 8> Refs = findRefs(Var, Body, Ctx);
  if (const auto *DD = dyn_cast<DecompositionDecl>(&Var)) {
    // Bindings are names for sub-objects of the hidden copy. Tuple-like
    // bindings go through holding variables the user never names.
    for (const BindingDecl *B : DD->bindings()) {
      if (const VarDecl *Holding = B->getHoldingVar())
        for (const DeclRefExpr *R : findRefs(*Holding, Body, Ctx))
          Refs.push_back(R);
    }
    llvm::SmallVector<const DeclRefExpr *, 8> BindingRefs;
    struct Walker {
      const DecompositionDecl *DD;
      llvm::SmallVectorImpl<const DeclRefExpr *> &Out;
      void walk(const Stmt *S) {
        if (!S)
          return;
        if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
          if (const auto *B = dyn_cast<BindingDecl>(DRE->getDecl()))
            if (llvm::is_contained(DD->bindings(), B))
              Out.push_back(DRE);
        for (const Stmt *C : S->children())
          walk(C);
      }
    } W{DD, BindingRefs};
    W.walk(&Body);
    Refs.append(BindingRefs.begin(), BindingRefs.end());
  }
  return Refs;
}

static bool containsGoto(const Stmt *S) {
  if (!S)
    return false;
  if (isa<GotoStmt, IndirectGotoStmt>(S))
    return true;
  for (const Stmt *C : S->children())
    if (containsGoto(C))
      return true;
  return false;
}

static bool isLoop(const Stmt *S) {
  return isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S);
}

static const Stmt *loopBody(const Stmt *S) {
  if (const auto *F = dyn_cast<ForStmt>(S))
    return F->getBody();
  if (const auto *W = dyn_cast<WhileStmt>(S))
    return W->getBody();
  if (const auto *D = dyn_cast<DoStmt>(S))
    return D->getBody();
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(S))
    return RF->getBody();
  return nullptr;
}

static bool contains(SourceRange Outer, SourceLocation Loc,
                     const SourceManager &SM) {
  Loc = SM.getExpansionLoc(Loc);
  SourceLocation B = SM.getExpansionLoc(Outer.getBegin());
  SourceLocation E = SM.getExpansionLoc(Outer.getEnd());
  return !SM.isBeforeInTranslationUnit(Loc, B) &&
         !SM.isBeforeInTranslationUnit(E, Loc);
}

bool isObservedAfter(const VarDecl &Var, const Expr &Site,
                     llvm::ArrayRef<const DeclRefExpr *> Refs,
                     const Stmt &Body, const ParentMap &PM,
                     const SourceManager &SM) {
  if (containsGoto(&Body))
    return true;
  SourceRange SiteRange = Site.getSourceRange();
  SourceLocation SiteBegin = SM.getExpansionLoc(SiteRange.getBegin());
  // Inside one macro expansion every use has the same location: their order
  // is unknown, so more than one use there means "maybe observed".
  bool SiteIsOneExpansion =
      SiteRange.getBegin().isMacroID() &&
      SiteBegin == SM.getExpansionLoc(SiteRange.getEnd());
  unsigned InSite = 0;
  llvm::SmallVector<const DeclRefExpr *, 8> Others;
  for (const DeclRefExpr *R : Refs) {
    // Uses inside the mutating expression itself run before the write
    // (`c.set(c.get() + 1)`).
    if (contains(SiteRange, R->getBeginLoc(), SM)) {
      if (SiteIsOneExpansion && ++InSite > 1)
        return true;
      continue;
    }
    if (!SM.isBeforeInTranslationUnit(SM.getExpansionLoc(R->getBeginLoc()),
                                      SiteBegin))
      return true; // later in the text
    Others.push_back(R);
  }
  if (Others.empty())
    return false;
  for (const Stmt *S = PM.getParent(&Site); S && S != &Body;
       S = PM.getParent(S)) {
    if (!isLoop(S))
      continue;
    // A loop whose body declares the object (or a range-for whose element it
    // is) makes a fresh one each time round: neither it nor any loop around
    // it carries the state. A for-init variable lives across iterations.
    if (const auto *RF = dyn_cast<CXXForRangeStmt>(S);
        RF && RF->getLoopVariable() == &Var)
      break;
    if (const Stmt *LoopBody = loopBody(S);
        LoopBody && contains(LoopBody->getSourceRange(), Var.getLocation(), SM))
      break;
    for (const DeclRefExpr *R : Others)
      if (contains(S->getSourceRange(), R->getBeginLoc(), SM))
        return true;
  }
  return false;
}

} // namespace clang::tidy::memchecks::utils
