//===--- ASTHelpers.cpp - small AST questions shared by checks ------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/ASTHelpers.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::memchecks::utils {

bool isInTemplateInstantiation(const Decl *D) {
  for (const DeclContext *DC = dyn_cast<DeclContext>(D) ? cast<DeclContext>(D)
                                                        : D->getDeclContext();
       DC; DC = DC->getParent()) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DC)) {
      if (FD->isTemplateInstantiation())
        return true;
    } else if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(DC)) {
      if (Spec->getSpecializationKind() != TSK_ExplicitSpecialization)
        return true;
    }
  }
  return false;
}

bool isStdMoveOrForward(const FunctionDecl *FD) {
  if (!FD || !FD->getIdentifier() || !FD->isInStdNamespace())
    return false;
  return FD->getName() == "move" || FD->getName() == "forward";
}

bool isStdMoveOrForwardCall(const CallExpr *Call) {
  return Call && Call->getNumArgs() == 1 &&
         isStdMoveOrForward(Call->getDirectCallee());
}

bool isEditableLocation(SourceLocation Loc, const SourceManager &SM) {
  return Loc.isValid() && Loc.isFileID() && !SM.isInSystemHeader(Loc);
}

bool hasInvalidDecl(const DeclStmt &DS) {
  return llvm::any_of(DS.decls(),
                      [](const Decl *D) { return D->isInvalidDecl(); });
}

bool hasUninitializedCapture(const LambdaExpr &L) {
  auto Init = L.capture_init_begin();
  for (const LambdaCapture &C : L.captures()) {
    if (C.capturesVariable() && C.getCaptureKind() == LCK_ByCopy && !*Init)
      return true;
    ++Init;
  }
  return false;
}

bool isWellFormed(const Stmt *Root) {
  if (!Root)
    return true;
  // An explicit stack: bodies can nest deeper than the call stack allows.
  llvm::SmallVector<const Stmt *, 32> Work{Root};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (isBrokenNode(*S))
      return false;
    for (const Stmt *Child : S->children())
      if (Child)
        Work.push_back(Child);
  }
  return true;
}

bool hasGotoOrLabel(const Stmt *S) {
  if (!S)
    return false;
  if (isa<GotoStmt, IndirectGotoStmt, LabelStmt>(S))
    return true;
  return llvm::any_of(S->children(),
                      [](const Stmt *C) { return hasGotoOrLabel(C); });
}

bool isWellFormed(const FunctionDecl &FD) {
  if (FD.isInvalidDecl())
    return false;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (!isWellFormed(Init->getInit()))
        return false;
  return isWellFormed(FD.getBody());
}

std::string qualifiedName(const NamedDecl *D) {
  if (!D)
    return std::string();
  llvm::SmallVector<std::string, 4> Parts;
  auto NameOf = [](const NamedDecl &N) {
    const auto *RD = dyn_cast<CXXRecordDecl>(&N);
    if (N.getDeclName().isEmpty() || (RD && RD->isLambda()))
      return std::string("(anonymous)");
    return N.getNameAsString();
  };
  Parts.push_back(NameOf(*D));
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (isa<TranslationUnitDecl>(DC))
      break;
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline())
        continue;
      Parts.push_back(NS->isAnonymousNamespace() ? "(anonymous namespace)"
                                                 : NS->getNameAsString());
      continue;
    }
    // Unscoped enums, linkage specifications and the like add no scope.
    if (DC->isTransparentContext() || !isa<NamedDecl>(DC))
      continue;
    Parts.push_back(NameOf(*cast<NamedDecl>(DC)));
  }
  std::string Out;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Out.empty())
      Out += "::";
    Out += *It;
  }
  return Out;
}

llvm::SmallVector<QualType, 4> typeArguments(const CXXRecordDecl &RD) {
  llvm::SmallVector<QualType, 4> Types;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&RD);
  if (!Spec)
    return Types;
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray()) {
    if (Arg.getKind() == TemplateArgument::Type)
      Types.push_back(Arg.getAsType());
    else if (Arg.getKind() == TemplateArgument::Pack)
      for (const TemplateArgument &Element : Arg.pack_elements())
        if (Element.getKind() == TemplateArgument::Type)
          Types.push_back(Element.getAsType());
  }
  return Types;
}

bool isSameUnqualifiedType(QualType A, QualType B) {
  return !A.isNull() && !B.isNull() &&
         A.getCanonicalType().getUnqualifiedType() ==
             B.getCanonicalType().getUnqualifiedType();
}

} // namespace clang::tidy::memchecks::utils
