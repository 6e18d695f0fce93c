//===--- PoolResetCheck.cpp - memchecks ------------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A forward may-analysis over one function's CFG. Every local bound to an
// object from a pool carries a set of possible states {Dirty, Clean,
// Released}; a use where Dirty is possible is a use before reset, a use where
// Released is possible is a use after release. The CFG is only built for
// functions that acquire something from a pool.
//
//===----------------------------------------------------------------------===//

#include "PoolResetCheck.h"
#include "utils/Expressions.h"
#include "utils/FunctionContext.h"
#include "utils/PooledUse.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::memchecks {

static constexpr char DefaultPoolTypes[] = ".*Pool";
static constexpr char DefaultAcquireMethods[] =
    "acquire;Acquire;get;Get;take;Take;borrow;Borrow;obtain;Obtain";
static constexpr char DefaultReleaseMethods[] =
    "release;Release;put;Put;recycle;Recycle;giveBack;return_";
static constexpr char DefaultResetMethods[] =
    "reset;Reset;clear;Clear;reinit;Reinit";

PoolResetCheck::PoolResetCheck(StringRef Name, ClangTidyContext *Context)
    : FunctionCheck(Name, Context),
      PoolTypes(*this, Options, Name, "PoolTypes", DefaultPoolTypes),
      AcquireMethods(utils::splitList(
          Options.get("AcquireMethods", DefaultAcquireMethods))),
      ReleaseMethods(utils::splitList(
          Options.get("ReleaseMethods", DefaultReleaseMethods))),
      ResetMethods(
          utils::splitList(Options.get("ResetMethods", DefaultResetMethods))),
      AssumeUnknownCallsReset(Options.get("AssumeUnknownCallsReset", true)),
      Protocol(PoolTypes.list(), AcquireMethods, ReleaseMethods, ResetMethods) {
}

void PoolResetCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  PoolTypes.store(Options, Opts);
  Options.store(Opts, "AcquireMethods", utils::joinList(AcquireMethods));
  Options.store(Opts, "ReleaseMethods", utils::joinList(ReleaseMethods));
  Options.store(Opts, "ResetMethods", utils::joinList(ResetMethods));
  Options.store(Opts, "AssumeUnknownCallsReset", AssumeUnknownCallsReset);
}

bool PoolResetCheck::wantsFunction(const FunctionDecl &FD) {
  return !FD.isDependentContext();
}

void PoolResetCheck::onEndOfTranslationUnit() {
  Analyzed.clear();
  Protocol.clear();
}

namespace {

using utils::PooledUse;

enum StateBit : uint8_t { Dirty = 1, Clean = 2, Released = 4 };

struct Tracked {
  const VarDecl *Var;
  utils::HeldObject Held;
};

class FunctionAnalysis {
public:
  FunctionAnalysis(PoolResetCheck &Check, utils::FunctionContext &F)
      : Check(Check), Protocol(Check.protocol()), F(F) {}

  void run();

private:
  struct Candidate {
    unsigned Var;
    bool AfterRelease;
    const DeclRefExpr *At;
    bool Conditional; // Dirty and Clean both possible: reset on some paths
  };
  using State = llvm::SmallVector<uint8_t, 4>;

  void addVar(const VarDecl *VD);
  void collect();
  void transfer(const CFGBlock &B, State &S, bool Record);
  void apply(unsigned Idx, PooledUse R, const Stmt *Site,
             const DeclRefExpr *DRE, const Expr *AcquireCall, State &S,
             bool Record);
  bool solve(const CFG &G, std::vector<State> &In, llvm::BitVector &Reached);
  void report();

  PoolResetCheck &Check;
  utils::PoolProtocol &Protocol;
  utils::FunctionContext &F;
  llvm::SmallVector<Tracked, 4> Vars;
  llvm::DenseMap<const VarDecl *, unsigned> Index;
  llvm::DenseMap<const Expr *, utils::PoolAcquisition> Sites;
  // Per variable, in the order the final pass meets them.
  llvm::DenseMap<unsigned, const Expr *> FirstDirtyAcquire;
  llvm::DenseMap<unsigned, const Stmt *> FirstReset, FirstRelease;
  llvm::SmallVector<Candidate, 4> Candidates;
};

} // namespace

void FunctionAnalysis::addVar(const VarDecl *VD) {
  if (Index.count(VD))
    return;
  compat::Optional<utils::HeldObject> Held = utils::heldObject(VD->getType());
  if (!Held)
    return;
  Index[VD] = Vars.size();
  Vars.push_back({VD, *Held});
}

