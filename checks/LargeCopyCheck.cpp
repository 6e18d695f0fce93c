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
#include "utils/Expressions.h"
#include "utils/FunctionContext.h"
#include "utils/LocalWrites.h"
#include "utils/Mutations.h"
#include "utils/ReferenceFix.h"
#include "utils/StdLibrary.h"
#include "utils/TypeSize.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks {

/// The index of the note that says why a reference is only suggested: a
/// call in the copy's life may change its source (0), the copy constructor
/// someone wrote may do more than copy (1), or both (2).
static unsigned uncertainty(bool Reached, bool Authored) {
  return Reached && Authored ? 2 : Authored ? 1 : 0;
}

LargeCopyCheck::LargeCopyCheck(StringRef Name, ClangTidyContext *Context)
    : FunctionCheck(Name, Context),
      SizeThreshold(
          Options.get("SizeThreshold", utils::DefaultLargeSizeThreshold)),
      IgnoredTypes(*this, Options, Name, "IgnoredTypes") {}

void LargeCopyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "SizeThreshold", SizeThreshold);
  IgnoredTypes.store(Options, Opts);
}

/// A copy is a record-typed variable that is not a reference; its size and
/// uses are judged in checkCopy().
static bool isRecordValue(const VarDecl &V) {
  QualType T = V.getType();
  return !T->isReferenceType() && T->getCanonicalTypeInternal()->isRecordType();
}

static bool inSystemHeader(SourceLocation Loc, const SourceManager &SM) {
  SourceLocation Expansion = SM.getExpansionLoc(Loc);
  return Expansion.isValid() && SM.isInSystemHeader(Expansion);
}

void LargeCopyCheck::registerMatchers(MatchFinder *Finder) {
  // Range-fors, locals and lambda calls are found by one walk of each
  // written function (checkFunction); lambdas are walked with the function
  // they are written in. Instantiations too (checkInstantiation), only for
  // the copies whose type the template left dependent.
  registerFunctionMatchers(Finder, Lambdas::Included, Instantiations::Included);
}

bool LargeCopyCheck::wantsFunction(const FunctionDecl &FD) {
  // A lambda is walked with the function it is written in; only those
  // outside any function (namespace scope, member initializers) on their
  // own.
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  return !MD || !MD->getParent()->isLambda() ||
         !MD->getParent()->getDeclContext()->isFunctionOrMethod();
}

void LargeCopyCheck::checkFunction(utils::FunctionContext &F) {
  ASTContext &Ctx = F.astContext();
  const SourceManager &SM = Ctx.getSourceManager();
  utils::ShownFiles &Shown = shownFiles();
  // Copies in files whose warnings clang-tidy would drop are not looked at.
  auto Wanted = [&](SourceLocation Begin, SourceLocation At) {
    return !inSystemHeader(Begin, SM) && Shown.shows(At, SM);
  };
  F.walk(nullptr, [&](const Stmt &Node) {
    const Stmt *S = &Node;
    if (const auto *RF = dyn_cast<CXXForRangeStmt>(S)) {
      const VarDecl *Var = RF->getLoopVariable();
      if (Var && isRecordValue(*Var) &&
          Wanted(RF->getBeginLoc(), RF->getBeginLoc()))
        checkCopy(*Var, RF, Ctx);
    } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D);
            Var && !Var->isImplicit() && Var->hasLocalStorage() &&
            !isa<ParmVarDecl>(Var) && !Var->isCXXForRangeDecl() &&
            isRecordValue(*Var) && Var->getAnyInitializer() &&
            Wanted(Var->getBeginLoc(), Var->getLocation()))
          checkCopy(*Var, nullptr, Ctx);
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (const LambdaExpr *L = utils::lambdaCalledBy(*Call);
          L && Wanted(Call->getBeginLoc(), Call->getBeginLoc()))
        checkCaptures(*L, *Call, Ctx);
    }
    return utils::FunctionContext::Step::Into;
  });
}

