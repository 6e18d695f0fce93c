//===--- ConstOverloads.cpp - a non-const member that only reads ----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/ConstOverloads.h"
#include "utils/StdLibrary.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::memchecks::utils {

static QualType bareType(QualType T) {
  return T.getNonReferenceType().getCanonicalType().getUnqualifiedType();
}

static bool sameParameters(const CXXMethodDecl &A, const CXXMethodDecl &B) {
  if (A.getNumParams() != B.getNumParams() || A.isVariadic() != B.isVariadic())
    return false;
  for (unsigned I = 0, E = A.getNumParams(); I != E; ++I)
    if (A.getParamDecl(I)->getType().getCanonicalType() !=
        B.getParamDecl(I)->getType().getCanonicalType())
      return false;
  return true;
}

static const CXXMethodDecl *constTwin(const CXXMethodDecl &M) {
  const CXXRecordDecl *RD = M.getParent();
  if (const auto *Conv = dyn_cast<CXXConversionDecl>(&M)) {
    QualType To = bareType(Conv->getConversionType());
    for (const CXXMethodDecl *Other : RD->methods())
      if (const auto *C = dyn_cast<CXXConversionDecl>(Other);
          C && C != Conv && C->isConst() &&
          bareType(C->getConversionType()) == To)
        return C;
    return nullptr;
  }
  for (const NamedDecl *ND : RD->lookup(M.getDeclName())) {
    const auto *Other = dyn_cast<CXXMethodDecl>(ND);
    if (Other && Other != &M && Other->isConst() && !Other->isStatic() &&
        Other->getRefQualifier() != RQ_RValue && sameParameters(M, *Other))
      return Other;
  }
  return nullptr;
}

/// `{ return member; }` (or `this->a.b`): hands out a part of the object
/// and does nothing else.
static bool onlyReturnsAMember(const CXXMethodDecl &M) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(M.getBody());
  if (!Body || Body->size() != 1)
    return false;
  const auto *Ret = dyn_cast<ReturnStmt>(Body->body_front());
  const Expr *E = Ret ? Ret->getRetValue() : nullptr;
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (isa<CXXThisExpr>(E))
      return true;
    const auto *ME = dyn_cast<MemberExpr>(E);
    if (!ME || !isa<FieldDecl>(ME->getMemberDecl()))
      return false;
    // `this->p->x` leaves the object.
    if (ME->isArrow() && !isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
      return false;
    E = ME->getBase();
  }
  return false;
}

const CXXMethodDecl *readOnlyConstTwin(const CXXMethodDecl &M) {
  if (M.isConst() || M.isStatic() || M.getPrimaryTemplate() ||
      M.getParent()->isDependentContext())
    return nullptr;
  const CXXMethodDecl *Twin = constTwin(M);
  if (!Twin)
    return nullptr;
  if (isStdValueType(M.getParent()))
    return Twin;
  const FunctionDecl *Def = nullptr;
  if (M.hasBody(Def))
    if (const auto *MD = dyn_cast<CXXMethodDecl>(Def); MD && onlyReturnsAMember(*MD))
      return Twin;
  return nullptr;
}

} // namespace clang::tidy::memchecks::utils
