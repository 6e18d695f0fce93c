//===--- KeptParams.cpp - does a callee keep what it is given -------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/KeptParams.h"
#include "utils/ASTHelpers.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/FunctionContext.h"
#include "utils/StdLibrary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::memchecks::utils {

namespace {
/// A value copied from local to local this many times is not followed
/// further (and taken as not kept).
constexpr unsigned MaxLocalHops = 4;

/// Whether \p E, with the copies and conversions that keep its value, is the
/// parameter \p P; used for constructor initializers, outside the body.
bool holdsValueOf(const Expr *E, const ParmVarDecl &P, KeptParams &Kept,
                  ASTContext &Ctx) {
  if (!E)
    return false;
  E = E->IgnoreImplicit()->IgnoreParens();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getDecl() == &P;
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
    return holdsValueOf(Cast->getSubExpr(), P, Kept, Ctx);
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Init : IL->inits())
      if (holdsValueOf(Init, P, Kept, Ctx))
        return true;
    return false;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return isStdMoveOrForwardCall(Call) && Call->getNumArgs() == 1 &&
           holdsValueOf(Call->getArg(0), P, Kept, Ctx);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    const CXXConstructorDecl *Ctor = CE->getConstructor();
    for (unsigned I = 0, N = CE->getNumArgs(); I < N; ++I)
      if (holdsValueOf(CE->getArg(I), P, Kept, Ctx) &&
          (Ctor->isCopyOrMoveConstructor() ||
           (I < Ctor->getNumParams() && Kept.keeps(*Ctor, I, Ctx))))
        return true;
  }
  return false;
}

/// Follows the value of a parameter through one function's body.
class BodyFollower {
public:
  BodyFollower(KeptParams &Kept, FunctionContext &F)
      : Kept(Kept), Def(F.function()), Ctx(F.astContext()), Parents(F) {}

  bool paramKept(const ParmVarDecl &P) {
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&Def))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->isWritten() && holdsValueOf(Init->getInit(), P, Kept, Ctx))
          return true;
    return varKept(P, 0);
  }

private:
  bool varKept(const VarDecl &V, unsigned Hops) {
    if (Hops > MaxLocalHops)
      return false;
    for (const DeclRefExpr *Ref : findRefs(V, *Def.getBody(), Ctx))
      if (valueKept(Ref, Hops))
        return true;
    return false;
  }

  /// Whether storing into \p Target keeps the value past the call: anything
  /// but one of the function's own locals, which is followed instead.
  bool storedInto(const Expr *Target, unsigned Hops) {
    const auto *DRE = dyn_cast<DeclRefExpr>(Target->IgnoreParenImpCasts());
    const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (V && V->hasLocalStorage() && !V->getType()->isReferenceType())
      return varKept(*V, Hops + 1);
    return true;
  }

  /// Whether the value at \p Start (a use of it) ends up kept.
  bool valueKept(const Expr *Start, unsigned Hops) {
    const Stmt *Cur = Start;
    while (const Stmt *P = Parents.parent(Cur)) {
      if (isa<ParenExpr, ImplicitCastExpr, MaterializeTemporaryExpr,
              CXXBindTemporaryExpr, ExprWithCleanups, CXXFunctionalCastExpr,
              InitListExpr>(P)) {
        Cur = P;
        continue;
      }
      // In a template, what a dependent expression does with the value is
      // for each instantiation to say: it may keep it
      // (`by_symbol_.insert(typename Map::value_type(name, value))`).
      if (isa<CXXUnresolvedConstructExpr, ParenListExpr,
              CXXDependentScopeMemberExpr, UnresolvedMemberExpr>(P) ||
          (isa<CallExpr>(P) && cast<CallExpr>(P)->isTypeDependent() &&
           !cast<CallExpr>(P)->getDirectCallee()))
        return true;
      if (isa<DeclStmt>(P)) {
        const VarDecl *V = Parents.initializedVar(Cur);
        return V && (!V->hasLocalStorage() || varKept(*V, Hops + 1));
      }
      if (const auto *CE = dyn_cast<CXXConstructExpr>(P)) {
        // A copy holds the value; so does an object whose constructor
        // keeps it, and a standard value type (`std::pair`, a container,
        // whose bodies are not read) holds copies of what it is made from.
        const CXXConstructorDecl *Ctor = CE->getConstructor();
        const ParmVarDecl *Param =
            paramForArg(CE, argIndexOf(CE, cast<Expr>(Cur)));
        if (!Param || (!Ctor->isCopyOrMoveConstructor() &&
                       !isStdValueType(Ctor->getParent()) &&
                       !Kept.keeps(*Ctor, Param->getFunctionScopeIndex(), Ctx)))
          return false;
        Cur = P;
        continue;
      }
      if (const auto *BO = dyn_cast<BinaryOperator>(P))
        return BO->getOpcode() == BO_Assign && BO->getRHS() == Cur &&
               storedInto(BO->getLHS(), Hops);
      const auto *Call = dyn_cast<CallExpr>(P);
      if (!Call)
        return false;
      const FunctionDecl *FD = Call->getDirectCallee();
      if (!FD)
        return false;
      if (isStdMoveOrForward(FD)) {
        Cur = P;
        continue;
      }
      unsigned I = argIndexOf(Call, cast<Expr>(Cur));
      if (I == Call->getNumArgs())
        return false; // the callee, or the object of a member call
      if (isOperatorObjectArg(Call, I))
        return false; // an operator applied to the value itself
      const Expr *Object = nullptr;
      if (isOperatorObjectArg(Call, 0)) {
        Object = Call->getArg(0);
        if (FD->getOverloadedOperator() == OO_Equal)
          return storedInto(Object, Hops);
      } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
        Object = MC->getImplicitObjectArgument();
      }
      if (Object && isContainerInsertion(FD))
        return storedInto(Object, Hops);
      const ParmVarDecl *Param = paramForArg(Call, I);
      return Param && Kept.keeps(*FD, Param->getFunctionScopeIndex(), Ctx);
    }
    return false;
  }

  KeptParams &Kept;
  const FunctionDecl &Def;
  ASTContext &Ctx;
  FunctionContext &Parents;
};
} // namespace

bool KeptParams::keeps(const FunctionDecl &FD, unsigned Idx, ASTContext &Ctx) {
  const FunctionDecl *Def = nullptr;
  if (!FD.hasBody(Def) || !Def || !Def->getBody() || !isWellFormed(*Def) ||
      Idx >= Def->getNumParams())
    return false;
  // The standard library's bodies are not read: its containers are known
  // by name, and following its internals costs without telling more.
  if (Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return false;
  // In a recursion cycle a call still being analysed counts as not keeping;
  // the memo keeps no answer that rests on that guess.
  return Memo.get({Def, Idx}, [&] {
    return BodyFollower(*this, Contexts.get(*Def, Ctx))
        .paramKept(*Def->getParamDecl(Idx));
  });
}

} // namespace clang::tidy::memchecks::utils
