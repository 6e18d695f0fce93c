//===--- HotPathAllocCheck.cpp - memchecks --------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "HotPathAllocCheck.h"
#include "utils/ASTHelpers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks {

// A note chain longer than this is cut; the warning is still there.
static constexpr unsigned MaxNotes = 16;

HotPathAllocCheck::HotPathAllocCheck(StringRef Name, ClangTidyContext *Context)
    : FunctionCheck(Name, Context),
      HotFunctions(*this, Options, Name, "HotFunctions"),
      AllocationFunctions(*this, Options, Name, "AllocationFunctions",
                          utils::DefaultAllocationFunctions),
      AllowStdFunction(Options.get("AllowStdFunction", false)),
      Strict(Options.get("Strict", false)),
      Analysis(utils::AllocationConfig{
          AllocationFunctions.spelling().str(), AllowStdFunction, Strict,
          [this](const FunctionDecl *FD) { return isHot(FD); }}) {}

void HotPathAllocCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  HotFunctions.store(Options, Opts);
  AllocationFunctions.store(Options, Opts);
  Options.store(Opts, "AllowStdFunction", AllowStdFunction);
  Options.store(Opts, "Strict", Strict);
}

bool HotPathAllocCheck::isHot(const FunctionDecl *FD) const {
  if (utils::isMarkedHot(FD))
    return true;
  if (HotFunctions.empty())
    return false;
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    FD = Pattern;
  return HotFunctions.matches(FD);
}

void HotPathAllocCheck::registerMatchers(MatchFinder *Finder) {
  // Only written definitions; a template's instantiations are reached from
  // its pattern in checkFunction(). A lambda is looked at through the hot
  // function that calls it.
  registerFunctionMatchers(Finder, Lambdas::Excluded);
}

bool HotPathAllocCheck::wantsFunction(const FunctionDecl &FD) {
  return isHot(&FD);
}

void HotPathAllocCheck::checkFunction(utils::FunctionContext &F) {
  const FunctionDecl *FD = &F.function();
  ASTContext &Ctx = F.astContext();
  // The written body: everything that does not depend on a template
  // parameter.
  verify(FD, FD, Ctx);
  // Each instantiation: what the template parameters turned into.
  if (const FunctionTemplateDecl *FTD = FD->getDescribedFunctionTemplate()) {
    for (const FunctionDecl *Spec : FTD->specializations())
      if (Spec->doesThisDeclarationHaveABody())
        verify(Spec, FD, Ctx);
    return;
  }
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    if (const ClassTemplateDecl *CTD =
            MD->getParent()->getDescribedClassTemplate())
      for (const ClassTemplateSpecializationDecl *Spec : CTD->specializations())
        for (const Decl *D : Spec->decls())
          if (const auto *SpecFD = dyn_cast<FunctionDecl>(D))
            if (SpecFD->getTemplateInstantiationPattern() == FD &&
                SpecFD->doesThisDeclarationHaveABody())
              verify(SpecFD, FD, Ctx);
}

void HotPathAllocCheck::verify(const FunctionDecl *Body, const FunctionDecl *Hot,
                               ASTContext &Ctx) {
  std::string HotName = utils::AllocationAnalysis::displayName(Hot);
  for (const utils::AllocationSite &Site : Analysis.sitesIn(Body, Ctx)) {
    if (Site.Loc.isInvalid() ||
        !Reported.insert({Site.Loc.getRawEncoding(), Site.Subject}).second)
      continue;
    diag(Site.Loc, "'%0' is marked hot but %1 may allocate here")
        << HotName << Site.Subject;
    // The chain down to the allocation, one note per callee.
    std::string Caller = HotName;
    const utils::AllocationSite *Cur = &Site;
    for (unsigned I = 0; I < MaxNotes && Cur->Callee; ++I) {
      const utils::AllocationSite *Next = Analysis.summary(Cur->Callee, Ctx);
      if (!Next)
        break;
      std::string Callee = utils::AllocationAnalysis::displayName(Cur->Callee);
      diag(Next->Loc, "'%0' calls '%1', which %2 here", DiagnosticIDs::Note)
          << Caller << Callee << Next->Phrase;
      Caller = Callee;
      Cur = Next;
    }
  }
}

void HotPathAllocCheck::onEndOfTranslationUnit() {
  Analysis.reset();
  Reported.clear();
}

} // namespace clang::tidy::memchecks
