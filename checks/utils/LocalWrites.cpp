//===--- LocalWrites.cpp - does a statement write beyond its locals -------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/LocalWrites.h"
#include "utils/CopyAnalysis.h"
#include "utils/Expressions.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>

namespace clang::tidy::memchecks::utils {

/// A local value: written, it changes nothing the caller or a global sees.
static bool isLocalValue(const Expr *LValue) {
  bool ThisRooted = false;
  const VarDecl *Root = rootVariable(LValue, ThisRooted);
  return Root && Root->hasLocalStorage() && !Root->getType()->isReferenceType() &&
         !Root->getType()->isPointerType();
}

static bool isWritable(QualType T) {
  if (const auto *Ref = T->getAs<ReferenceType>())
    return !Ref->getPointeeType().isConstQualified();
  if (const auto *Ptr = T->getAs<PointerType>())
    return !Ptr->getPointeeType().isConstQualified();
  return false;
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

static WriteReach reachOf(const Stmt &S) {
  if (const auto *B = dyn_cast<BinaryOperator>(&S)) {
    if (B->isAssignmentOp())
      return isLocalValue(B->getLHS()) ? WriteReach::LocalsOnly
                                       : WriteReach::Anything;
    return WriteReach::LocalsOnly;
  }
  if (const auto *U = dyn_cast<UnaryOperator>(&S)) {
    if (U->isIncrementDecrementOp())
      return isLocalValue(U->getSubExpr()) ? WriteReach::LocalsOnly
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
          isWritable(Ctor->getParamDecl(I)->getType()) &&
          !isTemporary(Construct->getArg(I)))
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
  // The object of a member call (or an operator's first operand).
  const Expr *Object = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Object = Member->getImplicitObjectArgument();
  else if (isOperatorObjectArg(Call, 0))
    Object = Call->getArg(0);
  if (const auto *M = dyn_cast<CXXMethodDecl>(Callee);
      M && Object && !M->isConst() && !M->isStatic() && !isLocalValue(Object))
    return WriteReach::Anything;
  for (unsigned I = 0, E = Call->getNumArgs(); I < E; ++I) {
    if (isOperatorObjectArg(Call, I))
      continue;
    const ParmVarDecl *P = paramForArg(Call, I);
    if (!P)
      break; // varargs are by value
    if (isWritable(P->getType()) && !isLocalValue(Call->getArg(I)) &&
        !isTemporary(Call->getArg(I)))
      return WriteReach::Anything;
  }
  if (const auto *M = dyn_cast<CXXMethodDecl>(Callee); M && M->isConst() && Object)
    return WriteReach::LocalsOnly; // a const member of a value reads it
  return WriteReach::Calls;
}

WriteReach writeReach(const Stmt *Root) {
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

} // namespace clang::tidy::memchecks::utils