// Finds the locals bound to pooled objects: the only ones the CFG pass looks
// at.
void FunctionAnalysis::collect() {
  auto IsLocal = [&](const VarDecl *VD) {
    return VD && VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) &&
           !VD->isInvalidDecl() && VD->getDeclContext() == &F.function();
  };
  auto Note = [&](const VarDecl *VD, const Expr *RHS) {
    if (!IsLocal(VD) || !RHS)
      return;
    compat::Optional<utils::PoolAcquisition> Site =
        Protocol.acquisition(RHS, VD->getType()->isReferenceType());
    if (!Site)
      return;
    addVar(VD);
    if (Index.count(VD))
      Sites[Site->Call] = *Site;
  };
  F.walk(&F.body(), [&](const Stmt &S) {
    using Step = utils::FunctionContext::Step;
    if (isa<LambdaExpr>(S))
      return Step::Over;
    if (const auto *DS = dyn_cast<DeclStmt>(&S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          Note(VD, VD->getInit());
    } else if (const auto *BO = dyn_cast<BinaryOperator>(&S)) {
      if (BO->getOpcode() == BO_Assign)
        if (const auto *DRE =
                dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
          Note(dyn_cast<VarDecl>(DRE->getDecl()), BO->getRHS());
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(&S)) {
      if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
        if (const auto *DRE =
                dyn_cast<DeclRefExpr>(OC->getArg(0)->IgnoreParenImpCasts()))
          Note(dyn_cast<VarDecl>(DRE->getDecl()), OC->getArg(1));
    }
    return Step::Into;
  });
}

void FunctionAnalysis::apply(unsigned Idx, PooledUse R, const Stmt *Site,
                             const DeclRefExpr *DRE, const Expr *AcquireCall,
                             State &S, bool Record) {
  uint8_t &St = S[Idx];
  auto Candidate = [&](bool AfterRelease) {
    if (Record)
      Candidates.push_back({Idx, AfterRelease, DRE,
                            !AfterRelease && (St & Clean) != 0});
  };
  switch (R) {
  case PooledUse::Neutral:
    return;
  case PooledUse::Use:
    if (St & Dirty)
      Candidate(false);
    if (St & Released)
      Candidate(true);
    return;
  case PooledUse::Reset:
  case PooledUse::MaybeReset:
    if (St & Released)
      Candidate(true);
    if (St && Record)
      FirstReset.try_emplace(Idx, Site);
    if (St)
      St = Clean | (St & Released);
    return;
  case PooledUse::Release:
    if (St && Record)
      FirstRelease.try_emplace(Idx, Site);
    if (St)
      St = Released;
    return;
  case PooledUse::Escape:
    St = 0;
    return;
  case PooledUse::Assigned: {
    const Expr *Call = AcquireCall ? utils::ignoreCopies(AcquireCall) : nullptr;
    auto It = Call ? Sites.find(Call) : Sites.end();
    if (It == Sites.end()) {
      St = 0; // rebound to something that is not from a pool
      return;
    }
    if (It->second.StartsDirty &&
        Protocol.resetMethodFor(Vars[Idx].Held.Object).size()) {
      St = Dirty;
      if (Record)
        FirstDirtyAcquire.try_emplace(Idx, It->second.Call);
    } else {
      St = Clean;
    }
    return;
  }
  }
}

void FunctionAnalysis::transfer(const CFGBlock &B, State &S, bool Record) {
  for (const CFGElement &El : B) {
    auto CS = El.getAs<CFGStmt>();
    if (!CS)
      continue;
    const Stmt *St = CS->getStmt();
    if (const auto *DS = dyn_cast<DeclStmt>(St)) {
      for (const Decl *D : DS->decls()) {
        const auto *VD = dyn_cast<VarDecl>(D);
        auto It = VD ? Index.find(VD) : Index.end();
        if (It == Index.end())
          continue;
        if (const Expr *Init = VD->getInit()) {
          const Expr *Call = utils::ignoreCopies(Init);
          if (const auto *UO = dyn_cast<UnaryOperator>(Call);
              UO && UO->getOpcode() == UO_Deref)
            Call = utils::ignoreCopies(UO->getSubExpr());
          apply(It->second, PooledUse::Assigned, DS, nullptr, Call, S, Record);
        } else {
          S[It->second] = 0;
        }
      }
      continue;
    }
    const auto *DRE = dyn_cast<DeclRefExpr>(St);
    if (!DRE)
      continue;
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    auto It = VD ? Index.find(VD) : Index.end();
    if (It == Index.end())
      continue;
    utils::PooledUseAt U =
        utils::classifyPooledUse(*DRE, Vars[It->second].Held.Holder, Protocol,
                                 Check.assumeUnknownCallsReset(), F);
    apply(It->second, U.Kind, U.At, DRE, U.NewValue, S, Record);
  }
}

// Runs the analysis to its fixpoint: In[B] is what may hold on entry to
// block B, Reached the blocks reached from the entry. False when it does not
// converge.
bool FunctionAnalysis::solve(const CFG &G, std::vector<State> &In,
                             llvm::BitVector &Reached) {
  PostOrderCFGView Order(&G);
  ForwardDataflowWorklist Work(G, &Order);
  Reached.set(G.getEntry().getBlockID());
  Work.enqueueBlock(&G.getEntry());
  unsigned Steps = 0;
  while (const CFGBlock *B = Work.dequeue()) {
    if (++Steps >= 100000)
      return false;
    State S = In[B->getBlockID()];
    transfer(*B, S, /*Record=*/false);
    for (const CFGBlock *Succ : B->succs()) {
      if (!Succ)
        continue;
      State &SuccIn = In[Succ->getBlockID()];
      bool Changed = !Reached[Succ->getBlockID()];
      Reached.set(Succ->getBlockID());
      for (unsigned I = 0; I < S.size(); ++I)
        if ((SuccIn[I] | S[I]) != SuccIn[I]) {
          SuccIn[I] |= S[I];
          Changed = true;
        }
      if (Changed)
        Work.enqueueBlock(Succ);
    }
  }
  return true;
}

void FunctionAnalysis::run() {
  if (isa<CoroutineBodyStmt>(F.body()))
    return;
  collect();
  if (Vars.empty())
    return;
  const CFG *G = F.cfg();
  if (!G)
    return;
  std::vector<State> In(G->getNumBlockIDs(), State(Vars.size(), 0));
  llvm::BitVector Reached(G->getNumBlockIDs());
  if (!solve(*G, In, Reached))
    return; // did not converge: say nothing
  for (const CFGBlock *B : *G) {
    if (!B || !Reached[B->getBlockID()])
      continue;
    State S = In[B->getBlockID()];
    transfer(*B, S, /*Record=*/true);
  }
  report();
}

void FunctionAnalysis::report() {
  const SourceManager &SM = F.astContext().getSourceManager();
  auto Before = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(A, B);
  };
  // One diagnostic per variable and rule: its first use in the source.
  llvm::DenseMap<std::pair<unsigned, unsigned>, const Candidate *> First;
  for (const Candidate &C : Candidates) {
    const Candidate *&Slot = First[{C.Var, C.AfterRelease ? 1u : 0u}];
    if (!Slot || Before(C.At->getBeginLoc(), Slot->At->getBeginLoc()))
      Slot = &C;
  }
  llvm::SmallVector<const Candidate *, 4> Ordered;
  for (auto &KV : First)
    Ordered.push_back(KV.second);
  llvm::sort(Ordered, [&](const Candidate *A, const Candidate *B) {
    if (A->At == B->At)
      return A->AfterRelease < B->AfterRelease;
    return Before(A->At->getBeginLoc(), B->At->getBeginLoc());
  });
  for (const Candidate *C : Ordered) {
    SourceLocation Loc = C->At->getBeginLoc();
    if (Loc.isInvalid() || SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
      continue;
    const Tracked &T = Vars[C->Var];
    if (C->AfterRelease) {
      Check.diag(Loc, "'%0' is used after it was returned to the pool")
          << T.Var->getName();
      auto It = FirstRelease.find(C->Var);
      if (It != FirstRelease.end())
        Check.diag(It->second->getBeginLoc(), "'%0' is returned to the pool here",
                   DiagnosticIDs::Note)
            << T.Var->getName();
      continue;
    }
    auto Acq = FirstDirtyAcquire.find(C->Var);
    if (Acq == FirstDirtyAcquire.end())
      continue;
    const utils::PoolAcquisition &Site = Sites[Acq->second];
    Check.diag(Loc, "'%0' comes from '%1' and is used before it is reset; "
                    "call '%2()' first")
        << T.Var->getName() << Site.What
        << Protocol.resetMethodFor(T.Held.Object);
    Check.diag(Site.Call->getBeginLoc(), "'%0' is acquired here",
               DiagnosticIDs::Note)
        << T.Var->getName();
    if (C->Conditional) {
      auto R = FirstReset.find(C->Var);
      if (R != FirstReset.end())
        Check.diag(R->second->getBeginLoc(),
                   "'%0' is reset here, but not on every path to the use",
                   DiagnosticIDs::Note)
            << T.Var->getName();
    }
  }
}

void PoolResetCheck::checkFunction(utils::FunctionContext &F) {
  if (!Analyzed.insert(&F.function()).second)
    return;
  FunctionAnalysis(*this, F).run();
}

} // namespace clang::tidy::memchecks
