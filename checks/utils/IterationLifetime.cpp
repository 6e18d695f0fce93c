//===--- IterationLifetime.cpp - does a value outlive its iteration -------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/IterationLifetime.h"
#include "utils/ASTHelpers.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/StdLibrary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::memchecks::utils {

namespace {
constexpr IterationOutcome Dies{IterationFate::Dies};
constexpr IterationOutcome Outlives{IterationFate::Outlives};

/// The parent statement of \p S; for the initializer of a variable, null
/// with the variable in \p InitializedVar.
const Stmt *parentStmt(const Stmt *S, FunctionContext &F,
                       const VarDecl **InitializedVar = nullptr) {
  const Stmt *P = F.parent(S);
  if (isa_and_nonnull<DeclStmt>(P)) {
    if (InitializedVar)
      *InitializedVar = F.initializedVar(S);
    return nullptr;
  }
  return P;
}
} // namespace

bool IterationLifetime::declaredInBody(const Decl &D) const {
  const SourceManager &SM = F.astContext().getSourceManager();
  SourceRange R = Body.getSourceRange();
  SourceLocation L = SM.getExpansionLoc(D.getLocation());
  return R.isValid() && L.isValid() &&
         !SM.isBeforeInTranslationUnit(L, SM.getExpansionLoc(R.getBegin())) &&
         !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(R.getEnd()), L);
}

IterationOutcome IterationLifetime::fateOf(const Expr &Candidate) {
  ASTContext &Ctx = F.astContext();
  const Stmt *Cur = &Candidate;
  while (true) {
    const VarDecl *Initialized = nullptr;
    const Stmt *P = parentStmt(Cur, F, &Initialized);
    if (!P)
      return Initialized ? fateOfVar(*Initialized) : Outlives;
    if (isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
            CXXBindTemporaryExpr, ExprWithCleanups, ConstantExpr,
            CXXFunctionalCastExpr, InitListExpr, CXXStdInitializerListExpr>(
            P)) {
      Cur = P;
      continue;
    }
    if (const auto *CO = dyn_cast<AbstractConditionalOperator>(P)) {
      if (CO->getCond() == Cur)
        return Outlives;
      Cur = P;
      continue;
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(P)) {
      const CXXConstructorDecl *Ctor = CE->getConstructor();
      if (!Ctor)
        return Outlives;
      if (Ctor->isCopyOrMoveConstructor() || IsString(CE->getType())) {
        Cur = P;
        continue;
      }
      unsigned I = argIndexOf(CE, cast<Expr>(Cur));
      if (I == CE->getNumArgs() || I >= Ctor->getNumParams())
        return Outlives;
      QualType PT = Ctor->getParamDecl(I)->getType();
      if (isByValueString(PT))
        return Outlives;
      // Taken by value or by rvalue reference, the string becomes part of the
      // new object: follow that object instead.
      if (!PT->isReferenceType() || PT->isRValueReferenceType() ||
          Kept.keeps(*Ctor, I, Ctx)) {
        Cur = P;
        continue;
      }
      return Dies;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(P))
      return ME->getBase() == Cur ? Dies : Outlives;
    if (const auto *C = dyn_cast<CallExpr>(P)) {
      const FunctionDecl *FD = C->getDirectCallee();
      if (!FD)
        return Outlives;
      if (isStdMoveOrForward(FD)) {
        Cur = P;
        continue;
      }
      unsigned I = argIndexOf(C, cast<Expr>(Cur));
      if (I == C->getNumArgs())
        return Outlives;
      if (isOperatorObjectArg(C, I))
        return Dies; // an operator applied to the temporary itself
      if (isOperatorObjectArg(C, 0) && FD->getOverloadedOperator() == OO_Equal)
        return fateOfAssignment(*C->getArg(0), Candidate);
      if (isContainerInsertion(FD))
        return Outlives;
      const ParmVarDecl *Param = paramForArg(C, I);
      if (!Param)
        return Outlives;
      QualType PT = Param->getType();
      if (PT->isRValueReferenceType() || isByValueString(PT))
        return Outlives;
      // `setText(const std::string &s) { text = s; }`: kept by the callee.
      if (PT->isReferenceType() &&
          Kept.keeps(*FD, Param->getFunctionScopeIndex(), Ctx))
        return Outlives;
      return Dies;
    }
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(P))
      return Cast->getType()->isVoidType() ? Dies : Outlives;
    if (const auto *BO = dyn_cast<BinaryOperator>(P))
      return BO->getOpcode() == BO_Comma && BO->getLHS() == Cur ? Dies
                                                                : Outlives;
    // A statement of its own: the value is discarded.
    if (isa<CompoundStmt, SwitchCase, LabelStmt, AttributedStmt>(P))
      return Dies;
    if (const auto *If = dyn_cast<IfStmt>(P))
      return If->getCond() != Cur ? Dies : Outlives;
    return Outlives;
  }
}

