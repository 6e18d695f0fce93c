//===--- NeedlessHeapCheck.cpp - memchecks --------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "NeedlessHeapCheck.h"
#include "utils/ASTHelpers.h"
#include "utils/CommentAbove.h"
#include "utils/EscapeAnalysis.h"
#include "utils/FreshAllocation.h"
#include "utils/HeapLifetime.h"
#include "utils/HeapToLocalFix.h"
#include "utils/HeapTypes.h"
#include "utils/KeptResults.h"
#include "utils/StdLibrary.h"
#include "utils/TypeSize.h"
#include "clang/AST/ASTContext.h"

namespace clang::tidy::memchecks {

// The first is the size at which returning by value stops being obviously
// cheaper than one allocation (see docs/checks/needless-heap.md); the second
// keeps big objects off small thread stacks.
static constexpr uint64_t DefaultSizeThreshold = 64;
static constexpr uint64_t DefaultStackSizeThreshold = 1024;

using Holder = utils::PointerHolder;

NeedlessHeapCheck::NeedlessHeapCheck(StringRef Name, ClangTidyContext *Context)
    : FunctionCheck(Name, Context),
      SizeThreshold(Options.get("SizeThreshold", DefaultSizeThreshold)),
      StackSizeThreshold(
          Options.get("StackSizeThreshold", DefaultStackSizeThreshold)),
      CheckSharedPtr(Options.get("CheckSharedPtr", false)) {}

void NeedlessHeapCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "SizeThreshold", SizeThreshold);
  Options.store(Opts, "StackSizeThreshold", StackSizeThreshold);
  Options.store(Opts, "CheckSharedPtr", CheckSharedPtr);
}

/// A local pointer or record, not implicit and not in a system header,
/// whose initializer is spelled like an allocation (freshAllocation
/// decides): `new T`, `std::make_unique<T>()`, `std::unique_ptr<T>(new T)`,
/// and any of those under std::move or parentheses.
static bool mayHoldAllocation(const VarDecl &V, const SourceManager &SM) {
  if (isa<ParmVarDecl>(V) || !V.hasLocalStorage() || V.isImplicit() ||
      !(V.getType()->isPointerType() || V.getType()->isRecordType()))
    return false;
  const Expr *Init = V.getAnyInitializer();
  if (!Init)
    return false;
  const Expr *E = Init->IgnoreUnlessSpelledInSource();
  if (!isa<CXXNewExpr, CXXConstructExpr, CXXFunctionalCastExpr, ParenExpr>(E)) {
    const auto *Call = dyn_cast<CallExpr>(E);
    const auto *Callee =
        Call ? dyn_cast_or_null<FunctionDecl>(Call->getCalleeDecl()) : nullptr;
    if (!Callee || !Callee->getIdentifier() || !Callee->isInStdNamespace())
      return false;
    StringRef Name = Callee->getName();
    if (Name != "make_unique" && Name != "make_shared" && Name != "move")
      return false;
  }
  SourceLocation Loc = SM.getExpansionLoc(V.getBeginLoc());
  return Loc.isInvalid() || !SM.isInSystemHeader(Loc);
}

/// The locals of \p FD's roots that may hold an allocation. A lambda's body
/// is a function of its own (the shared matcher hands its call operator);
/// its init-captures are met here, where the lambda is written.
static void collectLocals(utils::FunctionContext &F, const SourceManager &SM,
                          llvm::SmallVectorImpl<const VarDecl *> &Out) {
  using Step = utils::FunctionContext::Step;
  F.walk(nullptr, [&](const Stmt &S) {
    if (const auto *DS = dyn_cast<DeclStmt>(&S)) {
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D);
            V && mayHoldAllocation(*V, SM))
          Out.push_back(V);
    } else if (const auto *L = dyn_cast<LambdaExpr>(&S)) {
      for (const LambdaCapture &C : L->captures())
        if (C.capturesVariable() && L->isInitCapture(&C))
          if (const auto *V = dyn_cast_or_null<VarDecl>(C.getCapturedVar());
              V && mayHoldAllocation(*V, SM))
            Out.push_back(V);
      return Step::OverLambdaBody;
    }
    return Step::Into;
  });
}

void NeedlessHeapCheck::checkFunction(utils::FunctionContext &F) {
  const FunctionDecl &FD = F.function();
  ASTContext &Ctx = F.astContext();
  AST = &Ctx;
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::SmallVector<const VarDecl *, 8> Locals;
  collectLocals(F, SM, Locals);
  for (const VarDecl *VD : Locals)
    if (shownFiles().shows(VD->getLocation(), SM))
      checkLocal(*VD, Ctx);
  if (FD.getReturnType()->isRecordType() && !FD.isMain())
    checkReturns(FD, Ctx);
}

