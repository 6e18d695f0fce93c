//===--- KeptResults.cpp - do callers keep a returned pointer -------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/KeptResults.h"
#include "utils/ASTHelpers.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/FunctionContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include <memory>

namespace clang::tidy::memchecks::utils {
namespace {

class CallersNeedingPointer
    : public RecursiveASTVisitor<CallersNeedingPointer> {
public:
  CallersNeedingPointer(const llvm::DenseSet<const FunctionDecl *> &Candidates,
                        ASTContext &Ctx)
      : Candidates(Candidates), Ctx(Ctx) {}
  llvm::DenseSet<const FunctionDecl *> Needed;

  bool shouldVisitLambdaBody() const { return true; }

  bool TraverseDecl(Decl *D) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody() || !FD->getBody())
      return RecursiveASTVisitor::TraverseDecl(D);
    // The parents of the body are indexed only if a candidate is called.
    const FunctionDecl *SavedFunction = Function;
    std::unique_ptr<FunctionContext> Saved = std::move(Context);
    Function = FD;
    bool Continue = RecursiveASTVisitor::TraverseDecl(D);
    Function = SavedFunction;
    Context = std::move(Saved);
    return Continue;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !Candidates.count(Callee->getCanonicalDecl()) ||
        Needed.count(Callee->getCanonicalDecl()))
      return true;
    if (needsPointer(Call))
      Needed.insert(Callee->getCanonicalDecl());
    return true;
  }
  // A name in a dependent call: which use it gets is not known.
  bool VisitOverloadExpr(OverloadExpr *E) {
    for (const NamedDecl *D : E->decls())
      if (const auto *FD = dyn_cast<FunctionDecl>(D->getUnderlyingDecl());
          FD && Candidates.count(FD->getCanonicalDecl()))
        Needed.insert(FD->getCanonicalDecl());
    return true;
  }

private:
  bool needsPointer(const CallExpr *Call) {
    // Outside a function body (a global or member initializer): kept.
    if (!Function)
      return true;
    if (!Context)
      Context = std::make_unique<FunctionContext>(*Function, Ctx);
    const Stmt *P = spelledParent(Call, *Context);
    if (!P)
      return true;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P))
      return !(Op->getNumArgs() == 1 &&
               (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star));
    if (const auto *DS = dyn_cast<DeclStmt>(P)) {
      for (const Decl *D : DS->decls()) {
        const auto *Var = dyn_cast<VarDecl>(D);
        if (!Var || !Var->getInit() ||
            stripToValue(Var->getInit()) != stripToValue(Call) ||
            !isSameUnqualifiedType(Var->getType(), Call->getType()))
          continue;
        PointerUses Uses = analyzePointerUses(*Var, *Context);
        return Uses.Escape || !Uses.Returns.empty() || !Uses.Deletes.empty();
      }
      return true;
    }
    // A statement of its own: the result is dropped.
    return isa<Expr, ReturnStmt>(P);
  }

  const llvm::DenseSet<const FunctionDecl *> &Candidates;
  ASTContext &Ctx;
  const FunctionDecl *Function = nullptr;
  std::unique_ptr<FunctionContext> Context;
};

} // namespace

llvm::DenseSet<const FunctionDecl *>
resultsKeptAsPointers(const llvm::DenseSet<const FunctionDecl *> &Candidates,
                      ASTContext &Ctx) {
  CallersNeedingPointer Callers(Candidates, Ctx);
  Callers.TraverseAST(Ctx);
  llvm::DenseSet<const FunctionDecl *> Kept = std::move(Callers.Needed);
  for (const FunctionDecl *FD : collectAddressTakenFunctions(Ctx))
    if (Candidates.count(FD))
      Kept.insert(FD);
  return Kept;
}

} // namespace clang::tidy::memchecks::utils
