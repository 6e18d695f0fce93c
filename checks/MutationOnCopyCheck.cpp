//===--- MutationOnCopyCheck.cpp - memchecks ------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "MutationOnCopyCheck.h"
#include "utils/ASTHelpers.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/ObservedAfter.h"
#include "utils/ReferenceFix.h"
#include "utils/TypeSize.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/OperatorKinds.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks {

using utils::CopyShape;

MutationOnCopyCheck::MutationOnCopyCheck(StringRef Name,
                                         ClangTidyContext *Context)
    : FunctionCheck(Name, Context),
      ValueTypes(*this, Options, Name, "ValueTypes"),
      HandleTypes(*this, Options, Name, "HandleTypes"),
      OpaqueCalleesWrite(Options.get("OpaqueCalleesWrite", true)),
      Effects([this](const CXXRecordDecl *RD) { return isValueType(RD); },
              [this](const CXXRecordDecl *RD) { return isHandleType(RD); }),
      Uses(
          Effects, [this](const CXXRecordDecl *RD) { return isValueType(RD); },
          [this](const CXXRecordDecl *RD) { return isHandleType(RD); },
          OpaqueCalleesWrite) {}

void MutationOnCopyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  ValueTypes.store(Options, Opts);
  HandleTypes.store(Options, Opts);
  Options.store(Opts, "OpaqueCalleesWrite", OpaqueCalleesWrite);
}

void MutationOnCopyCheck::registerMatchers(MatchFinder *Finder) {
  // Instantiations too, only for the copies whose type the template left
  // dependent.
  registerFunctionMatchers(Finder, Lambdas::Included, Instantiations::Included);
}

void MutationOnCopyCheck::onEndOfTranslationUnit() {
  Effects.clear();
  Reported.clear();
  DependentCopies.clear();
}

bool MutationOnCopyCheck::isHandleType(const CXXRecordDecl *RD) const {
  if (!RD)
    return true;
  if (HandleTypes.matches(RD))
    return true;
  if (ValueTypes.matches(RD))
    return false;
  return utils::isStdHandleType(RD);
}

bool MutationOnCopyCheck::isValueType(const CXXRecordDecl *RD) const {
  if (!RD || HandleTypes.matches(RD))
    return false;
  return ValueTypes.matches(RD) || utils::isStdValueType(RD);
}

bool MutationOnCopyCheck::isCopyableValue(QualType T) {
  if (T.isNull() || T->isDependentType() || T.isVolatileQualified() ||
      T->isReferenceType())
    return false;
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || isHandleType(RD))
    return false;
  return Effects.isValueLike(T);
}

void MutationOnCopyCheck::checkInstantiation(const FunctionDecl &FD,
                                             ASTContext &Ctx) {
  const llvm::SmallVectorImpl<SourceLocation> *Found = DependentCopies.of(FD);
  if (!Found)
    return;
  llvm::SmallVector<SourceLocation, 4> Locs(Found->begin(), Found->end());
  if (!FD.getBody())
    return;
  utils::FunctionContext F(FD, Ctx);
  analyseFunction(F, Locs);
}

void MutationOnCopyCheck::checkFunction(utils::FunctionContext &F) {
  analyseFunction(F);
}

void MutationOnCopyCheck::analyseFunction(
    utils::FunctionContext &F, llvm::ArrayRef<SourceLocation> OnlyCopiesAt) {
  const FunctionDecl *FD = &F.function();
  // A coroutine's parameters and locals live in its frame across
  // suspension points; leave them alone.
  if (isa<CoroutineBodyStmt>(F.body()))
    return;
  this->OnlyCopiesAt = OnlyCopiesAt;
  for (const ParmVarDecl *P : FD->parameters()) {
    CopyShape Shape;
    if (wants(*P, F) && utils::classifyCopy(*P, nullptr, Shape))
      analyseCopy(*P, Shape, F, nullptr);
  }
  collect(F);
  this->OnlyCopiesAt = {};
}

bool MutationOnCopyCheck::wants(const VarDecl &V,
                                const utils::FunctionContext &F) const {
  return !F.function().isTemplateInstantiation() ||
         llvm::is_contained(OnlyCopiesAt, V.getLocation());
}

