//===--- Expressions.cpp - small questions about one expression -----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/Expressions.h"
#include "utils/Compat.h"
#include "utils/StdLibrary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::memchecks::utils {

const FunctionDecl *calleeOf(const Expr *CallOrConstruct) {
  if (const auto *Call = dyn_cast_or_null<CallExpr>(CallOrConstruct))
    return Call->getDirectCallee();
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(CallOrConstruct))
    return CE->getConstructor();
  return nullptr;
}

bool isOperatorObjectArg(const Expr *CallOrConstruct, unsigned ArgIndex) {
  const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(CallOrConstruct);
  const auto *M =
      Op ? dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee()) : nullptr;
  // The object of a member operator (a static one too) is argument 0; only
  // an explicit object parameter (`this Self &`) is a parameter.
  return ArgIndex == 0 && M && Op->getNumArgs() > 0 &&
         !compat::isExplicitObjectMemberFunction(M);
}

static unsigned argCount(const Expr *CallOrConstruct) {
  if (const auto *Call = dyn_cast<CallExpr>(CallOrConstruct))
    return Call->getNumArgs();
  return cast<CXXConstructExpr>(CallOrConstruct)->getNumArgs();
}

const ParmVarDecl *paramForArg(const Expr *CallOrConstruct, unsigned ArgIndex) {
  const FunctionDecl *Callee = calleeOf(CallOrConstruct);
  if (!Callee || ArgIndex >= argCount(CallOrConstruct))
    return nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(CallOrConstruct)) {
    if (isOperatorObjectArg(Op, ArgIndex))
      return nullptr;
    if (isOperatorObjectArg(Op, 0))
      --ArgIndex;
  }
  if (ArgIndex >= Callee->getNumParams())
    return nullptr;
  return Callee->getParamDecl(ArgIndex);
}

unsigned argIndexOf(const Expr *CallOrConstruct, const Expr *Arg) {
  llvm::ArrayRef<const Expr *> Args;
  if (const auto *Call = dyn_cast_or_null<CallExpr>(CallOrConstruct))
    Args = llvm::ArrayRef<const Expr *>(Call->getArgs(), Call->getNumArgs());
  else if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(CallOrConstruct))
    Args = llvm::ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs());
  unsigned I = 0;
  while (I < Args.size() && Args[I] != Arg)
    ++I;
  return I;
}

const Stmt *spelledParent(const Stmt *S, FunctionContext &F) {
  const Stmt *Cur = S;
  while (true) {
    const Stmt *P = F.parent(Cur);
    if (!P)
      return nullptr;
    if (isa<ParenExpr, ImplicitCastExpr, MaterializeTemporaryExpr,
            CXXBindTemporaryExpr, FullExpr>(P)) {
      Cur = P;
      continue;
    }
    // The implicit move of `return p;` (and the elidable copy before C++17).
    if (const auto *CE = dyn_cast<CXXConstructExpr>(P);
        CE && !isa<CXXTemporaryObjectExpr>(CE) && CE->getNumArgs() == 1 &&
        CE->getParenOrBraceRange().isInvalid() &&
        CE->getConstructor()->isCopyOrMoveConstructor()) {
      Cur = P;
      continue;
    }
    return P;
  }
}

bool isDiscarded(const Expr *E, FunctionContext &F) {
  // isConsumedExpr takes a temporary's wrappers for consumers.
  const Expr *Top = E;
  while (const auto *P = dyn_cast_or_null<Expr>(F.parent(Top))) {
    if (!isa<ParenExpr, FullExpr, MaterializeTemporaryExpr,
             CXXBindTemporaryExpr>(P))
      break;
    Top = P;
  }
  const Stmt *P = F.parent(Top);
  if (!P || isa<CoreturnStmt>(P))
    return false;
  return !F.parentMap().isConsumedExpr(const_cast<Expr *>(Top));
}

bool isNonConstLValueRef(QualType T) {
  return !T.isNull() && T->isLValueReferenceType() &&
         !T.getNonReferenceType().isConstQualified();
}

bool isNonConstRef(QualType T) {
  return !T.isNull() && T->isReferenceType() &&
         !T.getNonReferenceType().isConstQualified();
}

bool canWriteThrough(QualType T) {
  if (isNonConstRef(T))
    return true;
  const auto *Ptr = T.isNull() ? nullptr : T->getAs<PointerType>();
  return Ptr && !Ptr->getPointeeType().isConstQualified() &&
         !Ptr->getPointeeType()->isFunctionType();
}

const Expr *stripToValue(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *CE = dyn_cast<CXXConstructExpr>(Next);
        CE && !isa<CXXTemporaryObjectExpr>(CE) && CE->getNumArgs() == 1 &&
        CE->getConstructor()->isCopyOrMoveConstructor())
      Next = CE->getArg(0);
    else if (const auto *Call = dyn_cast<CallExpr>(Next);
             Call && Call->getNumArgs() == 1 && Call->getDirectCallee() &&
             Call->getDirectCallee()->getIdentifier() &&
             Call->getDirectCallee()->getName() == "move" &&
             Call->getDirectCallee()->isInStdNamespace())
      Next = Call->getArg(0);
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

const Expr *ignoreCopies(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(Next))
      Next = EWC->getSubExpr();
    else if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = MTE->getSubExpr();
    else if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = BTE->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(Next);
             CE && CE->getNumArgs() == 1 && CE->getConstructor() &&
             CE->getConstructor()->isCopyOrMoveConstructor())
      Next = CE->getArg(0);
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

WrappedParent parentPastWrappers(const Expr *E, FunctionContext &F) {
  const Stmt *P = F.parent(E);
  while (P && isa<ParenExpr, ImplicitCastExpr, FullExpr,
                  MaterializeTemporaryExpr, CXXBindTemporaryExpr>(P)) {
    E = cast<Expr>(P);
    P = F.parent(E);
  }
  return {P, E};
}

const LambdaExpr *lambdaIn(const Expr *E) {
  while (E && !isa<LambdaExpr>(E)) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (Next == E)
      Next = E->IgnoreUnlessSpelledInSource();
    if (Next == E)
      Next = E->IgnoreImplicit();
    if (Next == E)
      return nullptr;
    E = Next;
  }
  return cast_or_null<LambdaExpr>(E);
}

const LambdaExpr *lambdaCalledBy(const CallExpr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
      Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
    if (const LambdaExpr *L = lambdaIn(Op->getArg(0)))
      return L;
  const auto *Callee = dyn_cast_or_null<FunctionDecl>(Call.getCalleeDecl());
  if (!Callee || !Callee->isInStdNamespace())
    return nullptr;
  for (const Expr *Arg : Call.arguments())
    if (const LambdaExpr *L = lambdaIn(Arg))
      return L;
  return nullptr;
}

bool callsOnlyDuringCall(const CallExpr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    return Op->getOperator() == OO_Call;
  const FunctionDecl *FD = Call.getDirectCallee();
  return FD && isStdAlgorithm(*FD);
}

} // namespace clang::tidy::memchecks::utils
