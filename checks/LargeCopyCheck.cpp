//===--- LargeCopyCheck.cpp - memchecks -----------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "LargeCopyCheck.h"
#include "utils/ASTHelpers.h"
#include "utils/CopyAnalysis.h"
#include "utils/EscapeAnalysis.h"
#include "utils/FunctionContext.h"
#include "utils/LocalWrites.h"
#include "utils/Prefiltered.h"
#include "utils/StdLibrary.h"
#include "utils/TypeSize.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks {

LargeCopyCheck::LargeCopyCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Shown(*Context),
      SizeThreshold(
          Options.get("SizeThreshold", utils::DefaultLargeSizeThreshold)),
      IgnoredTypes(*this, Options, Name, "IgnoredTypes") {}

void LargeCopyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "SizeThreshold", SizeThreshold);
  IgnoredTypes.store(Options, Opts);
}

/// Whether \p E, past the wrappers the matchers below skip (parentheses,
/// implicit casts and temporaries, elided constructions), is a lambda. It
/// follows the one chain of wrappers as far as any of those skips goes, so
/// it holds wherever the matcher finds a lambda.
static bool mayBeLambda(const Expr *E) {
  while (E && !isa<LambdaExpr>(E)) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (Next == E)
      Next = E->IgnoreUnlessSpelledInSource();
    if (Next == E)
      Next = E->IgnoreImplicit();
    if (Next == E)
      return false;
    E = Next;
  }
  return E != nullptr;
}

/// The cheap half of the call matcher below: `()` of an argument, or a std
/// function, given something that may be a lambda.
static bool mayCallLambda(const CallExpr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
      Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0 &&
      mayBeLambda(Op->getArg(0)))
    return true;
  const auto *Callee = dyn_cast_or_null<FunctionDecl>(Call.getCalleeDecl());
  return Callee && Callee->isInStdNamespace() &&
         llvm::any_of(Call.arguments(), mayBeLambda);
}

/// The cheap half of the local matcher below.
static bool mayBeLocalCopy(const VarDecl &V) {
  return V.hasLocalStorage() && !isa<ParmVarDecl>(V) &&
         V.getType()->isRecordType() && V.getAnyInitializer();
}

void LargeCopyCheck::registerMatchers(MatchFinder *Finder) {
  // These matchers meet every variable, call and function of the TU: each
  // asks a plain test first (utils::prefiltered).
  // A copy is a record-typed variable that is not a reference; its size and
  // uses are judged in check().
  auto RecordValue = hasType(qualType(unless(referenceType()),
                                      hasCanonicalType(recordType())));
  Finder->addMatcher(cxxForRangeStmt(hasLoopVariable(varDecl(RecordValue)),
                                     unless(isExpansionInSystemHeader()))
                         .bind("for"),
                     this);
  internal::Matcher<VarDecl> Local =
      allOf(hasLocalStorage(), unless(parmVarDecl()), RecordValue,
            hasInitializer(expr()), unless(isExpansionInSystemHeader()));
  Finder->addMatcher(
      varDecl(utils::prefiltered<VarDecl>(mayBeLocalCopy, Local)).bind("local"),
      this);
  // A lambda that does not outlive its full-expression: called where it is
  // written, or handed to a std algorithm that only calls it.
  // A closure with a non-trivial destructor is bound to a temporary first.
  auto Lambda =
      ignoringImplicit(ignoringParenImpCasts(lambdaExpr().bind("lambda")));
  internal::Matcher<CallExpr> Call =
      allOf(anyOf(cxxOperatorCallExpr(hasOverloadedOperatorName("()"),
                                      hasArgument(0, Lambda)),
                  callExpr(callee(functionDecl(isInStdNamespace())),
                           hasAnyArgument(Lambda))),
            unless(isExpansionInSystemHeader()));
  Finder->addMatcher(
      callExpr(utils::prefiltered<CallExpr>(mayCallLambda, Call)).bind("call"),
      this);
  // Instantiations, only for the copies whose type the template left
  // dependent.
  internal::Matcher<FunctionDecl> Instance =
      allOf(isDefinition(), ast_matchers::isTemplateInstantiation(),
            unless(isExpansionInSystemHeader()));
  Finder->addMatcher(
      traverse(TK_AsIs,
               functionDecl(utils::prefiltered<FunctionDecl>(
                                utils::isInstantiatedDefinition, Instance))
                   .bind("instance")),
      this);
}

void LargeCopyCheck::onEndOfTranslationUnit() {
  Contexts.clear();
  DependentCopies.clear();
  ReportedDependent.clear();
}

