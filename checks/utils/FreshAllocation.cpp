//===--- FreshAllocation.cpp - what a heap allocation makes ---------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/FreshAllocation.h"
#include "utils/ASTHelpers.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/StdLibrary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::memchecks::utils {
namespace {

/// `new T` / `new T(...)` / `new T{...}` with the global allocation function,
/// no placement arguments and not an array.
bool isPlainNew(const CXXNewExpr *New) {
  if (!New || New->isArray() || New->getNumPlacementArgs() != 0)
    return false;
  const FunctionDecl *OpNew = New->getOperatorNew();
  return !OpNew || !isa<CXXMethodDecl>(OpNew);
}

FreshAllocation ofNew(const CXXNewExpr *New) {
  FreshAllocation A;
  A.E = A.New = New;
  A.Type = New->getAllocatedType();
  return A;
}

/// The return statements of one function, not of the lambdas or local
/// classes inside it.
class ReturnCollector : public RecursiveASTVisitor<ReturnCollector> {
public:
  llvm::SmallVector<const ReturnStmt *, 4> Returns;
  bool VisitReturnStmt(ReturnStmt *R) {
    Returns.push_back(R);
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseBlockExpr(BlockExpr *) { return true; }
};

} // namespace

compat::Optional<FreshAllocation> freshAllocation(const Expr *E,
                                                  bool AllowShared) {
  E = stripToValue(E);
  if (!E)
    return {};
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
    E = Cast->getSubExpr()->IgnoreImplicit();
  if (const auto *New = dyn_cast<CXXNewExpr>(E)) {
    if (!isPlainNew(New))
      return {};
    return ofNew(New);
  }
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    // std::unique_ptr<T>(new T(...)); a second argument is a deleter.
    PointerHolder Kind = PointerHolder::Raw;
    if (CE->getNumArgs() != 1 || smartPointee(CE->getType(), Kind).isNull() ||
        (Kind == PointerHolder::Shared && !AllowShared))
      return {};
    const auto *New =
        dyn_cast<CXXNewExpr>(CE->getArg(0)->IgnoreImplicit()->IgnoreParens());
    if (!isPlainNew(New))
      return {};
    return ofNew(New);
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !Callee->getIdentifier() || !Callee->isInStdNamespace())
      return {};
    StringRef Name = Callee->getName();
    if (Name != "make_unique" && !(AllowShared && Name == "make_shared"))
      return {};
    const TemplateArgumentList *Args = Callee->getTemplateSpecializationArgs();
    if (!Args || Args->size() == 0 ||
        Args->get(0).getKind() != TemplateArgument::Type)
      return {};
    FreshAllocation A;
    A.E = A.Factory = Call;
    A.Type = Args->get(0).getAsType();
    return A;
  }
  return {};
}

const Expr *allocationEveryReturnMakes(QualType T, bool AllowShared,
                                       FunctionContext &F) {
  const FunctionDecl &FD = F.function();
  ReturnCollector RC;
  RC.TraverseStmt(const_cast<Stmt *>(FD.getBody()));
  const Expr *First = nullptr;
  for (const ReturnStmt *R : RC.Returns) {
    const Expr *Value = R->getRetValue();
    if (!Value)
      return nullptr;
    compat::Optional<FreshAllocation> A = freshAllocation(Value, AllowShared);
    if (!A) {
      // A local that is only initialised and filled before it is returned.
      const auto *Ref = dyn_cast<DeclRefExpr>(stripToValue(Value));
      const auto *Local = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
      if (!Local || !Local->hasLocalStorage() || isa<ParmVarDecl>(Local) ||
          !Local->getInit() ||
          !isSameUnqualifiedType(Local->getType(), FD.getReturnType()))
        return nullptr;
      A = freshAllocation(Local->getInit(), AllowShared);
      if (!A)
        return nullptr;
      PointerUses Uses = analyzePointerUses(*Local, F);
      if (Uses.Escape || !Uses.Deletes.empty())
        return nullptr;
    }
    if (!isSameUnqualifiedType(A->Type, T))
      return nullptr;
    if (!First)
      First = A->E;
  }
  return First;
}

} // namespace clang::tidy::memchecks::utils