void MutationOnCopyCheck::collect(utils::FunctionContext &F) {
  using Step = utils::FunctionContext::Step;
  // Of a range-for, only the parts the user wrote: the range, begin and end
  // variables, the condition, the increment and the loop variable's
  // statement are the compiler's. The range's statement is passed through
  // to the range expression; the loop variable is analysed just before the
  // body, where the user's statements resume.
  llvm::SmallPtrSet<const Stmt *, 8> Implicit, PassThrough;
  llvm::SmallDenseMap<const Stmt *, const CXXForRangeStmt *, 4> LoopBodies;
  const bool Instance = F.function().isTemplateInstantiation();
  F.walk(&F.body(), [&](const Stmt &S) {
    if (!Implicit.empty() && Implicit.erase(&S))
      return Step::Over;
    if (!PassThrough.empty() && PassThrough.erase(&S))
      return Step::Into;
    if (!LoopBodies.empty())
      if (auto It = LoopBodies.find(&S); It != LoopBodies.end()) {
        const CXXForRangeStmt *RF = It->second;
        LoopBodies.erase(It);
        if (const VarDecl *LV = RF->getLoopVariable()) {
          CopyShape Shape;
          if (wants(*LV, F) && utils::classifyCopy(*LV, RF, Shape))
            analyseCopy(*LV, Shape, F, RF);
        }
      }
    if (isa<LambdaExpr>(S))
      return Step::Over; // a lambda body is analysed as a function of its own
    if (const auto *RF = dyn_cast<CXXForRangeStmt>(&S)) {
      const Stmt *Parts[] = {RF->getBeginStmt(), RF->getEndStmt(),
                             RF->getCond(), RF->getInc(), RF->getLoopVarStmt()};
      for (const Stmt *Part : Parts)
        if (Part)
          Implicit.insert(Part);
      if (const Stmt *Range = RF->getRangeStmt())
        PassThrough.insert(Range);
      if (const Stmt *Body = RF->getBody())
        LoopBodies[Body] = RF;
      return Step::Into;
    }
    if (const auto *DS = dyn_cast<DeclStmt>(&S)) {
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D)) {
          CopyShape Shape;
          if (wants(*V, F) && utils::classifyCopy(*V, nullptr, Shape))
            analyseCopy(*V, Shape, F, nullptr);
        }
    }
    if (const auto *Call = dyn_cast<CallExpr>(&S); Call && !Instance)
      analyseTemporaryCall(Call, F);
    return Step::Into;
  });
}

/// Whether the token at \p Loc comes from a macro's definition rather than
/// from an argument the user passed to it.
static bool isSpelledInMacroBody(SourceLocation Loc, const SourceManager &SM) {
  return Loc.isMacroID() && SM.getFileLoc(Loc) != SM.getSpellingLoc(Loc);
}