/// Calls \p F on every range-for and every local declared below \p S.
static void forEachCopy(
    const Stmt *S,
    llvm::function_ref<void(const VarDecl &, const CXXForRangeStmt *)> F) {
  if (!S)
    return;
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(S)) {
    if (const VarDecl *V = RF->getLoopVariable())
      F(*V, RF);
  } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D);
          V && V->hasLocalStorage() && !V->isCXXForRangeDecl() && V->hasInit())
        F(*V, nullptr);
  }
  for (const Stmt *C : S->children())
    forEachCopy(C, F);
}

void LargeCopyCheck::checkInstantiation(const FunctionDecl &Instance,
                                        ASTContext &Ctx) {
  const llvm::SmallVectorImpl<SourceLocation> *Found =
      DependentCopies.of(Instance);
  if (!Found)
    return;
  const llvm::SmallVectorImpl<SourceLocation> &Locs = *Found;
  forEachCopy(Instance.getBody(), [&](const VarDecl &V,
                                      const CXXForRangeStmt *Loop) {
    if (llvm::is_contained(Locs, V.getLocation()) &&
        !ReportedDependent.count(V.getLocation()))
      checkCopy(V, Loop, Ctx, &Instance);
  });
}

void LargeCopyCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Inst = Result.Nodes.getNodeAs<FunctionDecl>("instance")) {
    checkInstantiation(*Inst, *Result.Context);
    return;
  }
  // Copies in files whose warnings clang-tidy would drop are not looked at.
  // (Instantiations are: their notes point at the point of instantiation.)
  const Stmt *At = Result.Nodes.getNodeAs<Stmt>("call");
  if (!At)
    At = Result.Nodes.getNodeAs<Stmt>("for");
  SourceLocation Loc = At ? At->getBeginLoc() : SourceLocation();
  if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("local"))
    Loc = Var->getLocation();
  if (!Shown.shows(Loc, Result.Context->getSourceManager()))
    return;
  if (const auto *L = Result.Nodes.getNodeAs<LambdaExpr>("lambda")) {
    if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call"))
      checkCaptures(*L, *Call, *Result.Context);
    return;
  }
  if (const auto *RF = Result.Nodes.getNodeAs<CXXForRangeStmt>("for")) {
    if (const VarDecl *Var = RF->getLoopVariable())
      checkCopy(*Var, RF, *Result.Context);
    return;
  }
  if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("local");
      Var && !Var->isCXXForRangeDecl())
    checkCopy(*Var, nullptr, *Result.Context);
}

/// The type to write instead of \p Var's: `const auto &` or `const T &`.
static std::string referenceSpelling(const VarDecl &Var, const ASTContext &Ctx,
                                     bool AsWritten) {
  const TypeSourceInfo *TSI = Var.getTypeSourceInfo();
  if (TSI && TSI->getType()->getContainedAutoType())
    return "const auto &";
  // In an instantiation the type is substituted; the template spells `T`.
  // Its `const`, on either side, is not part of the unqualified spelling.
  if (AsWritten && TSI) {
    StringRef Text = Lexer::getSourceText(
        CharSourceRange::getTokenRange(
            TSI->getTypeLoc().getUnqualifiedLoc().getSourceRange()),
        Ctx.getSourceManager(), Ctx.getLangOpts());
    if (!Text.empty())
      return "const " + Text.str() + " &";
  }
  return "const " +
         utils::typeName(Var.getType().getUnqualifiedType(), Ctx) + " &";
}

/// `T x` -> `const T &x`, or nothing where the declaration cannot be edited.
static llvm::SmallVector<FixItHint, 2> referenceFixes(const VarDecl &Var,
                                                      const ASTContext &Ctx) {
  llvm::SmallVector<FixItHint, 2> Fixes;
  const SourceManager &SM = Ctx.getSourceManager();
  const TypeSourceInfo *TSI = Var.getTypeSourceInfo();
  if (!TSI)
    return Fixes;
  SourceLocation TypeBegin = TSI->getTypeLoc().getBeginLoc();
  if (!utils::isEditableLocation(TypeBegin, SM) ||
      !utils::isEditableLocation(Var.getLocation(), SM))
    return Fixes;
  if (!Var.getType().isLocalConstQualified())
    Fixes.push_back(FixItHint::CreateInsertion(TypeBegin, "const "));
  Fixes.push_back(FixItHint::CreateInsertion(Var.getLocation(), "&"));
  return Fixes;
}

/// Whether \p Call only calls the lambda it is given while it runs: the lambda
/// itself (`[f] { ... }()`), or a std algorithm (std::thread, std::async and
/// std::function keep theirs, and are not in the list).
static bool callsOnlyDuringCall(const CallExpr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    return Op->getOperator() == OO_Call;
  const FunctionDecl *FD = Call.getDirectCallee();
  return FD && utils::isStdAlgorithm(*FD);
}