void LargeCopyCheck::onEndOfTranslationUnit() {
  Contexts.clear();
  Writes.clear();
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

/// How far \p Written reaches an object it may change (\p Changed, from
/// WriteSet::mayChange) or not: typed writes (`out->push_back(s)`) and writes
/// through other parameters leave it alone, as calls do, unless the copy
/// constructor is written: it may copy what a pointer member points to,
/// which the writes may change.
static utils::WriteReach reachOn(const utils::WriteSet &Written, bool Changed,
                                 bool Authored) {
  if (Written.Reach != utils::WriteReach::Typed &&
      Written.Reach != utils::WriteReach::Params)
    return Written.Reach;
  return Authored || Changed ? utils::WriteReach::Anything : Written.Reach;
}

void LargeCopyCheck::checkCaptures(const LambdaExpr &L, const CallExpr &Call,
                                   ASTContext &Ctx) {
  const CXXMethodDecl *Op = L.getCallOperator();
  if (L.isMutable() || !Op || L.getBeginLoc().isMacroID() ||
      utils::isInTemplateInstantiation(Op) ||
      !utils::callsOnlyDuringCall(Call) || !utils::isWellFormed(*Op) ||
      !L.getBody())
    return;
  utils::WriteSet Written = Writes.of(L.getBody());
  if (Written.Reach == utils::WriteReach::Anything)
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
    bool Authored = utils::hasAuthoredCopy(T);
    utils::WriteReach Reach = reachOn(Written, Written.mayChange(T), Authored);
    if (Reach == utils::WriteReach::Anything)
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
    // A written copy constructor may have effects of its own (a counter,
    // a log) that the reference would drop: a suggestion, not a fix.
    bool Reached = Reach != utils::WriteReach::LocalsOnly;
    bool Certain = !Reached && !Authored;
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
      // Why the reference is not certain: a call may change the source,
      // the written copy constructor may do more than copy, or both.
      auto Note = diag(C.getLocation(),
                       "if %select{nothing the lambda calls can change '%0'|"
                       "the written copy constructor of '%1' has no effect "
                       "of its own|nothing the lambda calls can change '%0' "
                       "and its copy constructor has no effect of its "
                       "own}2, capture '%0' by reference",
                       DiagnosticIDs::Note)
                  << Var->getName() << Name << uncertainty(Reached, Authored);
      for (const FixItHint &H : Fixes)
        Note << H;
    }
  }
}

