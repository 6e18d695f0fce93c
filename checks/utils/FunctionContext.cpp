//===--- FunctionContext.cpp - what the analyses know of one function -----===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/FunctionContext.h"
#include "utils/ASTHelpers.h"
#include "clang/AST/DeclCXX.h"
#include <algorithm>
#include <cassert>

namespace clang::tidy::memchecks::utils {

llvm::SmallVector<const Stmt *, 4> functionRoots(const FunctionDecl &FD) {
  llvm::SmallVector<const Stmt *, 4> Roots;
  const Stmt *Body = FD.getBody();
  if (!Body)
    return Roots;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten() && Init->getInit())
        Roots.push_back(Init->getInit());
  Roots.push_back(Body);
  return Roots;
}

FunctionContext::FunctionContext(const FunctionDecl &FD, ASTContext &Ctx)
    : FD(FD), Ctx(Ctx), Roots(functionRoots(FD)) {
  assert(!Roots.empty() && "a function context needs a body");
}

FunctionContext::~FunctionContext() = default;

const ParentMap &FunctionContext::parentMap() {
  if (!Map) {
    Map = std::make_unique<ParentMap>(const_cast<Stmt *>(&body()));
    for (const Stmt *Init : roots().drop_back())
      Map->addStmt(const_cast<Stmt *>(Init));
  }
  return *Map;
}

bool FunctionContext::wellFormed() {
  buildNodes();
  return WellFormed == Tri::Yes;
}

llvm::ArrayRef<FunctionContext::Node> FunctionContext::nodes() {
  buildNodes();
  return Nodes;
}

void FunctionContext::lendNodeStorage(std::vector<Node> &&Storage) {
  if (NodesBuilt)
    return;
  Nodes = std::move(Storage);
  Nodes.clear();
}

std::vector<FunctionContext::Node> FunctionContext::releaseNodes() {
  std::vector<Node> Storage = std::move(Nodes);
  Nodes.clear();
  RootBegin.clear();
  NodesBuilt = true; // nothing is left to build from
  WellFormed = Tri::No;
  return Storage;
}

namespace {
using Node = FunctionContext::Node;

/// Past this depth addTree goes on with an explicit stack: bodies can nest
/// deeper than the call stack allows.
constexpr unsigned MaxTreeRecursion = 200;

void addTreeWithStack(std::vector<Node> &Nodes, const Stmt &Top, bool &Broken) {
  // An entry is a statement to add, or (S null) the index of a node whose
  // subtree is complete.
  struct Entry {
    const Stmt *S;
    unsigned Close;
  };
  llvm::SmallVector<Entry, 64> Work{{&Top, 0}};
  while (!Work.empty()) {
    Entry En = Work.pop_back_val();
    if (!En.S) {
      Nodes[En.Close].End = Nodes.size();
      continue;
    }
    const Stmt *S = En.S;
    if (!Broken && isBrokenNode(*S))
      Broken = true;
    unsigned Index = Nodes.size();
    Nodes.push_back({S, 0});
    Work.push_back({nullptr, Index});
    // The children, last on top: pushed in order, then turned around.
    size_t First = Work.size();
    for (const Stmt *Child : S->children())
      if (Child)
        Work.push_back({Child, 0});
    std::reverse(Work.begin() + First, Work.end());
  }
}

/// Statement classes that never have children and make up much of every
/// body: their nodes are added without a call of Stmt::children() or of
/// addTree.
bool isLeaf(const Stmt &S) {
  switch (S.getStmtClass()) {
  case Stmt::DeclRefExprClass:
  case Stmt::IntegerLiteralClass:
  case Stmt::FloatingLiteralClass:
  case Stmt::CharacterLiteralClass:
  case Stmt::StringLiteralClass:
  case Stmt::CXXBoolLiteralExprClass:
  case Stmt::CXXNullPtrLiteralExprClass:
  case Stmt::CXXThisExprClass:
  case Stmt::NullStmtClass:
  case Stmt::BreakStmtClass:
  case Stmt::ContinueStmtClass:
    return true;
  default:
    return false;
  }
}

/// Adds \p S's subtree to \p Nodes in preorder, \p Depth below a root,
/// setting \p Broken on a node that is not well formed. A function of this
/// file, not a member: it runs once for each node of every function, and a
/// call within the file is a direct one, not one through the plugin's PLT.
/// (A loop over an explicit stack of child ranges measured about a third
/// slower: each frame copies two StmtIterators.)
void addTree(std::vector<Node> &Nodes, const Stmt &S, unsigned Depth,
             bool &Broken) {
  if (Depth >= MaxTreeRecursion) {
    addTreeWithStack(Nodes, S, Broken);
    return;
  }
  if (!Broken && isBrokenNode(S))
    Broken = true;
  unsigned Index = Nodes.size();
  Nodes.push_back({&S, 0});
  for (const Stmt *Child : S.children()) {
    if (!Child)
      continue;
    if (isLeaf(*Child)) {
      if (!Broken && isBrokenNode(*Child))
        Broken = true;
      Nodes.push_back({Child, unsigned(Nodes.size() + 1)});
      continue;
    }
    addTree(Nodes, *Child, Depth + 1, Broken);
  }
  Nodes[Index].End = Nodes.size();
}
} // namespace

