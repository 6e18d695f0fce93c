//===--- LoopStringFormatCheck.cpp - memchecks ------------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "LoopStringFormatCheck.h"
#include "utils/ASTHelpers.h"
#include "utils/ColdPaths.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/FunctionContext.h"
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

namespace {
enum class Fate {
  Dies,       ///< destroyed by the end of the iteration: report
  SelfAppend, ///< `s = s + ...`: report, suggest +=
  Outlives,   ///< kept, moved out, or unknown: stay quiet
};
} // namespace

class LoopStringFormatCheck::BodyWalker {
public:
  BodyWalker(LoopStringFormatCheck &Check, utils::FunctionContext &F,
             utils::LoopColdPaths &Paths)
      : Check(Check), Ctx(F.astContext()), SM(Ctx.getSourceManager()),
        Parents(F), Paths(Paths), Body(Paths.body()) {}

  void walk(const Stmt *S);

private:
  bool visitCandidate(const Expr *E);
  void checkStream(const VarDecl *VD);
  Fate fateOf(const Expr *E);
  Fate fateOfVar(const VarDecl *VD);
  Fate fateOfAssignment(const Expr *LHS, const Expr *Candidate);
  bool useEscapes(const DeclRefExpr *Ref);
  /// A string local built only for cold code.
  bool isColdString(const VarDecl &VD) {
    return VD.getInit() && VD.hasLocalStorage() &&
           !VD.getType()->isReferenceType() && isStringType(VD.getType()) &&
           Paths.onlyUsedOnColdPaths(VD);
  }
  bool isStringType(QualType T) const { return Check.isStringType(T); }
  /// A string parameter taken by value owns a string whatever it is given:
  /// a buffer reused across iterations would be copied into it, so building
  /// the argument in place costs nothing more.
  bool isByValueString(QualType ParamType) const {
    return !ParamType->isReferenceType() && isStringType(ParamType);
  }
  bool declaredInBody(const Decl *D) const {
    SourceRange R = Body->getSourceRange();
    SourceLocation L = SM.getExpansionLoc(D->getLocation());
    return R.isValid() && L.isValid() &&
           !SM.isBeforeInTranslationUnit(L, SM.getExpansionLoc(R.getBegin())) &&
           !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(R.getEnd()), L);
  }
  /// The parent statement of \p S; for the initializer of a variable, null
  /// with the variable in \p InitializedVar.
  const Stmt *parentStmt(const Stmt *S,
                         const VarDecl **InitializedVar = nullptr) {
    const Stmt *P = Parents.parent(S);
    if (isa_and_nonnull<DeclStmt>(P)) {
      if (InitializedVar)
        *InitializedVar = Parents.initializedVar(S);
      return nullptr;
    }
    return P;
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
  utils::FunctionContext &Parents;
  utils::LoopColdPaths &Paths;
  const Stmt *Body;
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
    const NamedDecl *Callee = C->getDirectCallee();
    if (!Callee)
      if (const auto *ULE = dyn_cast_or_null<UnresolvedLookupExpr>(
              C->getCallee() ? C->getCallee()->IgnoreImplicit() : nullptr))
        if (ULE->getNumDecls() > 0)
          Callee = (*ULE->decls_begin())->getUnderlyingDecl();
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
          *cast<CXXOperatorCallExpr>(E), Ctx, &Parents.body(),
          [&](const CallExpr &C) {
            const FunctionDecl *Callee = C.getDirectCallee();
            return Callee && Check.isFormatFunction(Callee);
          },
          &Check.StringBounds))
    return false;

  Fate F = fateOf(E);
  if (F == Fate::Outlives)
    return true;
  if (IsConcat && F == Fate::SelfAppend) {
    const Expr *LHS = nullptr;
    // Recover the assigned variable's name for the suggestion.
    const Stmt *Cur = E;
    while (const Stmt *P = parentStmt(Cur)) {
      if (const auto *A = dyn_cast<CXXOperatorCallExpr>(P);
          A && A->getOperator() == OO_Equal) {
        LHS = A->getArg(0)->IgnoreParenImpCasts();
        break;
      }
      Cur = P;
    }
    StringRef Target = "the string";
    std::string Spelled;
    if (LHS)
      Spelled = Lexer::getSourceText(
                    CharSourceRange::getTokenRange(LHS->getSourceRange()), SM,
                    Ctx.getLangOpts())
                    .str();
    Check.diag(E->getBeginLoc(),
               "'operator+' builds a new string on every iteration of this "
               "loop; append to '%0' with += instead")
        << (Spelled.empty() ? Target.str() : Spelled) << E->getSourceRange();
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

Fate LoopStringFormatCheck::BodyWalker::fateOf(const Expr *Candidate) {
  const Stmt *Cur = Candidate;
  while (true) {
    const VarDecl *Initialized = nullptr;
    const Stmt *P = parentStmt(Cur, &Initialized);
    if (!P)
      return Initialized ? fateOfVar(Initialized) : Fate::Outlives;
    if (isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
            CXXBindTemporaryExpr, ExprWithCleanups, ConstantExpr,
            CXXFunctionalCastExpr, InitListExpr, CXXStdInitializerListExpr>(P)) {
      Cur = P;
      continue;
    }
    if (const auto *CO = dyn_cast<AbstractConditionalOperator>(P)) {
      if (CO->getCond() == Cur)
        return Fate::Outlives;
      Cur = P;
      continue;
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(P)) {
      const CXXConstructorDecl *Ctor = CE->getConstructor();
      if (!Ctor)
        return Fate::Outlives;
      if (Ctor->isCopyOrMoveConstructor() || isStringType(CE->getType())) {
        Cur = P;
        continue;
      }
      unsigned I = 0, N = CE->getNumArgs();
      while (I < N && CE->getArg(I) != Cur)
        ++I;
      if (I == N || I >= Ctor->getNumParams())
        return Fate::Outlives;
      QualType PT = Ctor->getParamDecl(I)->getType();
      if (isByValueString(PT))
        return Fate::Outlives;
      // Taken by value or by rvalue reference, the string becomes part of the
      // new object: follow that object instead.
      if (!PT->isReferenceType() || PT->isRValueReferenceType() ||
          Check.Kept.keeps(*Ctor, I, Ctx)) {
        Cur = P;
        continue;
      }
      return Fate::Dies;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(P))
      return ME->getBase() == Cur ? Fate::Dies : Fate::Outlives;
    if (const auto *C = dyn_cast<CallExpr>(P)) {
      const FunctionDecl *FD = C->getDirectCallee();
      if (!FD)
        return Fate::Outlives;
      if (utils::isStdMoveOrForward(FD)) {
        Cur = P;
        continue;
      }
      unsigned I = 0, N = C->getNumArgs();
      while (I < N && C->getArg(I) != Cur)
        ++I;
      if (I == N)
        return Fate::Outlives;
      unsigned ParamIdx = I;
      const auto *Op = dyn_cast<CXXOperatorCallExpr>(C);
      if (Op && isa<CXXMethodDecl>(FD) &&
          !cast<CXXMethodDecl>(FD)->isStatic()) {
        if (I == 0)
          return Fate::Dies; // an operator applied to the temporary itself
        ParamIdx = I - 1;
        if (Op->getOperator() == OO_Equal)
          return fateOfAssignment(C->getArg(0), Candidate);
      }
      if (utils::isContainerInsertion(FD))
        return Fate::Outlives;
      if (ParamIdx >= FD->getNumParams())
        return Fate::Outlives;
      const ParmVarDecl *Param = FD->getParamDecl(ParamIdx);
      QualType PT = Param->getType();
      if (PT->isRValueReferenceType())
        return Fate::Outlives;
      if (isByValueString(PT))
        return Fate::Outlives;
      // `setText(const std::string &s) { text = s; }`: kept by the callee.
      if (PT->isReferenceType() && Check.Kept.keeps(*FD, ParamIdx, Ctx))
        return Fate::Outlives;
      return Fate::Dies;
    }
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(P))
      return Cast->getType()->isVoidType() ? Fate::Dies : Fate::Outlives;
    if (const auto *BO = dyn_cast<BinaryOperator>(P))
      return BO->getOpcode() == BO_Comma && BO->getLHS() == Cur
                 ? Fate::Dies
                 : Fate::Outlives;
    // A statement of its own: the value is discarded.
    if (isa<CompoundStmt, SwitchCase, LabelStmt, AttributedStmt>(P))
      return Fate::Dies;
    if (const auto *If = dyn_cast<IfStmt>(P))
      return If->getCond() != Cur ? Fate::Dies : Fate::Outlives;
    return Fate::Outlives;
  }
}

