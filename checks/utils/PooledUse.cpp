//===--- PooledUse.cpp - what one use does to a pooled object -------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/PooledUse.h"
#include "utils/ASTHelpers.h"
#include "utils/Expressions.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::memchecks::utils {

namespace {

/// The use a parent settles, or none when the walk went up to that parent.
using Verdict = compat::Optional<PooledUse>;

// The walk outwards from one occurrence of the local. E is the expression
// reached so far; Deref: E denotes the object itself; Smart: E is the smart
// pointer.
class Follower {
public:
  Follower(const DeclRefExpr &Ref, PooledHolder Holder,
           const PoolProtocol &Protocol, bool UnknownCallsReset,
           FunctionContext &F)
      : Protocol(Protocol), UnknownCallsReset(UnknownCallsReset), F(F), E(&Ref),
        Deref(Holder == PooledHolder::Reference),
        Smart(Holder == PooledHolder::Smart) {}

  PooledUseAt run();

private:
  Verdict unary(const UnaryOperator &UO);
  Verdict member(const MemberExpr &ME);
  Verdict operatorOnObject(const CXXOperatorCallExpr &OC);
  Verdict call(const Expr &Call);
  PooledUse argument(const Expr &Call) const;
  Verdict binary(const BinaryOperator &BO);
  Verdict other(const Stmt &P);

  const PoolProtocol &Protocol;
  const bool UnknownCallsReset;
  FunctionContext &F;
  const Expr *E;
  bool Deref;
  bool Smart;
  const Expr *NewValue = nullptr;
};

} // namespace

PooledUseAt Follower::run() {
  const Stmt *At = E;
  auto Result = [&](PooledUse K) { return PooledUseAt{K, At, NewValue}; };
  for (unsigned Guard = 0; Guard < 32; ++Guard) {
    WrappedParent WP = parentPastWrappers(E, F);
    E = WP.Child;
    const Stmt *P = WP.Parent;
    if (!P)
      return Result(PooledUse::Neutral);
    At = P;

    Verdict V;
    if (const auto *UO = dyn_cast<UnaryOperator>(P))
      V = unary(*UO);
    else if (const auto *ME = dyn_cast<MemberExpr>(P))
      V = member(*ME);
    else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(P);
             OC && OC->getNumArgs() >= 1 && OC->getArg(0) == E &&
             (Deref || Smart))
      V = operatorOnObject(*OC);
    else if (isa<CallExpr, CXXConstructExpr>(P))
      V = call(*cast<Expr>(P));
    else if (const auto *BO = dyn_cast<BinaryOperator>(P))
      V = binary(*BO);
    else
      V = other(*P);
    if (V)
      return Result(*V);
  }
  return Result(PooledUse::Escape);
}

Verdict Follower::unary(const UnaryOperator &UO) {
  switch (UO.getOpcode()) {
  case UO_Deref:
    if (Deref || Smart)
      return PooledUse::Neutral;
    Deref = true;
    E = &UO;
    return {};
  case UO_AddrOf:
    if (!Deref)
      return PooledUse::Escape;
    Deref = false;
    E = &UO;
    return {};
  case UO_LNot:
    return Deref ? PooledUse::Use : PooledUse::Neutral;
  default:
    return Deref ? PooledUse::Use : PooledUse::Escape;
  }
}

Verdict Follower::member(const MemberExpr &ME) {
  bool OnObject = ME.isArrow() ? (!Deref && !Smart) : Deref;
  if (!OnObject) {
    if (!Smart || ME.isArrow())
      return PooledUse::Neutral;
    // A member of the smart pointer itself.
    const auto *MD = dyn_cast<CXXMethodDecl>(ME.getMemberDecl());
    const Stmt *Call = F.parent(&ME);
    if (MD && MD->getIdentifier() && MD->getName() == "get" && Call &&
        isa<CXXMemberCallExpr>(Call)) {
      Smart = false; // now a raw pointer
      E = cast<Expr>(Call);
      return {};
    }
    if (isa_and_nonnull<CXXConversionDecl>(MD))
      return PooledUse::Neutral; // explicit operator bool
    return PooledUse::Escape;    // reset(), release(), swap()...
  }
  const ValueDecl *Member = ME.getMemberDecl();
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Member)) {
    if (MD->isStatic())
      return PooledUse::Neutral;
    return Protocol.isResetMethod(MD) ? PooledUse::Reset : PooledUse::Use;
  }
  if (isa<FieldDecl>(Member))
    return PooledUse::Use;
  return PooledUse::Neutral;
}

// E is the first operand of an overloaded operator, and the object or the
// smart pointer.
Verdict Follower::operatorOnObject(const CXXOperatorCallExpr &OC) {
  OverloadedOperatorKind Op = OC.getOperator();
  if (Deref) // the object is the left operand: `*b = {}`, `*b << x`
    return Op == OO_Equal ? PooledUse::Reset : PooledUse::Use;
  if (Op == OO_Arrow) {
    Smart = false;
    E = &OC;
    return {};
  }
  if (Op == OO_Star) {
    Smart = false;
    Deref = true;
    E = &OC;
    return {};
  }
  if (Op == OO_Equal) {
    NewValue = OC.getNumArgs() == 2 ? OC.getArg(1) : nullptr;
    return PooledUse::Assigned;
  }
  if (Op == OO_EqualEqual || Op == OO_ExclaimEqual || Op == OO_Exclaim)
    return PooledUse::Neutral;
  return PooledUse::Escape;
}

