//===--- ObservedAfter.cpp - is this object observed after a point --------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/ObservedAfter.h"
#include "utils/ASTHelpers.h"
#include "utils/EscapeAnalysis.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::memchecks::utils {

llvm::SmallVector<const DeclRefExpr *, 8>
findObjectRefs(const VarDecl &Var, const Stmt &Body, ASTContext &Ctx) {
  llvm::SmallVector<const DeclRefExpr *, 8> Refs = findRefs(Var, Body, Ctx);
  if (const auto *DD = dyn_cast<DecompositionDecl>(&Var)) {
    // Bindings are names for sub-objects of the hidden copy. Tuple-like
    // bindings go through holding variables the user never names.
    for (const BindingDecl *B : DD->bindings()) {
      if (const VarDecl *Holding = B->getHoldingVar())
        for (const DeclRefExpr *R : findRefs(*Holding, Body, Ctx))
          Refs.push_back(R);
    }
    llvm::SmallVector<const DeclRefExpr *, 8> BindingRefs;
    struct Walker {
      const DecompositionDecl *DD;
      llvm::SmallVectorImpl<const DeclRefExpr *> &Out;
      void walk(const Stmt *S) {
        if (!S)
          return;
        if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
          if (const auto *B = dyn_cast<BindingDecl>(DRE->getDecl()))
            if (llvm::is_contained(DD->bindings(), B))
              Out.push_back(DRE);
        for (const Stmt *C : S->children())
          walk(C);
      }
    } W{DD, BindingRefs};
    W.walk(&Body);
    Refs.append(BindingRefs.begin(), BindingRefs.end());
  }
  return Refs;
}

static bool within(SourceRange Outer, SourceRange Inner,
                   const SourceManager &SM) {
  SourceLocation B = SM.getExpansionLoc(Outer.getBegin());
  SourceLocation E = SM.getExpansionLoc(Outer.getEnd());
  SourceLocation IB = SM.getExpansionLoc(Inner.getBegin());
  SourceLocation IE = SM.getExpansionLoc(Inner.getEnd());
  return B.isValid() && IB.isValid() && !SM.isBeforeInTranslationUnit(IB, B) &&
         !SM.isBeforeInTranslationUnit(E, IE);
}

bool isObservedAfter(FunctionContext &F, const VarDecl &Var, const Stmt &Site,
                     llvm::ArrayRef<const Stmt *> Observers,
                     llvm::ArrayRef<const Stmt *> Overwrites) {
  using Position = FunctionContext::CFGPosition;
  if (Observers.empty())
    return false;
  const CFG *Graph = F.cfg();
  if (!Graph)
    return true;
  Position SitePos;
  if (!F.positionOf(&Site, SitePos))
    return true;
  const SourceManager &SM = F.astContext().getSourceManager();
  // What happens in each block that matters: an observer (true), or a new
  // execution of the declaration or an overwrite (false), by element index.
  llvm::DenseMap<unsigned, llvm::SmallVector<std::pair<unsigned, bool>, 2>>
      Events;
  for (const Stmt *O : Observers) {
    Position P;
    if (!F.positionOf(O, P))
      return true;
    Events[P.Block].push_back({P.Index, true});
  }
  for (const Stmt *O : Overwrites) {
    Position P;
    if (F.positionOf(O, P)) // an overwrite the graph does not have ends no path
      Events[P.Block].push_back({P.Index, false});
  }
  for (Position P : F.declPositions(Var))
    Events[P.Block].push_back({P.Index, false});
  for (auto &BlockEvents : Events)
    llvm::sort(BlockEvents.second);

  // Exception edges are not in the graph: a handler may see what its try
  // block did.
  for (const CXXTryStmt *T : F.tryStmts()) {
    if (!within(T->getTryBlock()->getSourceRange(), Site.getSourceRange(), SM))
      continue;
    for (unsigned I = 0; I < T->getNumHandlers(); ++I)
      for (const Stmt *O : Observers)
        if (within(T->getHandler(I)->getSourceRange(), O->getSourceRange(),
                   SM))
          return true;
  }

  // 1: an observer comes first, 0: the declaration comes first (this path
  // ends), -1: neither, go on to the successors.
  auto Scan = [&](unsigned Block, unsigned From) {
    auto It = Events.find(Block);
    if (It == Events.end())
      return -1;
    for (const auto &[Index, IsObserver] : It->second)
      if (Index >= From)
        return IsObserver ? 1 : 0;
    return -1;
  };
  llvm::SmallVector<bool, 16> Seen(Graph->getNumBlockIDs(), false);
  llvm::SmallVector<const CFGBlock *, 16> Work;
  auto PushSuccessors = [&](const CFGBlock *B) {
    // Edges pruned as trivially false still count: `if (kDebug) log(c);`.
    for (const CFGBlock::AdjacentBlock &Succ : B->succs())
      for (const CFGBlock *SB :
           {Succ.getReachableBlock(), Succ.getPossiblyUnreachableBlock()})
        if (SB && !Seen[SB->getBlockID()]) {
          Seen[SB->getBlockID()] = true;
          Work.push_back(SB);
        }
  };
  int First = Scan(SitePos.Block, SitePos.Index + 1);
  if (First >= 0)
    return First == 1;
  PushSuccessors(F.block(SitePos.Block));
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    int R = Scan(B->getBlockID(), 0);
    if (R == 1)
      return true;
    if (R < 0)
      PushSuccessors(B);
  }
  return false;
}

} // namespace clang::tidy::memchecks::utils
