//===--- LocalWrites.cpp - does a statement write beyond its locals -------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/LocalWrites.h"
#include "utils/CopyAnalysis.h"
#include "utils/Expressions.h"
#include "utils/StdLibrary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>

namespace clang::tidy::memchecks::utils {

/// A local value: written, it changes nothing the caller or a global sees.
/// A local pointer is one when \p PointerItself: assigned or incremented,
/// the pointer changes, not what it points at (`*p` and `p->x` have no
/// root); as the object of a call or an argument it stands for its pointee.
static bool isLocalValue(const Expr *LValue, bool PointerItself = false) {
  bool ThisRooted = false;
  const VarDecl *Root = rootVariable(LValue, ThisRooted);
  return Root && Root->hasLocalStorage() &&
         !Root->getType()->isReferenceType() &&
         (PointerItself || !Root->getType()->isPointerType());
}

/// A temporary materialised for a reference parameter (`v.push_back(f())`,
/// `"." + name()` binding `std::string &&`): what the callee writes through
/// that reference lands in the temporary, which nothing else can see.
static bool isTemporary(const Expr *E) {
  while (true) {
    E = E->IgnoreParens();
    if (isa<MaterializeTemporaryExpr>(E))
      return true;
    const auto *Cast = dyn_cast<ImplicitCastExpr>(E);
    if (!Cast || Cast->getCastKind() != CK_NoOp)
      return false;
    E = Cast->getSubExpr();
  }
}

WriteReach WriteReaches::reachOf(const Stmt &S) {
  if (const auto *B = dyn_cast<BinaryOperator>(&S)) {
    if (B->isAssignmentOp())
      return isLocalValue(B->getLHS(), /*PointerItself=*/true)
                 ? WriteReach::LocalsOnly
                 : WriteReach::Anything;
    return WriteReach::LocalsOnly;
  }
  if (const auto *U = dyn_cast<UnaryOperator>(&S)) {
    if (U->isIncrementDecrementOp())
      return isLocalValue(U->getSubExpr(), /*PointerItself=*/true)
                 ? WriteReach::LocalsOnly
                 : WriteReach::Anything;
    return WriteReach::LocalsOnly;
  }
  if (isa<CXXNewExpr, CXXDeleteExpr, CXXThrowExpr>(&S))
    return WriteReach::Anything;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&S)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (!Ctor || Ctor->isTrivial())
      return WriteReach::LocalsOnly;
    for (unsigned I = 0, E = Construct->getNumArgs(); I < E; ++I)
      if (I < Ctor->getNumParams() &&
          canWriteThrough(Ctor->getParamDecl(I)->getType()) &&
          !isTemporary(Construct->getArg(I)))
        return WriteReach::Anything;
    if (mayRunCallback(Ctor))
      return WriteReach::Anything;
    return Ctor->isCopyOrMoveConstructor() && Ctor->isDefaulted()
               ? WriteReach::LocalsOnly
               : WriteReach::Calls;
  }
  const auto *Call = dyn_cast<CallExpr>(&S);
  if (!Call)
    return WriteReach::LocalsOnly;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return WriteReach::Anything; // through a pointer: anything
  if (Callee->getBuiltinID() != 0)
    return WriteReach::Calls;
  if (mayRunCallback(Callee))
    return WriteReach::Anything; // a callback can do anything
  // The object of a member call (or an operator's first operand).
  const Expr *Object = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Object = Member->getImplicitObjectArgument();
  else if (isOperatorObjectArg(Call, 0))
    Object = Call->getArg(0);
  // `v[i]`, `v.at(i)` of a std container write nothing (as their const
  // twins, which read): a write through what they return is judged where
  // it is.
  if (const auto *M = dyn_cast<CXXMethodDecl>(Callee);
      M && Object && isStdElementAccessor(*M))
    return WriteReach::LocalsOnly;
  if (const auto *M = dyn_cast<CXXMethodDecl>(Callee);
      M && Object && !M->isConst() && !M->isStatic() && !isLocalValue(Object))
    return WriteReach::Anything;
  for (unsigned I = 0, E = Call->getNumArgs(); I < E; ++I) {
    if (isOperatorObjectArg(Call, I))
      continue;
    const ParmVarDecl *P = paramForArg(Call, I);
    if (!P)
      break; // varargs are by value
    if (canWriteThrough(P->getType()) && !isLocalValue(Call->getArg(I)) &&
        !isTemporary(Call->getArg(I)))
      return WriteReach::Anything;
  }
  if (const auto *M = dyn_cast<CXXMethodDecl>(Callee); M && M->isConst() && Object)
    return WriteReach::LocalsOnly; // a const member of a value reads it
  return WriteReach::Calls;
}

WriteReach WriteReaches::of(const Stmt *Root) {
  WriteReach Widest = WriteReach::LocalsOnly;
  if (!Root)
    return Widest;
  llvm::SmallVector<const Stmt *, 32> Work{Root};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    Widest = std::max(Widest, reachOf(*S));
    if (Widest == WriteReach::Anything)
      return Widest;
    for (const Stmt *Child : S->children())
      if (Child)
        Work.push_back(Child);
  }
  return Widest;
}

/// `pf(x)` or `(*pf)(x)` of a parameter `pf`: the function its caller named
/// (`os << std::hex` runs the manipulator it passed), not one kept in
/// storage to be called back later.
static bool isParameter(const Expr *Callee) {
  const Expr *E = Callee->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E);
      U && U->getOpcode() == UO_Deref)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  return Ref && isa<ParmVarDecl>(Ref->getDecl());
}

bool WriteReaches::findsCallback(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    const Expr *Callee = Call->getCallee();
    if (const FunctionDecl *FD = Call->getDirectCallee()) {
      if (FD->getBuiltinID() == 0 && mayRunCallback(FD))
        return true;
    } else if (Callee && !Callee->isTypeDependent() &&
               !isa<CXXPseudoDestructorExpr>(Callee->IgnoreParens()) &&
               !isParameter(Callee)) {
      return true; // through a pointer to function or to member
    }
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (Ctor && !Ctor->isTrivial() && mayRunCallback(Ctor))
      return true;
  }
  for (const Stmt *Child : S->children())
    if (findsCallback(Child))
      return true;
  return false;
}

bool WriteReaches::mayRunCallback(const FunctionDecl *FD) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def || Def->isDependentContext())
    return false;
  return Callbacks.get(Def->getCanonicalDecl(), [&] {
    if (Depth >= MaxDepth) {
      Callbacks.guessed();
      return false;
    }
    ++Depth;
    bool Found = findsCallback(Def->getBody());
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (!Found)
          Found = findsCallback(Init->getInit());
    --Depth;
    return Found;
  });
}

} // namespace clang::tidy::memchecks::utils
