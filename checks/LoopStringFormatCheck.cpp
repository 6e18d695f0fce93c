//===--- LoopStringFormatCheck.cpp - memchecks ------------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "LoopStringFormatCheck.h"
#include "utils/ASTHelpers.h"
#include "utils/ColdPaths.h"
#include "utils/FunctionContext.h"
#include "utils/IterationLifetime.h"
#include "utils/KeptParams.h"
#include "utils/Options.h"
#include "utils/StringGrowth.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks {

static const char DefaultFormatFunctions[] =
    "::std::format;::std::vformat;::std::to_string;::std::to_wstring;"
    "::fmt::format;::fmt::vformat;::fmt::to_string;"
    "::absl::StrCat;::absl::StrFormat;::absl::Substitute";
static const char DefaultStringTypes[] = "::std::basic_string";

/// The function \p C calls: its direct callee, or in a template the first
/// candidate of an unresolved name (`fmt::format(...)` with dependent
/// arguments).
static const NamedDecl *namedCallee(const CallExpr &C) {
  if (const NamedDecl *Callee = C.getDirectCallee())
    return Callee;
  if (const auto *ULE = dyn_cast_or_null<UnresolvedLookupExpr>(
          C.getCallee() ? C.getCallee()->IgnoreImplicit() : nullptr))
    if (ULE->getNumDecls() > 0)
      return (*ULE->decls_begin())->getUnderlyingDecl();
  return nullptr;
}

static std::string withLeadingColons(StringRef S) {
  S = S.trim();
  return compat::startsWith(S, "::") ? S.str() : "::" + S.str();
}

/// `::ns::Name`, as the options spell names: utils::qualifiedName with the
/// leading `::`.
static std::string optionName(const NamedDecl *D) {
  return "::" + utils::qualifiedName(D);
}

static std::string recordName(QualType T) {
  if (T.isNull() || T->isDependentType())
    return "";
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD ? optionName(RD) : "";
}

class LoopStringFormatCheck::BodyWalker {
public:
  BodyWalker(LoopStringFormatCheck &Check, utils::FunctionContext &F,
             utils::LoopColdPaths &Paths)
      : Check(Check), Ctx(F.astContext()), SM(Ctx.getSourceManager()), F(F),
        Paths(Paths), Body(*Paths.body()),
        Lifetime(Body, F, Check.Kept,
                 [&Check](QualType T) { return Check.isStringType(T); }) {}

  void walk(const Stmt *S);

private:
  bool visitCandidate(const Expr *E);
  void checkStream(const VarDecl *VD);
  bool isStringType(QualType T) const { return Check.isStringType(T); }
  /// A string local built only for cold code.
  bool isColdString(const VarDecl &VD) {
    return VD.getInit() && VD.hasLocalStorage() &&
           !VD.getType()->isReferenceType() && isStringType(VD.getType()) &&
           Paths.onlyUsedOnColdPaths(VD);
  }
  bool inSystemCode(SourceLocation L) const {
    return L.isInvalid() || SM.isInSystemHeader(SM.getSpellingLoc(L)) ||
           SM.isInSystemHeader(SM.getExpansionLoc(L));
  }
  void noteLoop() {
    Check.diag(Paths.loop().getBeginLoc(), "the loop is here",
               DiagnosticIDs::Note);
  }

  LoopStringFormatCheck &Check;
  ASTContext &Ctx;
  const SourceManager &SM;
  utils::FunctionContext &F;
  utils::LoopColdPaths &Paths;
  const Stmt &Body;
  utils::IterationLifetime Lifetime;
};

void LoopStringFormatCheck::BodyWalker::walk(const Stmt *S) {
  if (!S)
    return;
  // A nested loop is matched on its own; a lambda that is only defined here
  // does not run here; unevaluated operands allocate nothing.
  if (isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt, LambdaExpr,
          UnaryExprOrTypeTraitExpr, CXXNoexceptExpr, CXXTypeidExpr>(S))
    return;
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D)) {
        checkStream(VD);
        if (!Check.IgnoreColdPaths || !isColdString(*VD))
          walk(VD->getInit());
      }
    return;
  }
  // Paths that leave the loop run once, usually to report an error; an
  // exception handler runs only when something already went wrong; what a
  // cold function is given is built only for it.
  if (Check.IgnoreColdPaths && Paths.skips(*S))
    return;
  if (const auto *If = dyn_cast<IfStmt>(S); If && Check.IgnoreColdPaths) {
    walk(If->getInit());
    walk(If->getConditionVariableDeclStmt());
    walk(If->getCond());
    for (const Stmt *Branch : {If->getThen(), If->getElse()})
      if (Branch && !Paths.isColdBranch(*If, *Branch))
        walk(Branch);
    return;
  }
  if (const auto *SW = dyn_cast<SwitchStmt>(S)) {
    walk(SW->getInit());
    walk(SW->getCond());
    utils::LoopColdPaths::SwitchScope InSwitch(Paths);
    walk(SW->getBody());
    return;
  }
  // A lambda called in place runs on every iteration.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
      Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0) {
    if (const auto *L = dyn_cast<LambdaExpr>(Op->getArg(0)->IgnoreImplicit())) {
      walk(L->getBody());
      for (unsigned I = 1, N = Op->getNumArgs(); I < N; ++I)
        walk(Op->getArg(I));
      return;
    }
  }
  if (const auto *E = dyn_cast<Expr>(S))
    if (visitCandidate(E))
      return; // one diagnostic per outermost string-building expression
  for (const Stmt *Child : S->children())
    walk(Child);
}

