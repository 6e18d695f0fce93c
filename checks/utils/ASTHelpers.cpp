//===--- ASTHelpers.cpp - small AST questions shared by checks ------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/ASTHelpers.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

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

} // namespace clang::tidy::memchecks::utils
