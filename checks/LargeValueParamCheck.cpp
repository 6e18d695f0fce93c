//===--- LargeValueParamCheck.cpp - memchecks -----------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "LargeValueParamCheck.h"
#include "utils/ASTHelpers.h"
#include "utils/CopyAnalysis.h"
#include "utils/EscapeAnalysis.h"
#include "utils/TypeSize.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks {

LargeValueParamCheck::LargeValueParamCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : FunctionCheck(Name, Context),
      SizeThreshold(Options.get("SizeThreshold", utils::DefaultLargeSizeThreshold)),
      IgnoredTypes(*this, Options, Name, "IgnoredTypes"),
      CheckVirtual(Options.get("CheckVirtual", false)), Ctx(Context) {}

void LargeValueParamCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "SizeThreshold", SizeThreshold);
  IgnoredTypes.store(Options, Opts);
  Options.store(Opts, "CheckVirtual", CheckVirtual);
}

void LargeValueParamCheck::registerMatchers(MatchFinder *Finder) {
  registerFunctionMatchers(Finder);
}

bool LargeValueParamCheck::wantsFunction(const FunctionDecl &FD) {
  // Cheap structural filters first; the size and the body analysis run in
  // checkFunction() only for functions that survive them: a parameter of
  // record type by value, not extern "C", not a copy or move member.
  if (FD.isExternC() ||
      llvm::none_of(FD.parameters(), [](const ParmVarDecl *P) {
        return P->getType()->isRecordType();
      }))
    return false;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&FD))
    return !Ctor->isCopyConstructor() && !Ctor->isMoveConstructor();
  if (const auto *MD = dyn_cast<CXXMethodDecl>(&FD))
    return !MD->isCopyAssignmentOperator() && !MD->isMoveAssignmentOperator();
  return true;
}

/// Whether moving a \p T is cheaper than copying it: a move constructor
/// that is not the trivial copy of bytes.
static bool movingIsCheaper(QualType T, const ASTContext &Ctx) {
  const auto *RD = T->getAsCXXRecordDecl();
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD || T.isTriviallyCopyableType(Ctx))
    return false;
  if (RD->needsImplicitMoveConstructor())
    return !RD->hasTrivialMoveConstructor();
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Ctor->isMoveConstructor() && !Ctor->isDeleted() && !Ctor->isTrivial())
      return true;
  return false;
}

void LargeValueParamCheck::checkFunction(utils::FunctionContext &F) {
  const FunctionDecl *FD = &F.function();
  ASTContext &Context = F.astContext();
  AST = &Context;
  // Coroutines keep their parameters alive across suspension points; a
  // reference would dangle.
  if (isa<CoroutineBodyStmt>(FD->getBody()))
    return;
  // Asked once a parameter qualifies: it may look at every instantiation.
  compat::Optional<Signature> Sig;

  for (unsigned I = 0, E = FD->getNumParams(); I != E; ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    QualType T = P->getType();
    if (P->isInvalidDecl() || !P->getIdentifier() || T->isReferenceType() ||
        T->isDependentType() || !T->isRecordType() || T.isVolatileQualified())
      continue;
    compat::Optional<uint64_t> Size = utils::sizeInBytes(T, Context);
    if (!Size || *Size < SizeThreshold)
      continue;
    if (IgnoredTypes.matches(T->getAsRecordDecl()))
      continue;
    if (!Sig)
      Sig = signatureOf(*FD);
    if (*Sig == Signature::Virtual && !CheckVirtual)
      return;
    // A move-only type is taken by value to consume it: a const reference
    // would leave the caller's object alive and owning.
    if (!utils::isCopyConstructible(T->getAsCXXRecordDecl()))
      continue;
    if (utils::paramNeedsOwnCopy(*P, F) != utils::OwnCopyReason::None)
      continue;
    const UnaryOperator *PartAddress = utils::addressOfPartTaken(*P, F);
    // A sink parameter (`Namer(Config c) : config_(c)`): a caller passing a
    // temporary pays no copy for the parameter, so `const &` would save
    // nothing for it, while a move into the member saves the one copy left.
    const CXXConstructExpr *SoleCopy =
        movingIsCheaper(T, Context) ? utils::soleCopyOf(*P, F) : nullptr;
    Findings.push_back({FD, P, I, *Size, *Sig, PartAddress, SoleCopy});
  }
}

/// Whether \p MD is, in every instantiation of its class we can see, a
/// virtual function; only asked of members of class templates.
static bool virtualInAnInstance(const CXXMethodDecl &MD) {
  const ClassTemplateDecl *CTD = MD.getParent()->getDescribedClassTemplate();
  if (!CTD)
    return false;
  for (const ClassTemplateSpecializationDecl *Spec : CTD->specializations())
    for (const CXXMethodDecl *M : Spec->methods())
      if (M->getInstantiatedFromMemberFunction() == &MD && M->isVirtual())
        return true;
  return false;
}

