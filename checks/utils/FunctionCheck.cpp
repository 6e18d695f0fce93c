//===--- FunctionCheck.cpp - checks that analyse whole functions ----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/FunctionCheck.h"
#include "utils/ASTHelpers.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks::utils {

static constexpr char FunctionID[] = "memchecks-function";
static constexpr char LambdaID[] = "memchecks-lambda";

void FunctionCheck::registerFunctionMatchers(
    MatchFinder *Finder, internal::Matcher<FunctionDecl> Narrow, Lambdas L) {
  Finder->addMatcher(
      functionDecl(isDefinition(),
                   unless(anyOf(isImplicit(), isDefaulted(), isDeleted(),
                                ast_matchers::isTemplateInstantiation(),
                                isExpansionInSystemHeader())),
                   Narrow)
          .bind(FunctionID),
      this);
  if (L == Lambdas::Included)
    Finder->addMatcher(
        lambdaExpr(unless(isExpansionInSystemHeader())).bind(LambdaID), this);
}

void FunctionCheck::check(const MatchFinder::MatchResult &Result) {
  const FunctionDecl *FD = Result.Nodes.getNodeAs<FunctionDecl>(FunctionID);
  if (const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>(LambdaID))
    FD = Lambda->getCallOperator();
  // The cheap tests first: isWellFormed walks the whole body. A function in
  // a file whose warnings clang-tidy would drop is not analysed (asked here
  // rather than in the matcher, which every declaration of the TU meets).
  if (!FD || FD->isInvalidDecl() || !FD->doesThisDeclarationHaveABody() ||
      !FD->getBody() ||
      !Shown.shows(FD->getLocation(), Result.Context->getSourceManager()) ||
      isInTemplateInstantiation(FD) || !wantsFunction(*FD) ||
      !isWellFormed(*FD))
    return;
  checkFunction(*FD, *Result.Context);
}

} // namespace clang::tidy::memchecks::utils