void MutationOnCopyCheck::analyseCopy(const VarDecl &Var, CopyShape Shape,
                                      utils::FunctionContext &F,
                                      const CXXForRangeStmt *RangeFor) {
  const ASTContext &Ctx = F.astContext();
  const SourceManager &SM = Ctx.getSourceManager();
  if (Var.isInvalidDecl() || Var.hasAttr<UnusedAttr>() ||
      Var.getLocation().isInvalid() ||
      SM.isInSystemHeader(SM.getExpansionLoc(Var.getLocation())))
    return;
  if (!isa<ParmVarDecl>(Var) && !Var.hasLocalStorage())
    return; // a static local keeps its state for the next call
  const auto *DD = dyn_cast<DecompositionDecl>(&Var);
  if (!DD && !Var.getIdentifier())
    return;
  QualType T = Var.getType();
  const bool Scalar = T->isArithmeticType() || T->isEnumeralType();
  if (Scalar) {
    // Scalars only as range-for elements and local copies: a by-value scalar
    // parameter that is changed and then dropped (`while (n--)`) is mostly
    // deliberate.
    if (T.isVolatileQualified() || (Shape != CopyShape::RangeElement &&
                                    Shape != CopyShape::Local))
      return;
  }
  // A class whose other members are opaque still owns its value-like
  // fields: only changes to those are judged.
  bool OwnPartsOnly = false;
  if (!Scalar && !isCopyableValue(T)) {
    const auto *RD = T->getAsCXXRecordDecl();
    if (T.isNull() || T->isDependentType() || T->isReferenceType() || !RD ||
        !RD->hasDefinition() || isHandleType(RD) || !Effects.isValueShell(T))
      return;
    OwnPartsOnly = true;
  }
  // A strong typedef of a scalar passed by value is reassigned as
  // deliberately as the scalar would be (`if (t.v > max) t.v = max;`).
  const bool WrappedScalarParam =
      Shape == CopyShape::Param && utils::isScalarWrapper(T);
  // A constructor's initializers may bind a member to the parameter.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&F.function()))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten() && Init->getInit() &&
          !utils::findRefs(Var, *Init->getInit(), F.astContext()).empty())
        return;

  // A local is only named inside the statement that declares it: search
  // there, not the whole body, or a function with many short-lived copies
  // is scanned once per copy.
  const Stmt *Scope = &F.body();
  if (RangeFor)
    Scope = RangeFor;
  else if (!isa<ParmVarDecl>(Var))
    Scope = &F.scopeOf(Var);
  llvm::SmallVector<const DeclRefExpr *, 8> Refs =
      utils::findObjectRefs(Var, *Scope, F.astContext());
  if (Refs.empty())
    return;
  struct Mutation {
    const DeclRefExpr *Ref;
    Use U;
  };
  llvm::SmallVector<Mutation, 4> Mutations;
  llvm::SmallVector<const Stmt *, 8> Observers;
  llvm::SmallVector<const Stmt *, 2> Overwrites;
  for (const DeclRefExpr *R : Refs) {
    // A use inside a nested lambda's body runs at an unknown time.
    if (Use L; Uses.classifyInLambda(Var, R, F, L)) {
      if (L.K == Use::Escape)
        return;
      if (!llvm::is_contained(Observers, L.Site))
        Observers.push_back(L.Site);
      continue;
    }
    Use U = Uses.classify(R, F);
    if (U.K == Use::Alias) {
      // Only reads through the alias are followed; each counts where it is.
      if (!Uses.aliasOnlyReads(*U.Bound, F, Observers))
        return;
      continue;
    }
    if (U.K == Use::Escape)
      return;
    if (U.K == Use::Mutation && U.Site) {
      if (OwnPartsOnly && !Uses.mutatesOwnPart(R, U.Site, F))
        continue;
      if (utils::isWholeOverwrite(Var, R, U.Site))
        Overwrites.push_back(U.Site);
      // A macro that changes a scalar (`#define EAT(c) {... p++; }`) does so
      // at every expansion; the last one being dead is the macro's shape.
      bool Exempt =
          (Scalar && isSpelledInMacroBody(U.Site->getExprLoc(), SM)) ||
          (WrappedScalarParam && utils::isPlainAssignment(R, U.Site));
      if (!Exempt)
        Mutations.push_back({R, U});
    } else
      Observers.push_back(R);
  }
  if (Mutations.empty())
    return;
  // Source order; sites are distinct expressions, so ties do not occur
  // (std::stable_sort would pull in a deprecated libstdc++ helper).
  llvm::sort(Mutations, [&SM](const Mutation &A, const Mutation &B) {
    return SM.isBeforeInTranslationUnit(A.U.Site->getBeginLoc(),
                                        B.U.Site->getBeginLoc());
  });
  // Every lost mutation is reported where it happens; the fix-it (one edit
  // of the declaration) goes with the first. When a change is lost only
  // because the copy is overwritten afterwards (`c.inc(); c = Counter{};
  // use(c);`), binding by reference would not save it, so no fix-it.
  llvm::SmallVector<const Mutation *, 4> Lost;
  bool OverwriteLosesChange = false;
  for (const Mutation &M : Mutations) {
    if (utils::isObservedAfter(F, Var, *M.U.Site, Observers, Overwrites))
      continue;
    Lost.push_back(&M);
    if (!Overwrites.empty() &&
        utils::isObservedAfter(F, Var, *M.U.Site, Observers))
      OverwriteLosesChange = true;
  }
  bool FixOffered = OverwriteLosesChange;
  // Binding by reference keeps behaviour for certain only where nothing
  // reads the copy: a range-for element that is only changed. Elsewhere
  // the change may have been meant to stay local; the fix is a suggestion,
  // on the note.
  // A callee that is not in the TU is only assumed to write.
  const bool FixIsCertain =
      RangeFor && Observers.empty() &&
      llvm::none_of(Lost, [](const Mutation *M) { return M->U.Opaque; });
  for (const Mutation *M : Lost) {
    report(Var, Shape, F, RangeFor, M->Ref, M->U, !FixOffered, FixIsCertain);
    FixOffered = true;
  }
}