void FunctionContext::buildNodes() {
  if (NodesBuilt)
    return;
  NodesBuilt = true;
  bool Broken = FD.isInvalidDecl();
  // The initializers the compiler wrote are read by some analyses too.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (!Init->isWritten() && !isWellFormed(Init->getInit()))
        Broken = true;
  for (const Stmt *Root : Roots) {
    RootBegin.push_back(Nodes.size());
    addTree(Nodes, *Root, 0, Broken);
  }
  WellFormed = Broken ? Tri::No : Tri::Yes;
}

const Stmt &FunctionContext::scopeOf(const VarDecl &VD) {
  if (const DeclStmt *DS = declStmtOf(VD))
    if (const Stmt *Holder = parent(DS))
      return *Holder;
  return body();
}

llvm::SmallVector<const Stmt *, 8> FunctionContext::lifeOf(const VarDecl &VD) {
  const Stmt &Scope = scopeOf(VD);
  const DeclStmt *DS = declStmtOf(VD);
  const auto *Block = dyn_cast<CompoundStmt>(&Scope);
  if (!DS || !Block)
    return {&Scope};
  llvm::SmallVector<const Stmt *, 8> Life;
  for (const Stmt *S : Block->body())
    if (!Life.empty() || S == DS)
      Life.push_back(S);
  if (Life.empty())
    return {&Scope};
  return Life;
}

const Stmt *FunctionContext::parent(const Stmt *S) {
  if (!S || llvm::is_contained(Roots, S))
    return nullptr;
  return parentMap().getParent(S);
}

const VarDecl *FunctionContext::initializedVar(const Stmt *S) {
  const auto *DS = dyn_cast_or_null<DeclStmt>(parent(S));
  if (!DS)
    return nullptr;
  for (const Decl *D : DS->decls())
    if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit() == S)
      return VD;
  return nullptr;
}

const DeclStmt *FunctionContext::declStmtOf(const VarDecl &VD) {
  if (!VD.getInit())
    return nullptr;
  const auto *DS = dyn_cast_or_null<DeclStmt>(parent(VD.getInit()));
  if (!DS)
    return nullptr;
  for (const Decl *D : DS->decls())
    if (D == &VD)
      return DS;
  return nullptr;
}

static void collectTrys(const Stmt *S,
                        llvm::SmallVectorImpl<const CXXTryStmt *> &Out) {
  if (!S)
    return;
  if (const auto *T = dyn_cast<CXXTryStmt>(S))
    Out.push_back(T);
  for (const Stmt *C : S->children())
    collectTrys(C, Out);
}

bool FunctionContext::buildFlow() {
  if (FlowBuilt)
    return Graph != nullptr;
  FlowBuilt = true;
  if (!isWellFormed(&body()))
    return false;
  CFG::BuildOptions Opts;
  Opts.setAllAlwaysAdd();
  Graph = CFG::buildCFG(nullptr, const_cast<Stmt *>(&body()), &Ctx, Opts);
  if (!Graph)
    return false;
  ByID.assign(Graph->getNumBlockIDs(), nullptr);
  for (const CFGBlock *B : *Graph) {
    if (!B)
      continue;
    ByID[B->getBlockID()] = B;
    unsigned Index = 0;
    for (const CFGElement &E : *B) {
      if (auto CS = E.getAs<CFGStmt>()) {
        const Stmt *S = CS->getStmt();
        CFGPosition P{B->getBlockID(), Index};
        Positions.try_emplace(S, P);
        if (const auto *DS = dyn_cast<DeclStmt>(S))
          for (const Decl *D : DS->decls())
            if (const auto *VD = dyn_cast<VarDecl>(D))
              DeclPositions[VD].push_back(P);
      }
      ++Index;
    }
  }
  collectTrys(&body(), Trys);
  return true;
}

const CFG *FunctionContext::cfg() {
  return buildFlow() ? Graph.get() : nullptr;
}

bool FunctionContext::positionOf(const Stmt *S, CFGPosition &P) {
  if (!buildFlow())
    return false;
  auto It = Positions.find(S);
  if (It == Positions.end())
    if (const auto *E = dyn_cast<Expr>(S))
      It = Positions.find(E->IgnoreParens());
  if (It == Positions.end())
    return false;
  P = It->second;
  return true;
}

llvm::ArrayRef<FunctionContext::CFGPosition>
FunctionContext::declPositions(const VarDecl &VD) {
  if (!buildFlow())
    return {};
  auto It = DeclPositions.find(&VD);
  if (It == DeclPositions.end())
    return {};
  return It->second;
}

llvm::ArrayRef<const CXXTryStmt *> FunctionContext::tryStmts() {
  buildFlow();
  return Trys;
}

FunctionContext &FunctionContexts::get(const FunctionDecl &FD,
                                       ASTContext &Ctx) {
  std::unique_ptr<FunctionContext> &C = Contexts[&FD];
  if (!C)
    C = std::make_unique<FunctionContext>(FD, Ctx);
  return *C;
}

} // namespace clang::tidy::memchecks::utils
