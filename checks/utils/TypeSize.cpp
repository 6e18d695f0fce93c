//===--- TypeSize.cpp - guarded sizeof for diagnostics --------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/TypeSize.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"

namespace clang::tidy::memchecks::utils {

compat::Optional<uint64_t> sizeInBytes(QualType T, const ASTContext &Ctx) {
  if (T.isNull())
    return {};
  T = T.getCanonicalType();
  if (T->isDependentType() || T->isIncompleteType() || T->isReferenceType() ||
      T->isFunctionType() || T->isVoidType() || T->isUndeducedType() ||
      T->containsErrors())
    return {};
  if (const auto *RD = T->getAsRecordDecl()) {
    if (RD->isInvalidDecl() || !RD->getDefinition())
      return {};
    if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD))
      if (CRD->isDependentContext())
        return {};
  }
  if (!T->isConstantSizeType())
    return {};
  return static_cast<uint64_t>(Ctx.getTypeSizeInChars(T).getQuantity());
}

std::string typeName(QualType T, const ASTContext &Ctx) {
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  Policy.SuppressScope = false;
  Policy.FullyQualifiedName = false;
  return T.getLocalUnqualifiedType().getAsString(Policy);
}

} // namespace clang::tidy::memchecks::utils
