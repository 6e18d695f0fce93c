//===--- HeapTypes.cpp - could this type be a value -----------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/HeapTypes.h"
#include "utils/Compat.h"
#include "utils/StdLibrary.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"

namespace clang::tidy::memchecks::utils {
namespace {

/// Whether \p RD, or a base of it, declares `operator new`: `new T` and
/// `std::make_unique<T>()` then allocate in a way the class chose (a pool, a
/// pattern to test initialisation), which a local would skip.
bool hasOwnOperatorNew(const CXXRecordDecl &RD) {
  DeclarationName New =
      RD.getASTContext().DeclarationNames.getCXXOperatorName(OO_New);
  if (!RD.lookup(New).empty())
    return true;
  for (const CXXBaseSpecifier &B : RD.bases())
    if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
        Base && Base->hasDefinition() &&
        hasOwnOperatorNew(*Base->getDefinition()))
      return true;
  return false;
}

bool holdsSyncPrimitive(QualType T, unsigned Depth) {
  if (Depth > 8 || T.isNull())
    return false;
  const Type *Base = T->getBaseElementTypeUnsafe();
  if (const auto *TT = Base->getAs<TypedefType>())
    if (TT->getDecl()->getIdentifier() &&
        compat::startsWith(TT->getDecl()->getName(), "pthread_"))
      return true;
  const CXXRecordDecl *RD = Base->getAsCXXRecordDecl();
  if (!RD)
    return false;
  if (isSyncPrimitive(RD))
    return true;
  RD = RD->getDefinition();
  if (!RD)
    return false;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (holdsSyncPrimitive(B.getType(), Depth + 1))
      return true;
  for (const FieldDecl *F : RD->fields())
    if (holdsSyncPrimitive(F->getType(), Depth + 1))
      return true;
  return false;
}

bool isMovable(const CXXRecordDecl *RD) {
  bool DeclaredMove = false, DeclaredCopy = false;
  for (const CXXConstructorDecl *Ctor : RD->ctors()) {
    if (Ctor->isMoveConstructor())
      DeclaredMove = true;
    else if (Ctor->isCopyConstructor())
      DeclaredCopy = true;
    else
      continue;
    if (!Ctor->isDeleted() && Ctor->getAccess() != AS_private &&
        Ctor->getAccess() != AS_protected)
      return true;
  }
  if (!DeclaredMove && RD->needsImplicitMoveConstructor() &&
      !RD->defaultedMoveConstructorIsDeleted())
    return true;
  if (!DeclaredCopy && RD->needsImplicitCopyConstructor() &&
      !RD->defaultedCopyConstructorIsDeleted())
    return true;
  return false;
}

const CXXRecordDecl *definitionOf(QualType T) {
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  return RD ? RD->getDefinition() : nullptr;
}

} // namespace

bool couldBeValue(QualType T) {
  if (T.isNull() || T->isDependentType() || T->isArrayType() ||
      T.isVolatileQualified())
    return false;
  if (T->isArithmeticType() || T->isEnumeralType())
    return true;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || RD->isInvalidDecl())
    return false;
  RD = RD->getDefinition();
  if (RD->isDependentContext() || RD->isPolymorphic() || RD->isAbstract() ||
      RD->isLambda())
    return false;
  return isMovable(RD) && !holdsSyncPrimitive(T, 0) && !hasOwnOperatorNew(*RD);
}

bool onlyBuiltByFactories(QualType T) {
  const CXXRecordDecl *RD = definitionOf(T);
  if (!RD)
    return false;
  bool Any = false;
  for (const CXXConstructorDecl *Ctor : RD->ctors()) {
    if (Ctor->isCopyOrMoveConstructor() || Ctor->isImplicit() ||
        Ctor->isDeleted())
      continue;
    Any = true;
    if (Ctor->getAccess() == AS_public)
      return false;
  }
  return Any;
}

bool sharesItself(QualType T) {
  const CXXRecordDecl *RD = definitionOf(T);
  if (!RD)
    return false;
  return !RD->forallBases([](const CXXRecordDecl *Base) {
    return !(Base->getIdentifier() && Base->isInStdNamespace() &&
             Base->getName() == "enable_shared_from_this");
  });
}

} // namespace clang::tidy::memchecks::utils