LargeValueParamCheck::Signature
LargeValueParamCheck::signatureOf(const FunctionDecl &FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  if (!MD || MD->isStatic() || isa<CXXConstructorDecl>(MD) ||
      MD->getParent()->isLambda())
    return Signature::Free;
  // In a class template with a dependent base, `override` is the only sign
  // of a virtual function the template itself carries.
  if (MD->isVirtual() || MD->hasAttr<OverrideAttr>() ||
      MD->hasAttr<FinalAttr>() || virtualInAnInstance(*MD))
    return Signature::Virtual;
  for (const CXXBaseSpecifier &B : MD->getParent()->bases())
    if (B.getType()->isDependentType())
      return Signature::MayOverride;
  return Signature::Free;
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

/// A redeclaration of \p FD outside the main file, when other translation
/// units can see it.
static const FunctionDecl *declarationInHeader(const FunctionDecl &FD) {
  if (!FD.isExternallyVisible())
    return nullptr;
  const SourceManager &SM = FD.getASTContext().getSourceManager();
  for (const FunctionDecl *Redecl : FD.redecls())
    if (!SM.isInMainFile(SM.getExpansionLoc(Redecl->getLocation())))
      return Redecl;
  return nullptr;
}

void LargeValueParamCheck::reportSoleCopy(const Finding &F,
                                          const std::string &Name) {
  const SourceManager &SM = AST->getSourceManager();
  diag(F.Param->getLocation(),
       "parameter '%0' of type '%1' (%2 bytes) is passed by value only to be "
       "copied; move it instead")
      << F.Param->getName() << Name << static_cast<unsigned>(F.Size);
  const Expr *Source = F.SoleCopy->getArg(0)->IgnoreParenImpCasts();
  auto Note = diag(Source->getBeginLoc(),
                   "copied here; 'std::move(%0)' would move it",
                   DiagnosticIDs::Note)
              << F.Param->getName();
  // A suggestion: std::move needs <utility>, and a move may differ from a
  // copy in what it leaves behind.
  SourceRange R = Source->getSourceRange();
  if (!F.Function->isTemplateInstantiation() &&
      utils::isEditableLocation(R.getBegin(), SM) &&
      utils::isEditableLocation(R.getEnd(), SM))
    Note << FixItHint::CreateInsertion(R.getBegin(), "std::move(")
         << FixItHint::CreateInsertion(
                Lexer::getLocForEndOfToken(R.getEnd(), 0, SM,
                                           AST->getLangOpts()),
                ")");
}

void LargeValueParamCheck::report(const Finding &F, bool AddressTaken) {
  const ASTContext &C = *AST;
  QualType T = F.Param->getType();
  std::string Name = utils::typeName(T.getUnqualifiedType(), C);
  if (F.SoleCopy) {
    reportSoleCopy(F, Name);
    return;
  }
  std::string Suggested = "const " + Name + " &";

  llvm::SmallVector<FixItHint, 4> Fixes;
  bool Fixable = fixes(F, AddressTaken, Fixes);
  // A pointer into the copy would point into the caller's object: right
  // only when it does not outlive the call, which is for the user to say.
  // Other translation units that include a header declaring the function
  // may take its address with its present type; they are not in view.
  // Either way the fix-it is a suggestion, on a note.
  const FunctionDecl *InHeader =
      F.PartAddress ? nullptr : declarationInHeader(*F.Function);
  bool OnNote = F.PartAddress || InHeader;
  {
    auto Diag = diag(F.Param->getLocation(),
                     "parameter '%0' of type '%1' (%2 bytes) is passed by "
                     "value and only read; pass it as '%3'")
                << F.Param->getName() << Name << static_cast<unsigned>(F.Size)
                << Suggested;
    if (Fixable && !OnNote)
      for (const FixItHint &H : Fixes)
        Diag << H;
  }
  if (!Fixable || !OnNote)
    return;
  bool Header = !F.PartAddress;
  auto Note = diag(Header ? InHeader->getLocation()
                          : F.PartAddress->getOperatorLoc(),
                   "%select{a pointer into '%1' is taken here; after the "
                   "change it points into the caller's object|'%1' is declared "
                   "in a header; other translation units may depend on its "
                   "signature}0",
                   DiagnosticIDs::Note)
              << (Header ? 1 : 0)
              << (Header ? F.Function->getNameAsString()
                         : F.Param->getName().str());
  for (const FixItHint &H : Fixes)
    Note << H;
}

bool LargeValueParamCheck::fixes(const Finding &F, bool AddressTaken,
                                 llvm::SmallVectorImpl<FixItHint> &Fixes) {
  const ASTContext &C = *AST;
  const SourceManager &SM = C.getSourceManager();
  QualType T = F.Param->getType();
  // A fix-it that would change a function's type is not safe when the
  // function's address is used, and clang-tidy's own
  // performance-unnecessary-value-param already offers the same rewrite for
  // types with non-trivial copies: one fix-it per parameter, not two.
  if (AddressTaken)
    return false;
  // One override alone cannot change its signature, and a member of a class
  // template with a dependent base may be one.
  if (F.Sig != Signature::Free)
    return false;
  if (!T.isTriviallyCopyableType(C) &&
      Ctx->isCheckEnabled("performance-unnecessary-value-param"))
    return false;

  for (const FunctionDecl *Redecl : F.Function->redecls()) {
    if (F.Index >= Redecl->getNumParams())
      return false;
    const ParmVarDecl *P = Redecl->getParamDecl(F.Index);
    TypeSourceInfo *TSI = P->getTypeSourceInfo();
    if (!TSI)
      return false;
    SourceRange TypeRange = TSI->getTypeLoc().getSourceRange();
    if (!utils::isEditableLocation(TypeRange.getBegin(), SM) ||
        !utils::isEditableLocation(TypeRange.getEnd(), SM) ||
        !utils::isEditableLocation(P->getLocation(), SM))
      return false;
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
  return true;
}

} // namespace clang::tidy::memchecks
