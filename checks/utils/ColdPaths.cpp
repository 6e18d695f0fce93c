//===--- ColdPaths.cpp - code that runs only on rare iterations -----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/ColdPaths.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "utils/Expressions.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"
#include "llvm/ADT/SmallPtrSet.h"

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
  if (!C)
    return false;
  if (isColdCallee(C->getDirectCallee()))
    return true;
  // A reporter that takes the severity as an argument:
  // `IssueMessage(MessageType::FATAL_ERROR, msg)`.
  for (const Expr *Arg : C->arguments())
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts()))
      if (const auto *E = dyn_cast<EnumConstantDecl>(Ref->getDecl());
          E && ColdFunctions.matches(E))
        return true;
  return false;
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

/// The variables and fields \p E reads, into \p Reads; false when it does
/// anything but read them, combine them and compare them with constants.
bool collectFlagReads(const Expr *E,
                      llvm::SmallPtrSetImpl<const ValueDecl *> &Reads) {
  if (!E)
    return false;
  E = E->IgnoreParenImpCasts();
  if (isa<IntegerLiteral, CXXBoolLiteralExpr, CharacterLiteral, FloatingLiteral,
          CXXNullPtrLiteralExpr, CXXThisExpr>(E))
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (isa<EnumConstantDecl>(DRE->getDecl()))
      return true;
    if (!isa<VarDecl>(DRE->getDecl()))
      return false;
    Reads.insert(DRE->getDecl());
    return true;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (!isa<FieldDecl>(ME->getMemberDecl()))
      return false;
    Reads.insert(ME->getMemberDecl());
    return collectFlagReads(ME->getBase(), Reads);
  }
  if (const auto *U = dyn_cast<UnaryOperator>(E)) {
    UnaryOperatorKind K = U->getOpcode();
    return (K == UO_LNot || K == UO_Not || K == UO_Minus || K == UO_Plus) &&
           collectFlagReads(U->getSubExpr(), Reads);
  }
  if (const auto *B = dyn_cast<BinaryOperator>(E))
    return !B->isAssignmentOp() && B->getOpcode() != BO_Comma &&
           collectFlagReads(B->getLHS(), Reads) &&
           collectFlagReads(B->getRHS(), Reads);
  return false;
}

/// The variable or field an lvalue names: `x`, `a.b`, `p->f`.
const ValueDecl *namedTarget(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getDecl();
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return ME->getMemberDecl();
  return nullptr;
}

/// Every variable or field that \p S visibly writes, into \p Written.
void collectWrites(const Stmt *S, llvm::DenseSet<const ValueDecl *> &Written) {
  if (!S)
    return;
  auto Write = [&](const Expr *E) {
    if (const ValueDecl *D = namedTarget(E))
      Written.insert(D);
  };
  if (const auto *B = dyn_cast<BinaryOperator>(S)) {
    if (B->isAssignmentOp())
      Write(B->getLHS());
  } else if (const auto *U = dyn_cast<UnaryOperator>(S)) {
    if (U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf)
      Write(U->getSubExpr());
  } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || !MD->isConst())
      Write(MC->getImplicitObjectArgument());
  }
  // What a call may write: its arguments bound to non-const references (or
  // passed where nothing is known of the parameter), and the object of a
  // non-const member operator.
  if (isa<CallExpr, CXXConstructExpr>(S)) {
    const auto *Call = cast<Expr>(S);
    llvm::ArrayRef<const Expr *> Args;
    if (const auto *CE = dyn_cast<CallExpr>(Call))
      Args = llvm::ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs());
    else
      Args = llvm::ArrayRef<const Expr *>(
          cast<CXXConstructExpr>(Call)->getArgs(),
          cast<CXXConstructExpr>(Call)->getNumArgs());
    for (unsigned I = 0; I < Args.size(); ++I) {
      if (isOperatorObjectArg(Call, I)) {
        if (!cast<CXXMethodDecl>(calleeOf(Call))->isConst())
          Write(Args[I]);
        continue;
      }
      const ParmVarDecl *P = paramForArg(Call, I);
      if (!P || isNonConstRef(P->getType()))
        Write(Args[I]);
    }
  }
  for (const Stmt *Child : S->children())
    collectWrites(Child, Written);
}
} // namespace

bool ColdPaths::isLoopInvariant(const Expr *Cond, const Stmt &Loop,
                                ASTContext &Ctx) {
  llvm::SmallPtrSet<const ValueDecl *, 4> Reads;
  if (!collectFlagReads(Cond, Reads) || Reads.empty())
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation LoopBegin = SM.getExpansionLoc(Loop.getBeginLoc());
  for (const ValueDecl *D : Reads)
    if (const auto *VD = dyn_cast<VarDecl>(D);
        VD && (isa<ParmVarDecl>(VD) || VD->isLocalVarDecl()) &&
        !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(VD->getLocation()),
                                      LoopBegin))
      return false; // declared in the loop (a lambda's parameter too)
  // One pass over the loop, whatever number of conditions ask.
  if (WritesOf != &Loop) {
    Writes.clear();
    collectWrites(&Loop, Writes);
    WritesOf = &Loop;
  }
  return llvm::none_of(Reads, [&](const ValueDecl *D) { return Writes.count(D); });
}

