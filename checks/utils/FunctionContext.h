//===--- FunctionContext.h - what is known of one function ----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The one holder of per-function state. A check makes one FunctionContext
// for the function it looks at and hands it to every shared analysis it asks,
// so what they need is built once per function, on the first question:
//
// - a parent index over the function's statements. ASTContext::getParents
//   indexes the whole translation unit, system headers and all, the first
//   time anything asks it; on a large TU that costs more than every memchecks
//   analysis together (and it is paid again for each clangd rebuild).
// - the control-flow graph of the body, with where each statement runs.
// - whether the function is well formed enough to walk.
//
// A summary of another function (a callee) makes a context of its own for
// that callee: one per function, never one per question.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_FUNCTIONCONTEXT_H
#define MEMCHECKS_UTILS_FUNCTIONCONTEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <type_traits>
#include <vector>

namespace clang::tidy::memchecks::utils {

/// The statements that make up \p FD: the expression of every written
/// member and base initializer of a constructor (`: b_(std::move(b))`), then
/// the body. Empty when \p FD has no body.
llvm::SmallVector<const Stmt *, 4> functionRoots(const FunctionDecl &FD);

class FunctionContext {
public:
  /// \p FD must have a body (a lambda is its call operator).
  FunctionContext(const FunctionDecl &FD, ASTContext &Ctx);
  ~FunctionContext();
  FunctionContext(const FunctionContext &) = delete;
  FunctionContext &operator=(const FunctionContext &) = delete;

  const FunctionDecl &function() const { return FD; }
  const Stmt &body() const { return *Roots.back(); }
  /// The constructor initializers, then the body (see functionRoots).
  llvm::ArrayRef<const Stmt *> roots() const { return Roots; }
  ASTContext &astContext() const { return Ctx; }

  /// \name The parents of every statement of every root, as written with
  /// every implicit node kept.
  /// @{
  /// The parent of \p S; null for a root and for statements outside them.
  const Stmt *parent(const Stmt *S);
  /// The variable \p S initialises, when \p S is the whole initializer of a
  /// variable declared by a DeclStmt (`T v = S;`).
  const VarDecl *initializedVar(const Stmt *S);
  /// The DeclStmt that declares \p VD (a local with an initializer).
  const DeclStmt *declStmtOf(const VarDecl &VD);
  /// The statement a local is visible in: the one holding its DeclStmt (a
  /// block, or the `if`/`for` that declares it); the body when unknown. A
  /// local's uses are all inside it, so searches for them can stop there.
  const Stmt &scopeOf(const VarDecl &VD);

  /// The statements that run while the local \p VD lives: in the block of
  /// scopeOf, its declaration and the statements after it; elsewhere (a
  /// condition variable, a for-init) the whole of scopeOf.
  llvm::SmallVector<const Stmt *, 8> lifeOf(const VarDecl &VD);
  /// The whole index, for clang APIs that take a ParentMap.
  const ParentMap &parentMap();
  /// @}

  /// utils::isWellFormed of the function (every root, and a constructor's
  /// implicit initializers), asked once; answered by the walk that builds
  /// nodes().
  bool wellFormed();