void LargeCopyCheck::checkCaptures(const LambdaExpr &L, const CallExpr &Call,
                                   ASTContext &Ctx) {
  const CXXMethodDecl *Op = L.getCallOperator();
  if (L.isMutable() || !Op || L.getBeginLoc().isMacroID() ||
      utils::isInTemplateInstantiation(Op) || !callsOnlyDuringCall(Call) ||
      !utils::isWellFormed(*Op) || !L.getBody())
    return;
  utils::WriteReach Reach = utils::writeReach(L.getBody());
  if (Reach == utils::WriteReach::Anything)
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  for (const LambdaCapture &C : L.captures()) {
    if (!C.capturesVariable() || C.getCaptureKind() != LCK_ByCopy ||
        !C.getLocation().isValid() || C.getLocation().isMacroID())
      continue;
    const auto *Var = dyn_cast_or_null<VarDecl>(C.getCapturedVar());
    if (!Var || Var->isInitCapture() || !Var->getIdentifier())
      continue;
    // `[b]` of a `const Big &b` copies the Big.
    QualType T = Var->getType().getNonReferenceType();
    if (T.isVolatileQualified() || T->isDependentType() || !T->isRecordType())
      continue;
    compat::Optional<uint64_t> Size = utils::sizeInBytes(T, Ctx);
    if (!Size || *Size < SizeThreshold ||
        IgnoredTypes.matches(T->getAsRecordDecl()))
      continue;
    if (!Var->hasLocalStorage() && Reach != utils::WriteReach::LocalsOnly)
      continue; // a global: any call could change it
    if (utils::valueNeedsOwnCopy(*Var, *L.getBody(), Contexts.get(*Op, Ctx)) !=
        utils::OwnCopyReason::None)
      continue;
    // The call's other arguments must not reach the variable: an algorithm
    // that writes it would change what a reference sees.
    bool Named = false;
    for (const Expr *Arg : Call.arguments())
      if (Arg->IgnoreImplicit()->IgnoreParenImpCasts() != &L &&
          !utils::findRefs(*Var, *Arg, Ctx).empty())
        Named = true;
    if (Named)
      continue;

    std::string Name = utils::typeName(T.getUnqualifiedType(), Ctx);
    llvm::SmallVector<FixItHint, 1> Fixes;
    if (C.isExplicit() && utils::isEditableLocation(C.getLocation(), SM)) {
      Fixes.push_back(FixItHint::CreateInsertion(C.getLocation(), "&"));
    } else if (!C.isExplicit() &&
               utils::isEditableLocation(L.getCaptureDefaultLoc(), SM)) {
      Fixes.push_back(FixItHint::CreateInsertion(
          Lexer::getLocForEndOfToken(L.getCaptureDefaultLoc(), 0, SM,
                                     Ctx.getLangOpts()),
          (", &" + Var->getName()).str()));
    }
    bool Certain = Reach == utils::WriteReach::LocalsOnly;
    {
      auto Diag = diag(C.getLocation(),
                       "lambda copies '%0' (%1 bytes of '%2') and only reads "
                       "it; capture it by reference")
                  << Var->getName() << static_cast<unsigned>(*Size) << Name;
      if (Certain)
        for (const FixItHint &H : Fixes)
          Diag << H;
    }
    diag(Call.getBeginLoc(), "the lambda does not outlive this call",
         DiagnosticIDs::Note);
    if (!Certain && !Fixes.empty()) {
      auto Note = diag(C.getLocation(),
                       "if nothing the lambda calls can change '%0', capture "
                       "it by reference",
                       DiagnosticIDs::Note)
                  << Var->getName();
      for (const FixItHint &H : Fixes)
        Note << H;
    }
  }
}

