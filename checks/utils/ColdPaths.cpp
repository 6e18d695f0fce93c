//===--- ColdPaths.cpp - code that runs only on rare iterations -----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/ColdPaths.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"

namespace clang::tidy::memchecks::utils {

// The function's own name, after the last `::`. `Diag` but not `diagonal`.
const char DefaultColdFunctions[] =
    "(.*::)?[^:]*([Ee]rror|ERROR|[Ww]arn|WARN|[Rr]eport|[Dd]ebug|DEBUG|"
    "[Ff]atal|FATAL|[Aa]ssert|[Pp]anic|[Vv]erbose)[^:]*;"
    "(.*::)?[^:]*[Dd]iag([^o:][^:]*)?";

bool isNoReturnCall(const Stmt *S) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  if (!E)
    return false;
  const auto *C = dyn_cast<CallExpr>(E->IgnoreImplicit());
  if (!C)
    return false;
  const FunctionDecl *FD = C->getDirectCallee();
  return FD && FD->isNoReturn();
}

bool endsFatally(const Stmt *S) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  return (E && isa<CXXThrowExpr>(E->IgnoreImplicit())) || isNoReturnCall(S);
}

/// `Status::Error(msg)`: a member that returns its own class makes a value
/// the program goes on with, whatever it is called.
static bool isFactory(const FunctionDecl *FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD)
    return false;
  const CXXRecordDecl *R = MD->getReturnType()->getAsCXXRecordDecl();
  return R && R->getCanonicalDecl() == MD->getParent()->getCanonicalDecl();
}

bool ColdPaths::isColdCallee(const FunctionDecl *FD) {
  if (!FD)
    return false;
  FD = FD->getCanonicalDecl();
  auto [It, New] = Callees.try_emplace(FD, false);
  if (New)
    It->second = FD->isNoReturn() ||
                 FD->getMostRecentDecl()->hasAttr<ColdAttr>() ||
                 (ColdFunctions.matches(FD) && !isFactory(FD));
  return It->second;
}

bool ColdPaths::isColdCall(const Stmt *S) {
  const auto *C = dyn_cast_or_null<CallExpr>(S);
  return C && isColdCallee(C->getDirectCallee());
}

/// Calls that run whenever \p S does: not those in nested branches, switch
/// cases, the right of `&&`/`||`, or lambdas.
bool ColdPaths::callsColdFunctionDirectly(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (const auto *If = dyn_cast<IfStmt>(S))
    return callsColdFunctionDirectly(If->getInit()) ||
           callsColdFunctionDirectly(If->getConditionVariableDeclStmt()) ||
           callsColdFunctionDirectly(If->getCond());
  if (const auto *SW = dyn_cast<SwitchStmt>(S))
    return callsColdFunctionDirectly(SW->getInit()) ||
           callsColdFunctionDirectly(SW->getCond());
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(S))
    return callsColdFunctionDirectly(CO->getCond());
  if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isLogicalOp())
    return callsColdFunctionDirectly(BO->getLHS());
  if (isColdCall(S))
    return true;
  for (const Stmt *Child : S->children())
    if (callsColdFunctionDirectly(Child))
      return true;
  return false;
}

namespace {
enum class Expected { Unknown, Then, Else };

/// Which branch of \p If the source says is the usual one.
Expected expectedBranch(const IfStmt &If, ASTContext &Ctx) {
  auto Weight = [](const Stmt *S) {
    if (const auto *AS = dyn_cast_or_null<AttributedStmt>(S))
      for (const Attr *A : AS->getAttrs()) {
        if (isa<LikelyAttr>(A))
          return 1;
        if (isa<UnlikelyAttr>(A))
          return -1;
      }
    return 0;
  };
  int Then = Weight(If.getThen()), Else = Weight(If.getElse());
  if (Then > 0 || Else < 0)
    return Expected::Then;
  if (Then < 0 || Else > 0)
    return Expected::Else;
  // `__builtin_expect(c, v)`, as the `likely`/`unlikely` macros spell it.
  bool Negated = false;
  const Expr *C = If.getCond();
  while (C) {
    C = C->IgnoreParenImpCasts();
    const auto *U = dyn_cast<UnaryOperator>(C);
    if (!U || U->getOpcode() != UO_LNot)
      break;
    Negated = !Negated;
    C = U->getSubExpr();
  }
  const auto *Call = dyn_cast_or_null<CallExpr>(C);
  if (!Call || Call->getBuiltinCallee() != Builtin::BI__builtin_expect ||
      Call->getNumArgs() != 2 || Call->getArg(1)->isValueDependent())
    return Expected::Unknown;
  Expr::EvalResult R;
  if (!Call->getArg(1)->EvaluateAsInt(R, Ctx))
    return Expected::Unknown;
  bool True = R.Val.getInt().getBoolValue() != Negated;
  return True ? Expected::Then : Expected::Else;
}

} // namespace

bool ColdPaths::isColdBranch(const IfStmt &If, const Stmt &Branch,
                             const Stmt &Loop, ASTContext &Ctx) {
  bool IsThen = &Branch == If.getThen();
  Expected E = expectedBranch(If, Ctx);
  if (E != Expected::Unknown && (E == Expected::Then) != IsThen)
    return true;
  return callsColdFunctionDirectly(&Branch);
}

} // namespace clang::tidy::memchecks::utils