Verdict Follower::call(const Expr &Call) {
  if (const auto *CE = dyn_cast<CallExpr>(&Call)) {
    if (CE->getCallee() == E)
      return PooledUse::Neutral;
    if (isStdMoveOrForwardCall(CE)) {
      E = CE;
      return {};
    }
  }
  if (const auto *CCE = dyn_cast<CXXConstructExpr>(&Call);
      CCE && Smart && !Deref && CCE->getConstructor() &&
      CCE->getConstructor()->isCopyOrMoveConstructor()) {
    E = CCE; // the smart pointer handed on by value
    return {};
  }
  return argument(Call);
}

// The effect of passing E (the object, a smart pointer or a raw pointer to
// it) as an argument of Call.
PooledUse Follower::argument(const Expr &Call) const {
  const auto *CE = dyn_cast<CallExpr>(&Call);
  if (CE && Protocol.isRelease(CE))
    return PooledUse::Release;
  unsigned ArgIdx = argIndexOf(&Call, E);
  unsigned NumArgs =
      CE ? CE->getNumArgs() : cast<CXXConstructExpr>(&Call)->getNumArgs();
  if (ArgIdx == NumArgs)
    return PooledUse::Neutral;

  PooledUse Unknown =
      UnknownCallsReset ? PooledUse::MaybeReset : PooledUse::Use;
  const ParmVarDecl *Param = paramForArg(&Call, ArgIdx);
  QualType PT = Param ? Param->getType() : QualType();
  if (PT.isNull() || PT->isDependentType())
    return Deref ? Unknown : (Smart ? PooledUse::Escape : Unknown);
  PT = PT.getCanonicalType();

  if (Deref) {
    if (!PT->isReferenceType())
      return PooledUse::Use; // copied
    QualType Pointee = PT.getNonReferenceType();
    if (Pointee.isConstQualified() && !PT->isRValueReferenceType())
      return PooledUse::Use;
    return Unknown;
  }
  if (Smart) {
    if (!PT->isReferenceType() || PT->isRValueReferenceType())
      return PooledUse::Escape; // ownership handed over
    return Unknown;
  }
  // A raw pointer.
  QualType V = PT.getNonReferenceType();
  if (PT->isReferenceType() && !V.isConstQualified())
    return PooledUse::Escape; // the callee may rebind it (std::swap)
  if (V->isBooleanType())
    return PooledUse::Neutral;
  if (V->isPointerType())
    return V->getPointeeType().isConstQualified() ? PooledUse::Use : Unknown;
  return Unknown;
}

Verdict Follower::binary(const BinaryOperator &BO) {
  bool IsLHS = BO.getLHS()->IgnoreParenImpCasts() == E->IgnoreParenImpCasts();
  if (BO.getOpcode() == BO_Assign) {
    if (IsLHS) {
      if (Deref)
        return PooledUse::Reset;
      NewValue = BO.getRHS();
      return PooledUse::Assigned;
    }
    return Deref ? PooledUse::Use : PooledUse::Escape;
  }
  if (BO.isComparisonOp() || BO.isLogicalOp())
    return Deref ? PooledUse::Use : PooledUse::Neutral;
  if (BO.getOpcode() == BO_Comma)
    return IsLHS ? PooledUse::Neutral : PooledUse::Escape;
  return Deref ? PooledUse::Use : PooledUse::Escape;
}

Verdict Follower::other(const Stmt &P) {
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(&P)) {
    if (AS->getBase()->IgnoreParenImpCasts() != E->IgnoreParenImpCasts() ||
        Deref || Smart)
      return PooledUse::Neutral;
    Deref = true;
    E = AS;
    return {};
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(&P)) {
    if (CO->getCond()->IgnoreParenImpCasts() == E->IgnoreParenImpCasts())
      return Deref ? PooledUse::Use : PooledUse::Neutral;
    return PooledUse::Escape;
  }
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(&P)) {
    if (Cast->getType()->isVoidType())
      return PooledUse::Neutral;
    if (Cast->getType()->isBooleanType() && !Deref)
      return PooledUse::Neutral;
    E = Cast;
    return {};
  }
  if (isa<IfStmt, WhileStmt, DoStmt, ForStmt, SwitchStmt>(&P))
    return Deref ? PooledUse::Use : PooledUse::Neutral;
  if (const auto *DS = dyn_cast<DeclStmt>(&P)) {
    // `for (auto &x : *b)` binds the implicit range variable: a read.
    if (DS->isSingleDecl())
      if (const auto *VD = dyn_cast<VarDecl>(DS->getSingleDecl());
          VD && VD->isImplicit() && Deref)
        return PooledUse::Use;
    return PooledUse::Escape;
  }
  if (const auto *IL = dyn_cast<InitListExpr>(&P))
    return Deref && !IL->getType()->isRecordType() ? PooledUse::Use
                                                   : PooledUse::Escape;
  return PooledUse::Escape; // returned, thrown, captured, deleted...
}

PooledUseAt classifyPooledUse(const DeclRefExpr &Ref, PooledHolder Holder,
                              const PoolProtocol &Protocol,
                              bool UnknownCallsReset, FunctionContext &F) {
  return Follower(Ref, Holder, Protocol, UnknownCallsReset, F).run();
}

} // namespace clang::tidy::memchecks::utils