IterationOutcome IterationLifetime::fateOfAssignment(const Expr &Assigned,
                                                     const Expr &Candidate) {
  const Expr *LHS = Assigned.IgnoreParenImpCasts();
  const ValueDecl *Target = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(LHS))
    Target = DRE->getDecl();
  else if (const auto *ME = dyn_cast<MemberExpr>(LHS);
           ME && isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
    Target = ME->getMemberDecl();
  if (!Target)
    return Outlives;
  // `s = s + a + b`: the leftmost operand of the chain is the target.
  const Expr *Left = &Candidate;
  while (true) {
    Left = Left->IgnoreImplicit()->IgnoreParens();
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(Left);
    if (!Op || Op->getOperator() != OO_Plus || Op->getNumArgs() != 2)
      break;
    Left = Op->getArg(0);
  }
  Left = Left->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Left);
      DRE && DRE->getDecl() == Target)
    return {IterationFate::SelfAppend, LHS};
  if (const auto *ME = dyn_cast<MemberExpr>(Left);
      ME && ME->getMemberDecl() == Target &&
      isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
    return {IterationFate::SelfAppend, LHS};
  // Assigned to something that lives outside the loop: that is the product.
  const auto *VD = dyn_cast<VarDecl>(Target);
  if (!VD || VD->getType()->isReferenceType() || !declaredInBody(*VD))
    return Outlives;
  return fateOfVar(*VD);
}

IterationOutcome IterationLifetime::fateOfVar(const VarDecl &VD) {
  if (!VD.isLocalVarDecl() || !VD.hasLocalStorage() || VD.isInitCapture() ||
      isa<ParmVarDecl>(VD))
    return Outlives;
  for (const DeclRefExpr *Ref : findRefs(VD, Body, F.astContext()))
    if (useEscapes(*Ref))
      return Outlives;
  return Dies;
}

/// Whether a use of a loop-local string may keep its contents beyond the
/// iteration: moved, copied into something, stored, returned, aliased.
bool IterationLifetime::useEscapes(const DeclRefExpr &Ref) {
  const Stmt *Cur = &Ref;
  while (true) {
    const Stmt *P = parentStmt(Cur, F);
    if (!P)
      return true;
    if (isa<ImplicitCastExpr, ParenExpr>(P)) {
      Cur = P;
      continue;
    }
    if (const auto *CO = dyn_cast<AbstractConditionalOperator>(P)) {
      if (CO->getCond() == Cur)
        return false;
      Cur = P;
      continue;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(P)) {
      if (ME->getBase() != Cur)
        return true;
      const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
      if (isa_and_nonnull<CXXConversionDecl>(MD))
        return false; // a view or a pointer into the string
      return !MD || !MD->getIdentifier() || MD->getName() == "swap";
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(P)) {
      // Copied into a new object through a const reference: the copy is what
      // may be kept, so follow the new object.
      const CXXConstructorDecl *Ctor = CE->getConstructor();
      if (!Ctor || Ctor->isCopyOrMoveConstructor() || IsString(CE->getType()))
        return true;
      const ParmVarDecl *Param =
          paramForArg(CE, argIndexOf(CE, cast<Expr>(Cur)));
      if (!Param)
        return true;
      QualType PT = Param->getType();
      if (!PT->isLValueReferenceType() ||
          !PT.getNonReferenceType().isConstQualified())
        return true;
      return fateOf(*CE).Fate != IterationFate::Dies;
    }
    if (const auto *C = dyn_cast<CallExpr>(P)) {
      const FunctionDecl *FD = C->getDirectCallee();
      if (!FD || isStdMoveOrForward(FD))
        return true;
      unsigned I = argIndexOf(C, cast<Expr>(Cur));
      if (I == C->getNumArgs())
        return true;
      // s = ..., s += ..., s[i]: the string itself is changed
      if (isOperatorObjectArg(C, I))
        return false;
      if (isOperatorObjectArg(C, 0) && FD->getOverloadedOperator() == OO_Equal)
        return true; // copied into something else
      const ParmVarDecl *Param = paramForArg(C, I);
      if (isContainerInsertion(FD) || !Param)
        return true;
      QualType PT = Param->getType();
      if (PT->isRValueReferenceType() || isNonConstRef(PT))
        return true;
      return PT->isReferenceType() &&
             Kept.keeps(*FD, Param->getFunctionScopeIndex(), F.astContext());
    }
    return true;
  }
}

bool IterationLifetime::isReturnedOrMoved(const VarDecl &VD) {
  for (const DeclRefExpr *Ref : findRefs(VD, Body, F.astContext())) {
    const Stmt *Cur = Ref;
    while (const Stmt *P = parentStmt(Cur, F)) {
      if (!isa<ImplicitCastExpr, ParenExpr>(P)) {
        if (isa<ReturnStmt>(P))
          return true;
        if (const auto *C = dyn_cast<CallExpr>(P);
            C && isStdMoveOrForward(C->getDirectCallee()))
          return true;
        break;
      }
      Cur = P;
    }
  }
  return false;
}

} // namespace clang::tidy::memchecks::utils