/// Whether \p E builds a string; reports it when the string dies within the
/// iteration.
bool LoopStringFormatCheck::BodyWalker::visitCandidate(const Expr *E) {
  std::string Name;
  bool IsConcat = false;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (Op->getOperator() != OO_Plus || Op->isTypeDependent() ||
        !isStringType(Op->getType()))
      return false;
    IsConcat = true;
  } else if (const auto *C = dyn_cast<CallExpr>(E)) {
    const NamedDecl *Callee = namedCallee(*C);
    if (!Callee || !Check.isFormatFunction(Callee))
      return false;
    Name = optionName(Callee);
    if (const auto *FD = Callee->getAsFunction()) {
      QualType R = FD->getReturnType();
      if (R->isReferenceType() || R->isVoidType())
        return false;
    }
    // A lone to_string of a number fits the small-string buffer.
    StringRef Last = StringRef(Name).rsplit("::").second;
    if ((Last == "to_string" || Last == "to_wstring") &&
        !Check.FlagSmallToString && C->getNumArgs() == 1) {
      QualType ArgT = C->getArg(0)->getType();
      if (ArgT->isDependentType() || ArgT->isArithmeticType() ||
          ArgT->isEnumeralType())
        return true;
    }
    // So does a lone StrCat of an int (11 characters).
    if (!Check.FlagSmallToString)
      if (std::optional<unsigned> Len = utils::longestFormattedInteger(*C, Ctx))
        if (std::optional<unsigned> Cap =
                utils::smallStringCapacity(C->getType(), Ctx);
            Cap && *Len <= *Cap)
          return true;
  } else {
    return false;
  }
  if (inSystemCode(E->getBeginLoc()))
    return true;
  // A chain that fits the small-string buffer, or only grows the string a
  // call returned, allocates nothing a reused buffer would save; what its
  // operands build is judged on its own.
  if (IsConcat && !Check.FlagSmallToString &&
      !utils::concatenationMayAllocate(
          *cast<CXXOperatorCallExpr>(E), Ctx, &F.body(),
          [&](const CallExpr &C) {
            const FunctionDecl *Callee = C.getDirectCallee();
            return Callee && Check.isFormatFunction(Callee);
          },
          &Check.StringBounds))
    return false;

  utils::IterationOutcome Outcome = Lifetime.fateOf(*E);
  if (Outcome.Fate == utils::IterationFate::Outlives)
    return true;
  if (IsConcat && Outcome.Fate == utils::IterationFate::SelfAppend) {
    std::string Spelled =
        Lexer::getSourceText(CharSourceRange::getTokenRange(
                                 Outcome.AssignedTo->getSourceRange()),
                             SM, Ctx.getLangOpts())
            .str();
    Check.diag(E->getBeginLoc(),
               "'operator+' builds a new string on every iteration of this "
               "loop; append to '%0' with += instead")
        << (Spelled.empty() ? "the string" : Spelled) << E->getSourceRange();
  } else if (IsConcat) {
    Check.diag(E->getBeginLoc(),
               "'operator+' builds a new string on every iteration of this "
               "loop; append the parts to a buffer declared outside the loop "
               "and reused")
        << E->getSourceRange();
  } else {
    Check.diag(E->getBeginLoc(),
               "'%0' builds a new string on every iteration of this loop; "
               "format into a buffer declared outside the loop and reused")
        << StringRef(Name).drop_front(2) << E->getSourceRange();
  }
  noteLoop();
  return true;
}

void LoopStringFormatCheck::BodyWalker::checkStream(const VarDecl *VD) {
  if (!VD || VD->isInvalidDecl() || !VD->hasLocalStorage() ||
      VD->getType()->isReferenceType() || VD->getType()->isDependentType() ||
      !VD->getIdentifier())
    return;
  std::string T = recordName(VD->getType());
  if (T != "::std::basic_ostringstream" && T != "::std::basic_stringstream")
    return;
  if (inSystemCode(VD->getLocation()))
    return;
  // A stream that is moved or returned is the product of the iteration;
  // one that only feeds a report is as cold as the report.
  if (Lifetime.isReturnedOrMoved(*VD) ||
      (Check.IgnoreColdPaths && Paths.onlyFeedsColdPaths(*VD)))
    return;
  Check.diag(VD->getLocation(), "'%0' is constructed on every iteration; "
                                "hoist it and reset it with %0.str({}), "
                                "%0.clear()")
      << VD->getName();
  noteLoop();
}

