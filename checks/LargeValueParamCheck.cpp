//===--- LargeValueParamCheck.cpp - memchecks -----------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "LargeValueParamCheck.h"
#include "utils/ASTHelpers.h"
#include "utils/EscapeAnalysis.h"
#include "utils/TypeSize.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks {

// Chosen from bench/patterns/param_passing.cpp; see
// docs/checks/large-value-param.md for the table.
static constexpr uint64_t DefaultSizeThreshold = 128;

LargeValueParamCheck::LargeValueParamCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      SizeThreshold(Options.get("SizeThreshold", DefaultSizeThreshold)),
      IgnoredTypesSpelling(Options.get("IgnoredTypes", "")),
      IgnoredTypes(IgnoredTypesSpelling),
      CheckVirtual(Options.get("CheckVirtual", false)), Ctx(Context) {
  utils::diagnoseInvalidRegex(*this, Name, "IgnoredTypes", IgnoredTypes);
}

void LargeValueParamCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "SizeThreshold", SizeThreshold);
  Options.store(Opts, "IgnoredTypes", IgnoredTypesSpelling);
  Options.store(Opts, "CheckVirtual", CheckVirtual);
}

void LargeValueParamCheck::registerMatchers(MatchFinder *Finder) {
  // Cheap structural filters first; the size and the body analysis run in
  // check() only for functions that survive them.
  auto ByValueRecord = parmVarDecl(hasType(
      qualType(unless(referenceType()), hasCanonicalType(recordType()))));
  auto SpecialMember =
      anyOf(cxxConstructorDecl(anyOf(isCopyConstructor(), isMoveConstructor())),
            cxxMethodDecl(anyOf(isCopyAssignmentOperator(),
                                isMoveAssignmentOperator())));
  Finder->addMatcher(
      functionDecl(isDefinition(), hasAnyParameter(ByValueRecord),
                   unless(anyOf(isImplicit(), isDeleted(), isDefaulted(),
                                isExternC(), ast_matchers::isTemplateInstantiation(),
                                isExpansionInSystemHeader(), SpecialMember)))
          .bind("fn"),
      this);
  // Under TK_IgnoreUnlessSpelledInSource a lambda's call operator is reached
  // through its LambdaExpr, not as a declaration of its own.
  Finder->addMatcher(lambdaExpr(unless(isExpansionInSystemHeader())).bind("lambda"),
                     this);
}

void LargeValueParamCheck::check(const MatchFinder::MatchResult &Result) {
  const FunctionDecl *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (const auto *L = Result.Nodes.getNodeAs<LambdaExpr>("lambda"))
    FD = L->getCallOperator();
  AST = Result.Context;
  if (!FD || FD->isInvalidDecl() || utils::isInTemplateInstantiation(FD) || !FD->hasBody() || !FD->doesThisDeclarationHaveABody())
    return;
  const Stmt *Body = FD->getBody();
  // Coroutines keep their parameters alive across suspension points; a
  // reference would dangle.
  if (!Body || isa<CoroutineBodyStmt>(Body))
    return;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    if (MD->isVirtual() && !CheckVirtual)
      return;

  for (unsigned I = 0, E = FD->getNumParams(); I != E; ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    QualType T = P->getType();
    if (P->isInvalidDecl() || !P->getIdentifier() || T->isReferenceType() ||
        T->isDependentType() || !T->isRecordType() || T.isVolatileQualified())
      continue;
    compat::Optional<uint64_t> Size = utils::sizeInBytes(T, *Result.Context);
    if (!Size || *Size < SizeThreshold)
      continue;
    if (IgnoredTypes.matches(T->getAsRecordDecl()))
      continue;
    if (utils::valueNeedsOwnCopy(*P, *Body, *Result.Context) !=
        utils::OwnCopyReason::None)
      continue;
    Findings.push_back({FD, P, I, *Size});
  }
}

void LargeValueParamCheck::onEndOfTranslationUnit() {
  if (!Findings.empty() && AST) {
    llvm::DenseSet<const FunctionDecl *> AddressTaken =
        utils::collectAddressTakenFunctions(*AST);
    for (const Finding &F : Findings)
      report(F, AddressTaken.count(F.Function->getCanonicalDecl()) != 0);
  }
  Findings.clear();
  AST = nullptr;
}

void LargeValueParamCheck::report(const Finding &F, bool AddressTaken) {
  const ASTContext &C = *AST;
  const SourceManager &SM = C.getSourceManager();
  QualType T = F.Param->getType();
  std::string Name = utils::typeName(T.getUnqualifiedType(), C);
  std::string Suggested = "const " + Name + " &";

  auto Diag = diag(F.Param->getLocation(),
                   "parameter '%0' of type '%1' (%2 bytes) is passed by value "
                   "and only read; pass it as '%3'")
              << F.Param->getName() << Name << static_cast<unsigned>(F.Size)
              << Suggested;

  // A fix-it that would change a function's type is not safe when the
  // function's address is used, and clang-tidy's own
  // performance-unnecessary-value-param already offers the same rewrite for
  // types with non-trivial copies: one fix-it per parameter, not two.
  if (AddressTaken)
    return;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(F.Function); MD && MD->isVirtual())
    return; // one override alone cannot change its signature
  if (!T.isTriviallyCopyableType(C) &&
      Ctx->isCheckEnabled("performance-unnecessary-value-param"))
    return;

  llvm::SmallVector<FixItHint, 4> Fixes;
  for (const FunctionDecl *Redecl : F.Function->redecls()) {
    if (F.Index >= Redecl->getNumParams())
      return;
    const ParmVarDecl *P = Redecl->getParamDecl(F.Index);
    TypeSourceInfo *TSI = P->getTypeSourceInfo();
    if (!TSI)
      return;
    SourceRange TypeRange = TSI->getTypeLoc().getSourceRange();
    if (!utils::isEditableLocation(TypeRange.getBegin(), SM) ||
        !utils::isEditableLocation(TypeRange.getEnd(), SM) ||
        !utils::isEditableLocation(P->getLocation(), SM))
      return;
    if (!P->getType().isConstQualified())
      Fixes.push_back(FixItHint::CreateInsertion(TypeRange.getBegin(), "const "));
    if (P->getIdentifier())
      Fixes.push_back(FixItHint::CreateInsertion(P->getLocation(), "&"));
    else
      Fixes.push_back(FixItHint::CreateInsertion(
          Lexer::getLocForEndOfToken(TypeRange.getEnd(), 0, SM,
                                     C.getLangOpts()),
          " &"));
  }
  for (const FixItHint &H : Fixes)
    Diag << H;
}

} // namespace clang::tidy::memchecks