void NeedlessHeapCheck::checkReturns(const FunctionDecl &FD, ASTContext &Ctx) {
  Holder Kind = Holder::Raw;
  QualType T = utils::smartPointee(FD.getReturnType(), Kind);
  if (T.isNull() || (Kind == Holder::Shared && !CheckSharedPtr))
    return;
  const Stmt *Body = FD.getBody();
  if (!Body || isa<CoroutineBodyStmt>(Body))
    return;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(&FD))
    if (MD->isVirtual() || MD->getParent()->isLambda())
      return;
  if (!utils::couldBeValue(T) || utils::onlyBuiltByFactories(T))
    return;
  compat::Optional<uint64_t> Size = utils::sizeInBytes(T, Ctx);
  if (!Size || *Size > SizeThreshold)
    return;
  if (utils::documentsEmptyResult(FD, Ctx.getSourceManager()))
    return;
  // pimpl: a declaration that sees T incomplete cannot return it by value.
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl()) {
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation Def = RD->getDefinition()->getLocation();
    for (const FunctionDecl *Redecl : FD.redecls())
      if (!SM.isBeforeInTranslationUnit(Def, Redecl->getLocation()))
        return;
  }
  if (const Expr *First = utils::allocationEveryReturnMakes(
          T, CheckSharedPtr, Contexts.get(FD, Ctx)))
    Returns.push_back({&FD, T, *Size, First});
}

void NeedlessHeapCheck::onEndOfTranslationUnit() {
  if (!Returns.empty() && AST) {
    llvm::DenseSet<const FunctionDecl *> Candidates;
    for (const ReturnFinding &F : Returns)
      Candidates.insert(F.Function->getCanonicalDecl());
    llvm::DenseSet<const FunctionDecl *> Kept =
        utils::resultsKeptAsPointers(Candidates, *AST);
    for (const ReturnFinding &F : Returns) {
      if (Kept.count(F.Function->getCanonicalDecl()))
        continue;
      Holder Kind = Holder::Raw;
      utils::smartPointee(F.Function->getReturnType(), Kind);
      std::string Name = utils::typeName(F.Type, *AST);
      diag(F.Function->getLocation(),
           "'%0' returns a heap-allocated '%1' (%2 bytes) through "
           "std::%select{unique_ptr|shared_ptr}3; return '%1' by value")
          << F.Function->getNameAsString() << Name
          << static_cast<unsigned>(F.Size) << (Kind == Holder::Shared ? 1 : 0);
      diag(F.FirstAllocation->getBeginLoc(), "'%0' is allocated here",
           DiagnosticIDs::Note)
          << Name;
    }
  }
  Returns.clear();
  Contexts.clear();
  AST = nullptr;
}

void NeedlessHeapCheck::checkLocal(const VarDecl &VD, ASTContext &Ctx) {
  if (VD.isInvalidDecl() || utils::isInTemplateInstantiation(&VD) ||
      isa<ParmVarDecl>(VD) || VD.isExceptionVariable() || !VD.getInit() ||
      !VD.getIdentifier() || VD.getType().isVolatileQualified())
    return;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(VD.getParentFunctionOrMethod());
  if (!FD || !FD->getBody() || isa<CoroutineBodyStmt>(FD->getBody()))
    return;

  Holder Kind = Holder::Raw;
  QualType T;
  if (VD.getType()->isPointerType())
    T = VD.getType()->getPointeeType();
  else
    T = utils::smartPointee(VD.getType(), Kind);
  // A local shared_ptr that is never copied has one owner, so it is looked
  // at whatever CheckSharedPtr says; shared_from_this() needs that owner.
  if (T.isNull() || (Kind == Holder::Shared && utils::sharesItself(T)))
    return;
  compat::Optional<utils::FreshAllocation> A =
      utils::freshAllocation(VD.getInit(), /*AllowShared=*/true);
  if (!A || !utils::isSameUnqualifiedType(A->Type, T))
    return;
  // A raw pointer must be initialised by the new-expression itself.
  bool Raw = Kind == Holder::Raw;
  if (Raw && VD.getInit()->IgnoreImplicit()->IgnoreParens() != A->New)
    return;
  if (!utils::couldBeValue(T))
    return;
  compat::Optional<uint64_t> Size = utils::sizeInBytes(T, Ctx);
  if (!Size || *Size > StackSizeThreshold)
    return;

  utils::FunctionContext &F = Contexts.get(*FD, Ctx);
  utils::PointerUses Uses = utils::analyzePointerUses(VD, F);
  if (Uses.Escape || !Uses.Returns.empty())
    return;
  utils::HeapLifetime Life = utils::heapLifetime(VD, T, Raw, Uses, F);
  if (Life == utils::HeapLifetime::Other)
    return;

  // `delete p;` ends the object's life where the code says; the local the
  // fix-it makes dies at the end of the block. When that moves the
  // destruction, the fix-it is a suggestion, on a note at the delete.
  bool Moved = Life == utils::HeapLifetime::EarlierUnobserved;
  llvm::SmallVector<FixItHint, 8> Fixes =
      utils::heapToLocalFix(VD, *A, T, Raw, Uses, F);
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  bool InLambda = MD && MD->getParent()->isLambda();
  {
    auto Diag = diag(A->E->getBeginLoc(),
                     "heap allocation of '%0' (%1 bytes) does not escape "
                     "%select{'%3'|the lambda}2; use a local variable")
                << utils::typeName(T, Ctx) << static_cast<unsigned>(*Size)
                << (InLambda ? 1 : 0)
                << (InLambda ? std::string() : FD->getNameAsString());
    if (!Moved)
      for (const FixItHint &H : Fixes)
        Diag << H;
  }
  if (Moved && !Fixes.empty()) {
    auto Note = diag(Uses.Deletes.front()->getBeginLoc(),
                     "the object would be destroyed at the end of its block "
                     "instead of here",
                     DiagnosticIDs::Note);
    for (const FixItHint &H : Fixes)
      Note << H;
  }
}

} // namespace clang::tidy::memchecks