bool LoopStringFormatCheck::isFormatFunction(const NamedDecl *Callee) {
  auto [It, New] = FormatCallees.try_emplace(Callee->getCanonicalDecl(), false);
  if (New)
    It->second = FormatFunctions.count(optionName(Callee));
  return It->second;
}

bool LoopStringFormatCheck::isStringType(QualType T) {
  if (T.isNull() || T->isDependentType())
    return false;
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  auto [It, New] = StringRecords.try_emplace(RD, false);
  if (New)
    It->second = StringTypes.count(optionName(RD));
  return It->second;
}

LoopStringFormatCheck::LoopStringFormatCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : FunctionCheck(Name, Context),
      FormatFunctionsSpelling(
          Options.get("FormatFunctions", DefaultFormatFunctions)),
      StringTypesSpelling(Options.get("StringTypes", DefaultStringTypes)),
      FlagSmallToString(Options.get("FlagSmallToString", false)),
      IgnoreColdPaths(Options.get("IgnoreColdPaths", true)),
      ColdFunctions(*this, Options, Name, "ColdFunctions",
                    utils::DefaultColdFunctions),
      Cold(ColdFunctions.list()) {
  for (const std::string &F : utils::splitList(FormatFunctionsSpelling))
    FormatFunctions.insert(withLeadingColons(F));
  for (const std::string &T : utils::splitList(StringTypesSpelling))
    StringTypes.insert(withLeadingColons(T));
}

void LoopStringFormatCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "FormatFunctions", FormatFunctionsSpelling);
  Options.store(Opts, "StringTypes", StringTypesSpelling);
  Options.store(Opts, "FlagSmallToString", FlagSmallToString);
  Options.store(Opts, "IgnoreColdPaths", IgnoreColdPaths);
  ColdFunctions.store(Options, Opts);
}

void LoopStringFormatCheck::registerMatchers(MatchFinder *Finder) {
  // Whole functions, not loops: the loops are found by one walk of the body,
  // which also knows whether each one sits on an error path, and the body's
  // parents are indexed only when a loop holds something to look at.
  registerFunctionMatchers(Finder);
}

void LoopStringFormatCheck::onEndOfTranslationUnit() {
  FormatCallees.clear();
  StringRecords.clear();
  Cold.clear();
  Kept.clear();
}

bool LoopStringFormatCheck::wantsFunction(const FunctionDecl &FD) {
  // A lambda is walked with the function it is written in; only those
  // outside any function (namespace scope, member initializers) on their
  // own.
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  return !MD || !MD->getParent()->isLambda() ||
         !MD->getParent()->getDeclContext()->isFunctionOrMethod();
}

bool LoopStringFormatCheck::mayBuildString(const Stmt &Loop) {
  // What visitCandidate and checkStream look at, asked without the cold-path
  // and lifetime questions: most loops build no string at all.
  llvm::SmallVector<const Stmt *, 32> Work{&Loop};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
      if (Op->getOperator() == OO_Plus)
        return true;
    } else if (const auto *C = dyn_cast<CallExpr>(S)) {
      const NamedDecl *Callee = namedCallee(*C);
      if (Callee && isFormatFunction(Callee))
        return true;
    } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          if (const auto *RD =
                  VD->getType().getNonReferenceType()->getAsCXXRecordDecl();
              RD && RD->getIdentifier() &&
              (RD->getName() == "basic_ostringstream" ||
               RD->getName() == "basic_stringstream"))
            return true;
    }
    for (const Stmt *Child : S->children())
      if (Child)
        Work.push_back(Child);
  }
  return false;
}

void LoopStringFormatCheck::checkFunction(utils::FunctionContext &F) {
  ASTContext &Ctx = F.astContext();
  StringBounds.clear(); // bounds of this function's variables
  llvm::SmallVector<utils::LoopSite, 8> Loops = utils::findLoops(F);
  if (Loops.empty())
    return;
  for (const utils::LoopSite &Site : Loops) {
    if (!mayBuildString(*Site.Loop))
      continue;
    utils::LoopColdPaths Paths(Cold, *Site.Loop, F);
    if (!Paths.body() || Site.Loop->getBeginLoc().isInvalid())
      continue;
    if ((IgnoreColdPaths && Site.OnFatalPath) ||
        utils::runsAtMostOnce(*Site.Loop, Ctx))
      continue;
    BodyWalker(*this, F, Paths).walk(Paths.body());
  }
}

} // namespace clang::tidy::memchecks