/// Whether \p From (a range, with \p Loop, or a copied lvalue) is storage a
/// local value owns, which no write through a pointer or reference can
/// reach: the local itself or its fields (`a.b.c`), for a range a std value
/// container or an array, of a local (not a reference, a pointer or a static)
/// that nothing in the function changes, takes the address of, binds to a
/// non-const reference or captures by reference (utils::Mutations).
static bool ownedByUnescapedLocal(const Expr *From, const CXXForRangeStmt *Loop,
                                  utils::FunctionContext &F) {
  if (!From)
    return false;
  bool ThisRooted = false;
  const VarDecl *Root = utils::rootVariable(From, ThisRooted);
  if (!Root || !Root->hasLocalStorage() || Root->getType()->isReferenceType() ||
      Root->getType()->isPointerType())
    return false;
  if (Loop) {
    QualType Range = From->getType().getNonReferenceType();
    if (!Range->isConstantArrayType() &&
        !utils::isStdValueType(Range->getAsCXXRecordDecl()))
      return false;
  }
  return !utils::isMutatedIn(*Root, F.body(), F);
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
  if (!Size || *Size < SizeThreshold ||
      IgnoredTypes.matches(T->getAsRecordDecl()))
    return;
  // A copy constructor someone wrote, called by name (`T x(y)`, `T x{y}`),
  // is asked for: it may make a copy that differs from its source (a test
  // of it, a snapshot, a cache left out, an allocator not taken along). The
  // same copy spelled `T x = y` binds a value, the slip this check is for,
  // as a loop variable copies each element as a side effect of its
  // spelling; the reference is then only suggested (see Certain below).
  bool Authored = utils::hasAuthoredCopy(T);
  if (!Loop && Authored && Var.getInitStyle() != VarDecl::CInit)
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
  // `T t(std::forward<A>(a))` copies only in the instantiations whose caller
  // passed an lvalue: the template moves when it can, the caller chose.
  if (const auto *Call = dyn_cast<CallExpr>(Source->IgnoreParens());
      Call && utils::isStdMoveOrForwardCall(Call))
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
  utils::WriteSet LifeWrites;
  for (const Stmt *S : Life)
    LifeWrites.add(Writes.of(S));
  bool ThisRooted = false;
  const Expr *From = Loop ? Loop->getRangeInit() : Source;
  // The element copied, and for a loop the range it is read from (a write
  // that changes the range may invalidate the reference). The elements of a
  // std value container or an array are reached as it is.
  const Expr *Owner = nullptr;
  if (Loop && From) {
    QualType Range = From->getType().getNonReferenceType();
    if (Range->isConstantArrayType() ||
        utils::isStdValueType(Range->getAsCXXRecordDecl()))
      Owner = From;
  }
  utils::WriteReach Reach =
      reachOn(LifeWrites, LifeWrites.mayChange(*Source, Owner), Authored);
  if (Loop && From)
    Reach = std::max(
        Reach, reachOn(LifeWrites, LifeWrites.mayChange(*From), Authored));
  if (Reach == utils::WriteReach::Anything &&
      !ownedByUnescapedLocal(From, Loop, F))
    return;
  const VarDecl *Root = From ? utils::sourceRoot(From, ThisRooted) : nullptr;
  if (Root) {
    if (!Root->hasLocalStorage() && Reach != utils::WriteReach::LocalsOnly)
      return; // a global: any call could change it
    // A local whose address another object keeps (`Editor e{&v};`): a call
    // on that object may change it, before the copy's block or in it.
    if (Reach != utils::WriteReach::LocalsOnly &&
        !Root->getType()->isReferenceType() &&
        utils::addressKeptByObject(*Root, F))
      return;
    if (utils::usedWithItsSource(Var, *Root, Life))
      return; // compared with, or given along with, what it copies
    // Over the whole block: a change of the source before the copy exists
    // still counts, which costs only recall.
    if (utils::isMutatedIn(*Root, *Scope, F))
      return;
  }

  // As written, unless deduced: `auto` would show the library's alias
  // (`value_type`), so name the class itself.
  const TypeSourceInfo *Written = Var.getTypeSourceInfo();
  bool Deduced = Written && Written->getType()->getContainedAutoType();
  std::string Name = utils::typeName(
      (Deduced ? T.getCanonicalType() : T).getUnqualifiedType(), Ctx);
  std::string Suggested =
      utils::constReferenceSpelling(Var, Ctx, Instance != nullptr);
  // Another instantiation may copy a small type, or be mutated through a
  // dependent call: a reference is advice there, not a certain fix.
  llvm::SmallVector<FixItHint, 2> Fixes;
  if (!Instance)
    Fixes = utils::constReferenceFixes(Var, Ctx);
  else
    ReportedDependent.insert(Var.getLocation());
  // Only when the copy's life makes no call that could reach the source is
  // the reference certain to see the same value; otherwise the fix is a
  // suggestion on a note, applied with --fix-notes.
  // A written copy constructor may have effects of its own (a counter, a
  // log) that the reference would drop: a suggestion, not a fix.
  bool Reached = Reach != utils::WriteReach::LocalsOnly;
  bool Certain = !Reached && !Authored;
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
                     "if %select{nothing called while '%0' lives can change "
                     "its source|the written copy constructor of '%2' has no "
                     "effect of its own|nothing called while '%0' lives can "
                     "change its source and its copy constructor has no "
                     "effect of its own}3, bind '%0' as '%1'",
                     DiagnosticIDs::Note)
                << Var.getName() << Suggested << Name
                << uncertainty(Reached, Authored);
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