void MutationOnCopyCheck::report(const VarDecl &Var, CopyShape Shape,
                                 utils::FunctionContext &F,
                                 const CXXForRangeStmt *RangeFor,
                                 const DeclRefExpr *Ref, const Use &Mut,
                                 bool WithFix, bool FixIsCertain) {
  const ASTContext &Ctx = F.astContext();
  const SourceManager &SM = Ctx.getSourceManager();
  const auto *DD = dyn_cast<DecompositionDecl>(&Var);
  SourceLocation Loc = Mut.Site->getExprLoc();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Mut.Site))
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
      Loc = ME->getMemberLoc();
  if (Loc.isInvalid() || !Reported.insert(Loc.getRawEncoding()).second)
    return;

  std::string Name = DD ? "" : Var.getName().str();
  if (DD) {
    // Name the binding the mutation went through.
    if (const auto *B = dyn_cast<BindingDecl>(Ref->getDecl()))
      Name = B->getName().str();
    else
      Name = Ref->getDecl()->getNameAsString();
  }
  std::string Origin;
  switch (Shape) {
  case CopyShape::RangeElement:
    Origin = DD ? "bound to a copy of the container element"
                : "a copy of the container element";
    break;
  case CopyShape::Local: {
    StringRef Text = utils::shortCopiedText(Var, 40);
    std::string Of =
        Text.empty() ? std::string("another object") : ("'" + Text + "'").str();
    Origin = (DD ? "bound to a copy of " : "a copy of ") + Of;
    break;
  }
  case CopyShape::Param:
    Origin = "a parameter passed by value";
    break;
  case CopyShape::ExplicitObject:
    Origin = "an explicit object parameter passed by value";
    break;
  }
  // A fix-it in a template would be one edit for every instantiation.
  const bool Fixable =
      WithFix && !F.function().isTemplateInstantiation() &&
      (Shape == CopyShape::RangeElement || Shape == CopyShape::Local);
  compat::Optional<FixItHint> Fix;
  if (Fixable)
    Fix = utils::referenceFix(Var, RangeFor, F);
  {
    auto Diag = diag(Loc, "'%0' modifies '%1', %2; the change is lost")
                << Mut.What << Name << Origin;
    if (Fix && FixIsCertain)
      Diag << *Fix;
  }
  switch (Shape) {
  case CopyShape::RangeElement:
  case CopyShape::Local: {
    std::string Copied =
        DD ? std::string("the structured binding") : Var.getName().str();
    if (!Fix || FixIsCertain) {
      diag(Var.getLocation(), "'%0' is copied here", DiagnosticIDs::Note)
          << Copied;
      break;
    }
    diag(Var.getLocation(),
         "'%0' is copied here; a reference would change the original",
         DiagnosticIDs::Note)
        << Copied << *Fix;
    break;
  }
  case CopyShape::Param:
  case CopyShape::ExplicitObject:
    diag(Var.getLocation(),
         "'%0' is a copy; take it by reference, or return the new value",
         DiagnosticIDs::Note)
        << Var.getName();
    break;
  }
  if (const FunctionDecl *Opaque = Mut.Opaque)
    diag(SM.isInSystemHeader(SM.getExpansionLoc(Opaque->getLocation()))
             ? Loc
             : Opaque->getLocation(),
         "'%0' takes the copy by non-const reference and is defined in "
         "another translation unit",
         DiagnosticIDs::Note)
        << Opaque->getName();
}

void MutationOnCopyCheck::analyseTemporaryCall(const CallExpr *Call,
                                               utils::FunctionContext &F) {
  const Expr *Object = nullptr;
  const CXXMethodDecl *M = nullptr;
  SourceLocation Loc;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    Object = MC->getImplicitObjectArgument();
    M = MC->getMethodDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
      Loc = ME->getMemberLoc();
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
    M = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
    if (M && Op->getNumArgs() > 0)
      Object = Op->getArg(0);
    Loc = Op->getOperatorLoc();
  }
  if (!Object || !M || M->isConst() || M->isStatic() ||
      !compat::isImplicitObjectMemberFunction(M) || Loc.isInvalid())
    return;
  const CallExpr *Source = utils::temporaryFromCall(Object);
  if (!Source || !utils::isDiscarded(Call, F))
    return;
  const FunctionDecl *Producer = Source->getDirectCallee();
  if (!Producer || !Producer->getIdentifier())
    return;
  const SourceManager &SM = F.astContext().getSourceManager();
  if (SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
    return;
  if (!isCopyableValue(Source->getType()))
    return;
  if (!Uses.changesOnlyObject(Call, *M) ||
      !Reported.insert(Loc.getRawEncoding()).second)
    return;
  diag(Loc, "'%0' modifies a temporary returned by value from '%1'; the "
            "change is lost")
      << utils::mutationName(Call, M) << Producer->getName();
  if (!SM.isInSystemHeader(SM.getExpansionLoc(Producer->getLocation())))
    diag(Producer->getLocation(), "'%0' returns a copy", DiagnosticIDs::Note)
        << Producer->getName();
}

} // namespace clang::tidy::memchecks