Fate LoopStringFormatCheck::BodyWalker::fateOfAssignment(
    const Expr *LHS, const Expr *Candidate) {
  LHS = LHS->IgnoreParenImpCasts();
  const ValueDecl *Target = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(LHS))
    Target = DRE->getDecl();
  else if (const auto *ME = dyn_cast<MemberExpr>(LHS);
           ME && isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
    Target = ME->getMemberDecl();
  if (!Target)
    return Fate::Outlives;
  // `s = s + a + b`: the leftmost operand of the chain is the target.
  const Expr *Left = Candidate;
  while (true) {
    Left = Left->IgnoreImplicit()->IgnoreParens();
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(Left);
    if (!Op || Op->getOperator() != OO_Plus || Op->getNumArgs() != 2)
      break;
    Left = Op->getArg(0);
  }
  Left = Left->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Left); DRE && DRE->getDecl() == Target)
    return Fate::SelfAppend;
  if (const auto *ME = dyn_cast<MemberExpr>(Left);
      ME && ME->getMemberDecl() == Target &&
      isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
    return Fate::SelfAppend;
  // Assigned to something that lives outside the loop: that is the product.
  const auto *VD = dyn_cast<VarDecl>(Target);
  if (!VD || VD->getType()->isReferenceType() || !declaredInBody(VD))
    return Fate::Outlives;
  return fateOfVar(VD);
}