  /// \name One walk of the function, shared by every check and analysis
  /// that visits all of its statements.
  /// @{
  /// A statement of a root and where its subtree ends: the statements of
  /// S's subtree are those from S up to, not including, index End.
  struct Node {
    const Stmt *S;
    unsigned End;
  };
  /// Every statement of every root (roots() order), in preorder, children
  /// in Stmt::children() order, null children left out; a lambda's capture
  /// initializers and body are children of its LambdaExpr. Built once, by
  /// the same walk that answers wellFormed().
  llvm::ArrayRef<Node> nodes();
  /// Lends the context \p Storage (its capacity; its contents are dropped)
  /// for nodes(), so that one buffer serves function after function;
  /// releaseNodes() gives it back (nodes() is then empty).
  void lendNodeStorage(std::vector<Node> &&Storage);
  std::vector<Node> releaseNodes();
  /// What a walk does after visiting a statement.
  enum class Step {
    Into,          ///< visit its children
    Over,          ///< skip its subtree
    OverLambdaBody ///< (a LambdaExpr) visit the captures' initializers only
  };
  /// Visits the statements of \p Root's subtree (\p Root must be one of
  /// roots()), or of every root when null, in preorder: \p Visit(const Stmt
  /// &) returns the Step to take; a visitor that also takes an unsigned is
  /// given the statement's index in nodes(), for state that holds over a
  /// subtree (until nodes()[Index].End). A flat loop over nodes(): no
  /// recursion, no Stmt::children() per visitor.
  template <typename Fn> void walk(const Stmt *Root, Fn &&Visit) {
    llvm::ArrayRef<Node> N = nodes();
    unsigned I = 0, E = N.size();
    if (Root) {
      const auto *At = llvm::find(Roots, Root);
      if (At == Roots.end())
        return;
      I = RootBegin[At - Roots.begin()];
      E = N[I].End;
    }
    llvm::SmallVector<unsigned, 4> SkipAt; // lambda bodies to step over
    while (I < E) {
      if (!SkipAt.empty() && SkipAt.back() == I) {
        SkipAt.pop_back();
        I = N[I].End;
        continue;
      }
      Step Next;
      if constexpr (std::is_invocable_v<Fn, const Stmt &, unsigned>)
        Next = Visit(*N[I].S, I);
      else
        Next = Visit(*N[I].S);
      switch (Next) {
      case Step::Into:
        ++I;
        break;
      case Step::Over:
        I = N[I].End;
        break;
      case Step::OverLambdaBody: {
        // The body is the LambdaExpr's last child.
        unsigned Child = I + 1, Last = N[I].End;
        while (Child < N[I].End) {
          Last = Child;
          Child = N[Child].End;
        }
        if (Last != N[I].End)
          SkipAt.push_back(Last);
        ++I;
        break;
      }
      }
    }
  }
  /// @}

  /// \name The control flow of the body, every sub-expression its own
  /// element (so that a use's place in the evaluation order is known).
  /// @{
  struct CFGPosition {
    unsigned Block = 0;
    unsigned Index = 0; ///< of the element within its block
  };
  /// Null when the body is not well formed or clang cannot build a CFG.
  const CFG *cfg();
  /// Where \p S (or, for an expression, the one inside its parens) runs.
  bool positionOf(const Stmt *S, CFGPosition &P);
  /// Where each execution of \p VD's declaration runs (the CFG splits
  /// DeclStmts, one element a variable).
  llvm::ArrayRef<CFGPosition> declPositions(const VarDecl &VD);
  /// The block with ID \p ID; cfg() must be non-null.
  const CFGBlock *block(unsigned ID) const { return ByID[ID]; }
  /// Every try statement of the body: exception edges are not in the CFG.
  llvm::ArrayRef<const CXXTryStmt *> tryStmts();
  /// @}

private:
  bool buildFlow();

  const FunctionDecl &FD;
  ASTContext &Ctx;
  llvm::SmallVector<const Stmt *, 4> Roots;
  std::unique_ptr<ParentMap> Map; // built on the first question
  enum class Tri { Unknown, No, Yes } WellFormed = Tri::Unknown;
  void buildNodes();
  bool NodesBuilt = false;
  std::vector<Node> Nodes;
  llvm::SmallVector<unsigned, 4> RootBegin; // of each root in Nodes

  bool FlowBuilt = false;
  std::unique_ptr<CFG> Graph;
  llvm::DenseMap<const Stmt *, CFGPosition> Positions;
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<CFGPosition, 1>>
      DeclPositions;
  llvm::SmallVector<const CFGBlock *, 16> ByID;
  llvm::SmallVector<const CXXTryStmt *, 2> Trys;
};

/// The contexts of the functions a check looks at in one translation unit,
/// for checks that match a function's parts (its locals) one at a time:
/// every part of one function shares one context. Cleared at the end of the
/// TU.
class FunctionContexts {
public:
  FunctionContext &get(const FunctionDecl &FD, ASTContext &Ctx);
  void clear() { Contexts.clear(); }

private:
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionContext>>
      Contexts;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_FUNCTIONCONTEXT_H
