//===--- ReferenceFix.cpp - memchecks -------------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/ReferenceFix.h"
#include "utils/ASTHelpers.h"
#include "utils/CopyAnalysis.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/TypeSize.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::memchecks::utils {

static const Stmt *loopBody(const Stmt *S) {
  if (const auto *For = dyn_cast<ForStmt>(S))
    return For->getBody();
  if (const auto *While = dyn_cast<WhileStmt>(S))
    return While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(S))
    return Do->getBody();
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(S))
    return RF->getBody();
  return nullptr;
}

/// A variable the loop \p S declares anew on every turn.
static bool isPerIterationVariable(const Stmt *S, const VarDecl *V) {
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(S))
    return RF->getLoopVariable() == V;
  if (const auto *For = dyn_cast<ForStmt>(S))
    return For->getConditionVariable() == V;
  if (const auto *While = dyn_cast<WhileStmt>(S))
    return While->getConditionVariable() == V;
  return false;
}

compat::Optional<FixItHint> referenceFix(const VarDecl &Var,
                                         const CXXForRangeStmt *RangeFor,
                                         FunctionContext &F) {
  const SourceManager &SM = F.astContext().getSourceManager();
  const Expr *Source = copiedLValue(Var.getInit());
  if (!Source || Source->getType().isConstQualified() ||
      Var.getType().isConstQualified())
    return {};
  // Slicing or a converting copy: a reference would change which object
  // the calls see.
  if (F.astContext().getCanonicalType(Source->getType().getUnqualifiedType()) !=
      F.astContext().getCanonicalType(Var.getType().getUnqualifiedType()))
    return {};
  SourceLocation Insert = Var.getLocation();
  if (!isEditableLocation(Insert, SM) ||
      !isEditableLocation(Var.getBeginLoc(), SM))
    return {};
  const TypeSourceInfo *TSI = Var.getTypeSourceInfo();
  if (!TSI)
    return {};
  // `auto c` and `Counter c`, not `Counter c[2]` or function pointers.
  TypeLoc TL = TSI->getTypeLoc();
  if (SM.isBeforeInTranslationUnit(Insert, TL.getEndLoc()))
    return {};

  // The source must outlive the reference, and nothing may change it
  // between the copy and the last use.
  bool ThisRooted = false;
  const Stmt *Between = nullptr;
  const VarDecl *Root = nullptr;
  if (RangeFor) {
    const Expr *Range = RangeFor->getRangeInit();
    Root = rootVariable(Range, ThisRooted);
    if (!Root && !ThisRooted) {
      // `holder.items()` returning a reference to a container that lives in
      // `holder`: the rule is the one for `holder.items`. A call returning by
      // value, a free function or `p->items()` are not followed.
      const auto *MC =
          dyn_cast_or_null<CXXMemberCallExpr>(Range->IgnoreParenImpCasts());
      const CXXMethodDecl *M = MC ? MC->getMethodDecl() : nullptr;
      const auto *Callee =
          MC ? dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()) : nullptr;
      if (!M || !Callee || !M->getReturnType()->isLValueReferenceType())
        return {};
      const Expr *Object =
          MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
      if (isa<CXXThisExpr>(Object))
        ThisRooted = true;
      else if (!Callee->isArrow())
        Root = rootVariable(Object, ThisRooted);
      if (!Root && !ThisRooted)
        return {};
    }
    Between = RangeFor->getBody();
  } else {
    Root = rootVariable(Source, ThisRooted);
    if (!Root || !Root->hasLocalStorage())
      return {};
    Between = &F.body();
  }
  if (ThisRooted) {
    struct HasThis {
      static bool in(const Stmt *S) {
        if (!S)
          return false;
        if (isa<CXXThisExpr>(S))
          return true;
        for (const Stmt *C : S->children())
          if (in(C))
            return true;
        return false;
      }
    };
    if (HasThis::in(Between))
      return {};
  }
  if (Root) {
    auto Within = [&SM](SourceLocation L, SourceRange R) {
      L = SM.getExpansionLoc(L);
      SourceLocation B = SM.getExpansionLoc(R.getBegin());
      SourceLocation E = SM.getExpansionLoc(R.getEnd());
      return !SM.isBeforeInTranslationUnit(L, B) &&
             !SM.isBeforeInTranslationUnit(E, L);
    };
    // A loop around the copy that the source outlives runs its uses again
    // after the copy, wherever they are spelled (`for (...; ++i) { int j =
    // i; j++; }`: a reference would advance the loop).
    const Stmt *Loop = nullptr;
    if (!RangeFor)
      for (const Stmt *S = F.parent(Var.getInit()); S; S = F.parent(S))
        if (const Stmt *Body = loopBody(S);
            Body && !Within(Root->getLocation(), Body->getSourceRange()) &&
            !isPerIterationVariable(S, Root))
          Loop = S;
    for (const DeclRefExpr *R : findRefs(*Root, *Between, F.astContext())) {
      if (RangeFor)
        return {};
      // In the function body: only the copy itself may name the source.
      if (Within(R->getBeginLoc(), Var.getInit()->getSourceRange()))
        continue;
      if (SM.isBeforeInTranslationUnit(Var.getLocation(), R->getBeginLoc()) ||
          (Loop && Within(R->getBeginLoc(), Loop->getSourceRange())))
        return {};
    }
  }
  return FixItHint::CreateInsertion(Insert, "&");
}

std::string constReferenceSpelling(const VarDecl &Var, const ASTContext &Ctx,
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
  return "const " + typeName(Var.getType().getUnqualifiedType(), Ctx) + " &";
}

llvm::SmallVector<FixItHint, 2> constReferenceFixes(const VarDecl &Var,
                                                    const ASTContext &Ctx) {
  llvm::SmallVector<FixItHint, 2> Fixes;
  const SourceManager &SM = Ctx.getSourceManager();
  const TypeSourceInfo *TSI = Var.getTypeSourceInfo();
  if (!TSI)
    return Fixes;
  SourceLocation TypeBegin = TSI->getTypeLoc().getBeginLoc();
  if (!isEditableLocation(TypeBegin, SM) ||
      !isEditableLocation(Var.getLocation(), SM))
    return Fixes;
  if (!Var.getType().isLocalConstQualified())
    Fixes.push_back(FixItHint::CreateInsertion(TypeBegin, "const "));
  Fixes.push_back(FixItHint::CreateInsertion(Var.getLocation(), "&"));
  return Fixes;
}

} // namespace clang::tidy::memchecks::utils