bool ColdPaths::readsDiagnosticFlag(const Expr *Cond) {
  llvm::SmallPtrSet<const ValueDecl *, 4> Reads;
  collectFlagReads(Cond, Reads);
  return llvm::any_of(Reads,
                      [&](const ValueDecl *D) { return ColdFunctions.matches(D); });
}

/// The counter \p Loop declares and steps by a constant: `for (int i = ...;
/// ...; ++i)` (or `i--`, `i += 2`), written nowhere in the body.
static const VarDecl *steppedCounter(const Stmt &Loop, ASTContext &Ctx) {
  const auto *For = dyn_cast<ForStmt>(&Loop);
  if (!For || !For->getBody() || !For->getInc())
    return nullptr;
  const auto *Init = dyn_cast_or_null<DeclStmt>(For->getInit());
  if (!Init || !Init->isSingleDecl())
    return nullptr;
  const auto *V = dyn_cast<VarDecl>(Init->getSingleDecl());
  if (!V || !V->getType()->isIntegerType() || V->getType()->isReferenceType())
    return nullptr;
  const Expr *Inc = For->getInc()->IgnoreParenImpCasts();
  const Expr *Stepped = nullptr;
  if (const auto *U = dyn_cast<UnaryOperator>(Inc); U && U->isIncrementDecrementOp())
    Stepped = U->getSubExpr();
  else if (const auto *B = dyn_cast<CompoundAssignOperator>(Inc);
           B && (B->getOpcode() == BO_AddAssign || B->getOpcode() == BO_SubAssign)) {
    Expr::EvalResult R;
    if (!B->getRHS()->EvaluateAsInt(R, Ctx) || R.Val.getInt().isZero())
      return nullptr;
    Stepped = B->getLHS();
  }
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
      Stepped ? Stepped->IgnoreParenImpCasts() : nullptr);
  if (!Ref || Ref->getDecl() != V ||
      ExprMutationAnalyzer(*For->getBody(), Ctx).isMutated(V))
    return nullptr;
  return V;
}

/// Whether \p Cond holds on one iteration of \p Loop at most: it compares
/// the loop's stepped counter for equality with a constant (`i == 0`, `!i`),
/// which the counter passes once.
static bool holdsOnOneIteration(const Expr *Cond, const Stmt &Loop,
                                ASTContext &Ctx) {
  if (!Cond || Cond->isValueDependent())
    return false;
  Cond = Cond->IgnoreParenImpCasts();
  const Expr *Counter = nullptr;
  if (const auto *U = dyn_cast<UnaryOperator>(Cond); U && U->getOpcode() == UO_LNot) {
    Counter = U->getSubExpr();
  } else if (const auto *B = dyn_cast<BinaryOperator>(Cond); B && B->getOpcode() == BO_EQ) {
    const Expr *L = B->getLHS(), *R = B->getRHS();
    if (R->isIntegerConstantExpr(Ctx))
      Counter = L;
    else if (L->isIntegerConstantExpr(Ctx))
      Counter = R;
  }
  const auto *Ref =
      dyn_cast_or_null<DeclRefExpr>(Counter ? Counter->IgnoreParenImpCasts() : nullptr);
  return Ref && Ref->getDecl() == steppedCounter(Loop, Ctx);
}

bool ColdPaths::isColdBranch(const IfStmt &If, const Stmt &Branch,
                             const Stmt &Loop, ASTContext &Ctx) {
  bool IsThen = &Branch == If.getThen();
  if (IsThen && !If.getConditionVariable() &&
      holdsOnOneIteration(If.getCond(), Loop, Ctx))
    return true;
  Expected E = expectedBranch(If, Ctx);
  if (E != Expected::Unknown && (E == Expected::Then) != IsThen)
    return true;
  // A logging macro tests the level or category before building its
  // message; a checking macro builds its message only when the check fails.
  SourceLocation IfLoc = If.getIfLoc();
  if (IfLoc.isMacroID() && Ctx.getSourceManager().isMacroBodyExpansion(IfLoc))
    return true;
  if (callsColdFunctionDirectly(&Branch))
    return true;
  // `if (verbose)`: a switch for diagnostic output, the same on every
  // iteration. A feature switch (`if (with_names)`) is no such evidence: when
  // it is on, the branch runs on every iteration.
  return IsThen && !If.getElse() && !If.getInit() &&
         !If.getConditionVariable() && readsDiagnosticFlag(If.getCond()) &&
         isLoopInvariant(If.getCond(), Loop, Ctx);
}

} // namespace clang::tidy::memchecks::utils