Fate LoopStringFormatCheck::BodyWalker::fateOfVar(const VarDecl *VD) {
  if (!VD->isLocalVarDecl() || !VD->hasLocalStorage() || VD->isInitCapture() ||
      isa<ParmVarDecl>(VD))
    return Fate::Outlives;
  for (const DeclRefExpr *Ref : utils::findRefs(*VD, *Body, Ctx))
    if (useEscapes(Ref))
      return Fate::Outlives;
  return Fate::Dies;
}

/// Whether a use of a loop-local string may keep its contents beyond the
/// iteration: moved, copied into something, stored, returned, aliased.
bool LoopStringFormatCheck::BodyWalker::useEscapes(const DeclRefExpr *Ref) {
  const Stmt *Cur = Ref;
  while (true) {
    const Stmt *P = parentStmt(Cur);
    if (!P)
      return true;
    if (isa<ImplicitCastExpr, ParenExpr>(P)) {
      Cur = P;
      continue;
    }
    if (const auto *CO = dyn_cast<AbstractConditionalOperator>(P)) {
      if (CO->getCond() == Cur)
        return false;
      Cur = P;
      continue;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(P)) {
      if (ME->getBase() != Cur)
        return true;
      const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
      if (isa_and_nonnull<CXXConversionDecl>(MD))
        return false; // a view or a pointer into the string
      return !MD || !MD->getIdentifier() || MD->getName() == "swap";
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(P)) {
      // Copied into a new object through a const reference: the copy is what
      // may be kept, so follow the new object.
      const CXXConstructorDecl *Ctor = CE->getConstructor();
      if (!Ctor || Ctor->isCopyOrMoveConstructor() ||
          isStringType(CE->getType()))
        return true;
      const ParmVarDecl *Param =
          utils::paramForArg(CE, utils::argIndexOf(CE, cast<Expr>(Cur)));
      if (!Param)
        return true;
      QualType PT = Param->getType();
      if (!PT->isLValueReferenceType() ||
          !PT.getNonReferenceType().isConstQualified())
        return true;
      return fateOf(CE) != Fate::Dies;
    }
    if (const auto *C = dyn_cast<CallExpr>(P)) {
      const FunctionDecl *FD = C->getDirectCallee();
      if (!FD || utils::isStdMoveOrForward(FD))
        return true;
      unsigned I = utils::argIndexOf(C, cast<Expr>(Cur));
      if (I == C->getNumArgs())
        return true;
      // s = ..., s += ..., s[i]: the string itself is changed
      if (utils::isOperatorObjectArg(C, I))
        return false;
      if (utils::isOperatorObjectArg(C, 0) &&
          FD->getOverloadedOperator() == OO_Equal)
        return true; // copied into something else
      const ParmVarDecl *Param = utils::paramForArg(C, I);
      if (utils::isContainerInsertion(FD) || !Param)
        return true;
      QualType PT = Param->getType();
      if (PT->isRValueReferenceType() || utils::isNonConstRef(PT))
        return true;
      return PT->isReferenceType() &&
             Check.Kept.keeps(*FD, Param->getFunctionScopeIndex(), Ctx);
    }
    return true;
  }
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
  // A stream that is moved or returned is the product of the iteration.
  for (const DeclRefExpr *Ref : utils::findRefs(*VD, *Body, Ctx)) {
    const Stmt *Cur = Ref;
    while (const Stmt *P = parentStmt(Cur)) {
      if (!isa<ImplicitCastExpr, ParenExpr>(P)) {
        if (isa<ReturnStmt>(P))
          return;
        if (const auto *C = dyn_cast<CallExpr>(P);
            C && utils::isStdMoveOrForward(C->getDirectCallee()))
          return;
        break;
      }
      Cur = P;
    }
  }
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

void LoopStringFormatCheck::checkFunction(const FunctionDecl &FD,
                                          ASTContext &Ctx) {
  StringBounds.clear(); // bounds of this function's variables
  llvm::SmallVector<utils::LoopSite, 8> Loops = utils::findLoops(FD.getBody());
  if (Loops.empty())
    return;
  utils::FunctionContext F(FD, Ctx);
  for (const utils::LoopSite &Site : Loops) {
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
