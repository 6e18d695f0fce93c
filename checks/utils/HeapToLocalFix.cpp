//===--- HeapToLocalFix.cpp - rewrite a heap object as a local ------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/HeapToLocalFix.h"
#include "utils/ASTHelpers.h"
#include "utils/Compat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::memchecks::utils {
namespace {

StringRef textOf(CharSourceRange R, const ASTContext &Ctx) {
  return Lexer::getSourceText(R, Ctx.getSourceManager(), Ctx.getLangOpts());
}

bool isEditable(SourceRange R, const SourceManager &SM) {
  return isEditableLocation(R.getBegin(), SM) &&
         isEditableLocation(R.getEnd(), SM);
}

/// Whether a parenthesised initializer `T x(args)` could be read as a
/// function declaration: an argument that is itself `U()` or `U(v)`.
bool mayBeVexing(llvm::ArrayRef<const Expr *> Args) {
  for (const Expr *A : Args) {
    const Expr *E = A->IgnoreImplicit()->IgnoreParens();
    if (isa<CXXFunctionalCastExpr, CXXTemporaryObjectExpr,
            CXXScalarValueInitExpr, CXXUnresolvedConstructExpr>(E))
      return true;
  }
  return false;
}

/// The declaration of the local \p Name that \p A becomes: the allocated
/// type as written, the name and the initializer; empty when it cannot be
/// written safely.
std::string localDeclaration(const FreshAllocation &A, QualType T,
                             StringRef Name, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  // The type as written in the allocation, and its initializer.
  SourceRange TypeRange;
  SourceLocation InitBegin, InitEnd;
  llvm::SmallVector<const Expr *, 4> Args;
  if (A.Factory) {
    const auto *Callee =
        dyn_cast<DeclRefExpr>(A.Factory->getCallee()->IgnoreImplicit());
    if (!Callee || Callee->getNumTemplateArgs() != 1)
      return {};
    const TypeSourceInfo *TSI =
        Callee->getTemplateArgs()[0].getTypeSourceInfo();
    if (!TSI)
      return {};
    TypeRange = TSI->getTypeLoc().getSourceRange();
    InitBegin = Callee->getEndLoc();
    InitEnd = A.Factory->getRParenLoc();
    for (const Expr *Arg : A.Factory->arguments())
      Args.push_back(Arg);
  } else {
    const TypeSourceInfo *TSI = A.New->getAllocatedTypeSourceInfo();
    if (!TSI)
      return {};
    TypeRange = TSI->getTypeLoc().getSourceRange();
    InitBegin = TypeRange.getEnd();
    InitEnd = A.New->getEndLoc();
    if (const auto *CE =
            dyn_cast_or_null<CXXConstructExpr>(A.New->getInitializer()))
      for (const Expr *Arg : CE->arguments())
        Args.push_back(Arg);
  }
  if (!isEditable(TypeRange, SM) || !isEditable({InitBegin, InitEnd}, SM))
    return {};
  StringRef TypeText =
      textOf(CharSourceRange::getTokenRange(TypeRange), Ctx).trim();
  std::string Init;
  if (InitEnd != InitBegin) {
    SourceLocation After =
        Lexer::getLocForEndOfToken(InitBegin, 0, SM, Ctx.getLangOpts());
    Init = textOf(CharSourceRange::getTokenRange(After, InitEnd), Ctx)
               .trim()
               .str();
  }
  if (TypeText.empty())
    return {};
  StringRef InitRef(Init);
  if (!InitRef.empty() && !compat::startsWith(InitRef, "(") &&
      !compat::startsWith(InitRef, "{"))
    return {};
  if (InitRef.size() >= 2 && InitRef.drop_front().drop_back().trim().empty()) {
    // Value-initialisation: keep the zeroing unless a constructor does it.
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    Init = RD && RD->hasUserProvidedDefaultConstructor() ? "" : "{}";
  } else if (compat::startsWith(InitRef, "(") && mayBeVexing(Args)) {
    return {};
  }
  return (TypeText + " " + Name + Init).str();
}

/// The removal of the statement `delete p;`: the whole line when the
/// statement is alone on it.
compat::Optional<FixItHint> removalOf(const CXXDeleteExpr &Del,
                                      const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (!isEditable(Del.getSourceRange(), SM))
    return {};
  SourceLocation End = Lexer::findLocationAfterToken(
      Del.getEndLoc(), tok::semi, SM, Ctx.getLangOpts(),
      /*SkipTrailingWhitespaceAndNewLine=*/false);
  if (End.isInvalid())
    return {};
  SourceLocation Begin = Del.getBeginLoc();
  const char *Start = SM.getCharacterData(Begin);
  const char *Stop = SM.getCharacterData(End);
  unsigned Col = SM.getSpellingColumnNumber(Begin);
  unsigned Back = 0;
  while (Back + 1 < Col &&
         (Start[-1 - int(Back)] == ' ' || Start[-1 - int(Back)] == '\t'))
    ++Back;
  unsigned Fwd = 0;
  while (Stop[Fwd] == ' ' || Stop[Fwd] == '\t')
    ++Fwd;
  // Removing "\n<indent>delete p;" rather than "<indent>delete p;\n"
  // keeps the rewriter from also eating the next line's first blank.
  if (Back + 1 == Col && Col > 1 && Stop[Fwd] == '\n' &&
      Start[-1 - int(Back)] == '\n') {
    Begin = Begin.getLocWithOffset(-int(Back) - 1);
    End = End.getLocWithOffset(int(Fwd));
  }
  return FixItHint::CreateRemoval(CharSourceRange::getCharRange(Begin, End));
}

} // namespace

llvm::SmallVector<FixItHint, 8>
heapToLocalFix(const VarDecl &VD, const FreshAllocation &A, QualType T,
               bool Raw, const PointerUses &Uses, FunctionContext &F) {
  const ASTContext &Ctx = F.astContext();
  const SourceManager &SM = Ctx.getSourceManager();
  const DeclStmt *DS = F.declStmtOf(VD);
  if (!DS || !isa_and_nonnull<CompoundStmt>(F.parent(DS)) ||
      !DS->isSingleDecl() || !isEditable(DS->getSourceRange(), SM))
    return {};
  std::string Declaration = localDeclaration(A, T, VD.getName(), Ctx);
  if (Declaration.empty())
    return {};

  llvm::SmallVector<FixItHint, 8> Fixes;
  Fixes.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(DS->getBeginLoc(), VD.getEndLoc()),
      Declaration));
  for (const Expr *Member : Uses.Arrows) {
    SourceLocation Arrow = arrowLoc(Member);
    if (Arrow.isInvalid() || !isEditableLocation(Arrow, SM))
      return {};
    Fixes.push_back(
        FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Arrow), "."));
  }
  for (const Expr *Star : Uses.Stars) {
    if (!isEditable(Star->getSourceRange(), SM))
      return {};
    Fixes.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Star->getSourceRange()), VD.getName()));
  }
  if (Raw) {
    // The local now dies at the end of the block (see HeapLifetime).
    compat::Optional<FixItHint> Removal = removalOf(*Uses.Deletes.front(), Ctx);
    if (!Removal)
      return {};
    Fixes.push_back(*Removal);
  }
  return Fixes;
}

} // namespace clang::tidy::memchecks::utils