void LargeCopyCheck::checkCopy(const VarDecl &Var, const CXXForRangeStmt *Loop,
                               ASTContext &Ctx, const FunctionDecl *Instance) {
  QualType T = Var.getType();
  if (Var.isInvalidDecl() || isa<DecompositionDecl>(Var) || Var.isInitCapture() ||
      T.isVolatileQualified() || T->isDependentType() ||
      Var.getLocation().isMacroID() || !Var.getIdentifier() ||
      (!Instance && utils::isInTemplateInstantiation(&Var)))
    return;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Var.getParentFunctionOrMethod());
  if (!FD || !FD->getBody() || isa<CoroutineBodyStmt>(FD->getBody()))
    return;
  compat::Optional<uint64_t> Size = utils::sizeInBytes(T, Ctx);
  if (!Size || *Size < SizeThreshold || IgnoredTypes.matches(T->getAsRecordDecl()))
    return;
  // Asked once per function (a body walk), not once per copy.
  utils::FunctionContext &F = Contexts.get(*FD, Ctx);
  if (!F.wellFormed())
    return;
  // A copy of an lvalue: a prvalue or an xvalue would be no copy to save,
  // and one that a temporary owns dies before the copy would.
  const Expr *Source = utils::copiedLValue(Var.getInit());
  if (!Source || utils::mayReferIntoTemporary(Source))
    return;

  // Where the copy lives: the loop body, or its declaration and what
  // follows it in its block.
  const Stmt *Scope = Loop ? Loop->getBody() : &F.scopeOf(Var);
  if (!Scope ||
      utils::valueNeedsOwnCopy(Var, *Scope, F) != utils::OwnCopyReason::None)
    return;
  llvm::SmallVector<const Stmt *, 8> Life;
  if (Loop)
    Life.push_back(Scope);
  else
    Life = F.lifeOf(Var);

  // The source must stay as it was while the copy lives: nothing written
  // through a reference, pointer or `this`, and the variable it is read from
  // not changed.
  utils::WriteReach Reach = utils::WriteReach::LocalsOnly;
  for (const Stmt *S : Life)
    Reach = std::max(Reach, utils::writeReach(S));
  if (Reach == utils::WriteReach::Anything)
    return;
  bool ThisRooted = false;
  const Expr *From = Loop ? Loop->getRangeInit() : Source;
  const VarDecl *Root = From ? utils::rootVariable(From, ThisRooted) : nullptr;
  if (Root) {
    if (!Root->hasLocalStorage() && Reach != utils::WriteReach::LocalsOnly)
      return; // a global: any call could change it
    if (utils::usedWithItsSource(Var, *Root, Life))
      return; // compared with, or given along with, what it copies
    // One analyzer over the whole block: one per statement of the life
    // would make a block of many copies quadratic (bench/hostile). A change
    // of the source before the copy exists still counts, which costs only
    // recall.
    if (ExprMutationAnalyzer(*Scope, Ctx).isMutated(Root))
      return;
  }

  // As written, unless deduced: `auto` would show the library's alias
  // (`value_type`), so name the class itself.
  const TypeSourceInfo *Written = Var.getTypeSourceInfo();
  bool Deduced = Written && Written->getType()->getContainedAutoType();
  std::string Name = utils::typeName(
      (Deduced ? T.getCanonicalType() : T).getUnqualifiedType(), Ctx);
  std::string Suggested = referenceSpelling(Var, Ctx, Instance != nullptr);
  // Another instantiation may copy a small type, or be mutated through a
  // dependent call: a reference is advice there, not a certain fix.
  llvm::SmallVector<FixItHint, 2> Fixes;
  if (!Instance)
    Fixes = referenceFixes(Var, Ctx);
  else
    ReportedDependent.insert(Var.getLocation());
  // Only when the copy's life makes no call that could reach the source is
  // the reference certain to see the same value; otherwise the fix is a
  // suggestion on a note, applied with --fix-notes.
  bool Certain = Reach == utils::WriteReach::LocalsOnly;
  {
    auto Diag = diag(Var.getLocation(),
                     Loop ? "'%0' copies %1 bytes of '%2' on every iteration "
                            "and is only read; bind it as '%3'"
                          : "'%0' copies %1 bytes of '%2' and is only read; "
                            "bind it as '%3'")
                << Var.getName() << static_cast<unsigned>(*Size) << Name
                << Suggested;
    if (Certain)
      for (const FixItHint &H : Fixes)
        Diag << H;
  }
  const Expr *Origin = Loop ? Loop->getRangeInit() : Source;
  diag(Origin->getBeginLoc(),
       Loop ? "each element of this range is copied" : "copied from here",
       DiagnosticIDs::Note)
      << Origin->getSourceRange();
  if (!Certain && !Fixes.empty()) {
    auto Note = diag(Var.getLocation(),
                     "if nothing called while '%0' lives can change its "
                     "source, bind it as '%1'",
                     DiagnosticIDs::Note)
                << Var.getName() << Suggested;
    for (const FixItHint &H : Fixes)
      Note << H;
  }
  if (Instance) {
    std::string Spelled;
    llvm::raw_string_ostream OS(Spelled);
    Instance->getNameForDiagnostic(OS, Ctx.getPrintingPolicy(),
                                   /*Qualified=*/true);
    SourceLocation At = Instance->getPointOfInstantiation();
    diag(At.isValid() ? At : Instance->getLocation(),
         "in the instantiation '%0' of the template, from here",
         DiagnosticIDs::Note)
        << OS.str();
  }
}

} // namespace clang::tidy::memchecks
