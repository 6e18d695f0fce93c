//===--- ColdPaths.cpp - code that runs only on rare iterations -----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/ColdPaths.h"
#include "utils/ASTHelpers.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/Mutations.h"
#include "utils/StdLibrary.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"
#include "llvm/ADT/APSInt.h"
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
  // `IssueMessage(MessageType::FATAL_ERROR, msg)`, or a local that only
  // ever holds such severities (`MessageType t = AUTHOR_WARNING; ... t =
  // FATAL_ERROR; IssueMessage(t, msg)`).
  for (const Expr *Arg : C->arguments())
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts())) {
      if (const auto *E = dyn_cast<EnumConstantDecl>(Ref->getDecl());
          E && ColdFunctions.matches(E))
        return true;
      if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
          V && holdsOnlyColdSeverities(*V))
        return true;
    }
  return false;
}

bool ColdPaths::holdsOnlyColdSeverities(const VarDecl &V) {
  if (!V.hasLocalStorage() || isa<ParmVarDecl>(V) ||
      !V.getType()->isEnumeralType() || V.getType()->isReferenceType())
    return false;
  auto [It, New] = Severities.try_emplace(&V, false);
  if (!New)
    return It->second;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(V.getParentFunctionOrMethod());
  if (!FD || !FD->getBody())
    return false;
  auto IsColdEnumerator = [&](const Expr *E) {
    const auto *Ref =
        E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
    const auto *EC = Ref ? dyn_cast<EnumConstantDecl>(Ref->getDecl()) : nullptr;
    return EC && ColdFunctions.matches(EC);
  };
  if (!IsColdEnumerator(V.getInit()))
    return false;
  // Every other use reads it, or assigns it such an enumerator.
  struct Uses {
    const VarDecl &V;
    llvm::function_ref<bool(const Expr *)> IsCold;
    bool Ok = true;
    void walk(const Stmt *S, const Stmt *Parent) {
      if (!S || !Ok)
        return;
      if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && Ref->getDecl() == &V) {
        const auto *BO = dyn_cast_or_null<BinaryOperator>(Parent);
        const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Parent);
        Ok = (Cast && Cast->getCastKind() == CK_LValueToRValue) ||
             (BO && BO->getOpcode() == BO_Assign && BO->getLHS() == Ref &&
              IsCold(BO->getRHS()));
        return;
      }
      for (const Stmt *Child : S->children())
        walk(Child, S);
    }
  } U{V, IsColdEnumerator};
  U.walk(FD->getBody(), nullptr);
  Severities[&V] = U.Ok;
  return U.Ok;
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

/// Whether every mention of \p V under \p S is a plain load of its value
/// (an lvalue-to-rvalue conversion, past parentheses), which no mutation
/// analysis would call a write. \p Parent is the parent of \p S.
static bool onlyLoadedIn(const VarDecl *V, const Stmt *S,
                         const Stmt *Parent = nullptr) {
  if (!S)
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && Ref->getDecl() == V) {
    const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Parent);
    return Cast && Cast->getCastKind() == CK_LValueToRValue;
  }
  const Stmt *Up = isa<ParenExpr>(S) ? Parent : S;
  for (const Stmt *Child : S->children())
    if (!onlyLoadedIn(V, Child, Up))
      return false;
  return true;
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
  if (!Ref || Ref->getDecl() != V)
    return nullptr;
  // A counter the body only reads needs no parent index.
  if (!onlyLoadedIn(V, For->getBody()) &&
      ScopeMutations(*For->getBody(), Ctx).isMutated(*V))
    return nullptr;
  return V;
}

/// Whether \p Cond holds on one iteration of \p Loop at most: it compares
/// the loop's stepped counter for equality with a constant (`i == 0`, `!i`)
/// or with a value the loop does not change (`j == i` in a loop over `j`),
/// which the counter passes once.
bool ColdPaths::holdsOnOneIteration(const Expr *Cond, const Stmt &Loop,
                                    ASTContext &Ctx) {
  if (!Cond || Cond->isValueDependent())
    return false;
  Cond = Cond->IgnoreParenImpCasts();
  auto RefTo = [](const Expr *E) -> const ValueDecl * {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref ? Ref->getDecl() : nullptr;
  };
  if (const auto *U = dyn_cast<UnaryOperator>(Cond); U && U->getOpcode() == UO_LNot) {
    const ValueDecl *V = RefTo(U->getSubExpr());
    return V && V == steppedCounter(Loop, Ctx);
  }
  const auto *B = dyn_cast<BinaryOperator>(Cond);
  if (!B || B->getOpcode() != BO_EQ)
    return false;
  for (auto [Counter, Other] : {std::pair(B->getLHS(), B->getRHS()),
                                std::pair(B->getRHS(), B->getLHS())}) {
    const ValueDecl *V = RefTo(Counter);
    if (V &&
        (Other->isIntegerConstantExpr(Ctx) ||
         isLoopInvariant(Other, Loop, Ctx)) &&
        V == steppedCounter(Loop, Ctx))
      return true;
  }
  return false;
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

bool runsAtMostOnce(const Stmt &Loop, ASTContext &Ctx) {
  auto IsFalse = [&](const Expr *C) {
    bool V = true;
    return C && !C->isValueDependent() &&
           C->EvaluateAsBooleanCondition(V, Ctx) && !V;
  };
  // Bounds are compared as signed numbers wide enough for any 64-bit value,
  // signed or not, and for the difference of two of them.
  auto IntValue = [&](const Expr *E, llvm::APSInt &Out) {
    Expr::EvalResult R;
    if (!E || E->isValueDependent() || !E->EvaluateAsInt(R, Ctx) ||
        R.Val.getInt().getBitWidth() > 64)
      return false;
    Out = R.Val.getInt().extend(72);
    Out.setIsSigned(true);
    return true;
  };
  if (const auto *D = dyn_cast<DoStmt>(&Loop)) {
    if (IsFalse(D->getCond()))
      return true;
    // `#define CHECK(x) do { ... } while (AlwaysFalse())`: a do-while whose
    // `do` is in a macro's body and whose condition calls a free function
    // of no arguments is taken to run once.
    const SourceManager &SM = Ctx.getSourceManager();
    const auto *Call = dyn_cast_or_null<CallExpr>(
        D->getCond() ? D->getCond()->IgnoreParenImpCasts() : nullptr);
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    return D->getDoLoc().isMacroID() &&
           SM.isMacroBodyExpansion(D->getDoLoc()) && Callee &&
           Call->getNumArgs() == 0 && !isa<CXXMethodDecl>(Callee);
  }
  if (const auto *W = dyn_cast<WhileStmt>(&Loop))
    return IsFalse(W->getCond());
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(&Loop)) {
    const Expr *Init = RF->getRangeInit();
    if (!Init || Init->isTypeDependent())
      return false;
    if (const auto *AT = Ctx.getAsConstantArrayType(Init->getType()))
      return AT->getSize().getZExtValue() <= 1;
    const Expr *Inner = Init->IgnoreImplicit();
    if (const auto *IL = dyn_cast<CXXStdInitializerListExpr>(Inner))
      Inner = IL->getSubExpr()->IgnoreImplicit();
    if (const auto *IL = dyn_cast<InitListExpr>(Inner))
      return IL->getNumInits() <= 1;
    return false;
  }
  const auto *For = dyn_cast<ForStmt>(&Loop);
  if (!For || !For->getCond())
    return false;
  if (IsFalse(For->getCond()))
    return true;
  // for (int i = A; i <op> B; ++i / --i)
  const auto *DS = dyn_cast_or_null<DeclStmt>(For->getInit());
  if (!DS || !DS->isSingleDecl())
    return false;
  const auto *Var = dyn_cast<VarDecl>(DS->getSingleDecl());
  llvm::APSInt A, B;
  if (!Var || !Var->getType()->isIntegerType() || !IntValue(Var->getInit(), A))
    return false;
  const auto *Cond =
      dyn_cast<BinaryOperator>(For->getCond()->IgnoreParenImpCasts());
  if (!Cond)
    return false;
  const auto *L = dyn_cast<DeclRefExpr>(Cond->getLHS()->IgnoreParenImpCasts());
  if (!L || L->getDecl() != Var || !IntValue(Cond->getRHS(), B))
    return false;
  const auto *Inc = dyn_cast_or_null<UnaryOperator>(
      For->getInc() ? For->getInc()->IgnoreParenImpCasts() : nullptr);
  if (!Inc || !Inc->isIncrementDecrementOp())
    return false;
  const auto *IncVar =
      dyn_cast<DeclRefExpr>(Inc->getSubExpr()->IgnoreParenImpCasts());
  if (!IncVar || IncVar->getDecl() != Var)
    return false;
  // One trip at most: the bound is one step away, or none when included.
  bool Up = Inc->isIncrementOp();
  BinaryOperatorKind K = Cond->getOpcode();
  bool Inclusive = K == (Up ? BO_LE : BO_GE);
  if (!Inclusive && K != (Up ? BO_LT : BO_GT) && K != BO_NE)
    return false;
  llvm::APSInt Distance = Up ? B - A : A - B;
  return Distance <= (Inclusive ? 0 : 1);
}

llvm::SmallVector<LoopSite, 8> findLoops(FunctionContext &F) {
  using Step = FunctionContext::Step;
  llvm::SmallVector<LoopSite, 8> Loops;
  llvm::ArrayRef<FunctionContext::Node> Nodes = F.nodes();
  // Whether the statement visited is on a fatal path, and the subtrees that
  // changed it: until End, then back to Before.
  bool OnFatalPath = false;
  struct Change {
    unsigned End;
    bool Before;
  };
  llvm::SmallVector<Change, 8> Changes;
  llvm::SmallPtrSet<const Stmt *, 4> CaptureInits; // of lambdas met
  F.walk(&F.body(), [&](const Stmt &S, unsigned Index) {
    while (!Changes.empty() && Index >= Changes.back().End)
      OnFatalPath = Changes.pop_back_val().Before;
    if (!CaptureInits.empty() && CaptureInits.erase(&S))
      return Step::Over;
    if (const auto *L = dyn_cast<LambdaExpr>(&S)) {
      for (const Expr *Init : L->capture_inits())
        if (Init)
          CaptureInits.insert(Init);
      Changes.push_back({Nodes[Index].End, OnFatalPath});
      OnFatalPath = false;
      return Step::Into;
    }
    if (isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt>(S))
      Loops.push_back({&S, OnFatalPath});
    if (const auto *CS = dyn_cast<CompoundStmt>(&S);
        CS && !CS->body_empty() && !OnFatalPath &&
        endsFatally(CS->body_back())) {
      Changes.push_back({Nodes[Index].End, OnFatalPath});
      OnFatalPath = true;
    }
    return Step::Into;
  });
  return Loops;
}

static void collectVarRefs(const Stmt *S, llvm::DenseSet<const Decl *> &Out) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (isa<VarDecl>(DRE->getDecl()))
      Out.insert(DRE->getDecl());
  for (const Stmt *Child : S->children())
    collectVarRefs(Child, Out);
}

LoopColdPaths::LoopColdPaths(ColdPaths &Cold, const Stmt &Loop,
                             FunctionContext &F)
    : Cold(Cold), Loop(Loop), F(F) {
  const Expr *Cond = nullptr;
  if (const auto *For = dyn_cast<ForStmt>(&Loop)) {
    Body = For->getBody();
    Cond = For->getCond();
  } else if (const auto *RF = dyn_cast<CXXForRangeStmt>(&Loop)) {
    Body = RF->getBody();
  } else if (const auto *W = dyn_cast<WhileStmt>(&Loop)) {
    Body = W->getBody();
    Cond = W->getCond();
  } else if (const auto *D = dyn_cast<DoStmt>(&Loop)) {
    Body = D->getBody();
    Cond = D->getCond();
  }
  collectVarRefs(Cond, CondVars);
}

/// `status = Error(...)` where the loop condition tests `status`: the
/// iteration that does it is usually the last one.
bool LoopColdPaths::assignsConditionVar(const Stmt *S) const {
  const auto *E = dyn_cast<Expr>(S);
  if (!E || CondVars.empty())
    return false;
  E = E->IgnoreImplicit();
  const Expr *LHS = nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(E);
      BO && BO->getOpcode() == BO_Assign)
    LHS = BO->getLHS();
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
           Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
    LHS = Op->getArg(0);
  const auto *DRE =
      dyn_cast_or_null<DeclRefExpr>(LHS ? LHS->IgnoreParenImpCasts() : nullptr);
  return DRE && CondVars.count(DRE->getDecl());
}

bool LoopColdPaths::leavesLoop(const Stmt *S) const {
  if (!S)
    return false;
  if (isa<ReturnStmt, CoreturnStmt, GotoStmt>(S))
    return true;
  if (isa<BreakStmt>(S))
    return BreakLeavesLoop;
  return assignsConditionVar(S) || endsFatally(S);
}

/// Whether \p S, under \p Loop, can skip to the loop's next iteration: a
/// `continue` of it, or a `goto` or label anywhere.
static bool mayContinue(const Stmt *S, const Stmt &Loop) {
  if (!S)
    return false;
  if (isa<ContinueStmt, GotoStmt, IndirectGotoStmt, LabelStmt>(S))
    return true;
  for (const Stmt *C : S->children()) {
    // A `continue` of an inner loop stays there; a label does not.
    if (isa_and_nonnull<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(C)) {
      if (hasGotoOrLabel(C))
        return true;
      continue;
    }
    if (mayContinue(C, Loop))
      return true;
  }
  return false;
}

/// `F = true` (or any nonzero constant) on the local \p Flag.
static bool setsFlag(const Stmt *S, const VarDecl &Flag, ASTContext &Ctx) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  const auto *BO =
      E ? dyn_cast<BinaryOperator>(E->IgnoreParenImpCasts()) : nullptr;
  if (!BO || BO->getOpcode() != BO_Assign)
    return false;
  const auto *LHS = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
  bool Value = false;
  return LHS && LHS->getDecl() == &Flag && !BO->getRHS()->isValueDependent() &&
         BO->getRHS()->EvaluateAsBooleanCondition(Value, Ctx) && Value;
}

const VarDecl *LoopColdPaths::oneWayFlag(const Expr *Cond, bool &Negated) {
  if (!Cond)
    return nullptr;
  Cond = Cond->IgnoreParenImpCasts();
  Negated = false;
  if (const auto *U = dyn_cast<UnaryOperator>(Cond);
      U && U->getOpcode() == UO_LNot) {
    Negated = true;
    Cond = U->getSubExpr()->IgnoreParenImpCasts();
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(Cond);
  const auto *V = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!V || !V->hasLocalStorage() || V->getType()->isReferenceType() ||
      !V->getType()->isIntegralOrEnumerationType() || isa<ParmVarDecl>(V))
    return nullptr;
  // Declared outside the loop, and the loop only reads it or sets it.
  const DeclStmt *DS = F.declStmtOf(*V);
  for (const Stmt *S = DS; S; S = F.parent(S))
    if (S == &Loop)
      return nullptr;
  for (const DeclRefExpr *R : findRefs(*V, Loop, F.astContext())) {
    const Stmt *P = F.parent(R);
    if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(P);
        Cast && Cast->getCastKind() == CK_LValueToRValue)
      continue;
    if (const auto *BO = dyn_cast_or_null<BinaryOperator>(P);
        BO && BO->getLHS() == R && setsFlag(BO, *V, F.astContext()))
      continue;
    return nullptr;
  }
  return V;
}

bool LoopColdPaths::setsFlagBeforeContinuing(
    llvm::ArrayRef<const Stmt *> Stmts, const VarDecl &Flag) const {
  for (const Stmt *S : Stmts) {
    if (setsFlag(S, Flag, F.astContext()))
      return true;
    if (mayContinue(S, Loop))
      return false;
  }
  return false;
}

bool LoopColdPaths::runsOnceAfterGuard(const Stmt &S) {
  const auto *CS = dyn_cast_or_null<CompoundStmt>(F.parent(&S));
  if (!CS)
    return false;
  llvm::ArrayRef<const Stmt *> Children(CS->body_begin(), CS->body_end());
  for (unsigned I = 0; I < Children.size() && Children[I] != &S; ++I) {
    // `if (F) { ...; continue; }`: what follows runs only while F is false,
    // and sets it.
    const auto *If = dyn_cast<IfStmt>(Children[I]);
    if (!If || If->getElse() || If->getInit() || If->getConditionVariable())
      continue;
    const Stmt *Then = If->getThen();
    if (const auto *TC = dyn_cast<CompoundStmt>(Then))
      Then = TC->body_empty() ? nullptr : TC->body_back();
    bool Negated = false;
    const VarDecl *Flag = isa_and_nonnull<ContinueStmt>(Then)
                              ? oneWayFlag(If->getCond(), Negated)
                              : nullptr;
    if (Flag && !Negated &&
        setsFlagBeforeContinuing(Children.drop_front(I + 1), *Flag))
      return true;
  }
  return false;
}

bool LoopColdPaths::endsByLeaving(const CompoundStmt &CS) const {
  return !CS.body_empty() && leavesLoop(CS.body_back()) &&
         !(&CS == Body && assignsConditionVar(CS.body_back()));
}

bool LoopColdPaths::skips(const Stmt &S) {
  if (isa<CXXThrowExpr, ReturnStmt, CoreturnStmt, CXXCatchStmt>(S) ||
      isNoReturnCall(&S) || Cold.isColdCall(&S))
    return true;
  if (runsOnceAfterGuard(S))
    return true;
  const auto *CS = dyn_cast<CompoundStmt>(&S);
  return CS && endsByLeaving(*CS);
}

/// The std strings and containers \p E names through `empty()`, `size()` or
/// `length()` such that \p E having the value \p Value implies they are not
/// empty: `!s.empty()`, `v.size()`, `s.size() > 0`, `v.empty() == false`,
/// either side of a true `&&` or of a false `||`.
static void nonEmptyWhen(const Expr *E, bool Value,
                         llvm::SmallVectorImpl<const VarDecl *> &Out) {
  if (!E)
    return;
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E);
      U && U->getOpcode() == UO_LNot)
    return nonEmptyWhen(U->getSubExpr(), !Value, Out);
  if (const auto *B = dyn_cast<BinaryOperator>(E)) {
    if (B->getOpcode() == (Value ? BO_LAnd : BO_LOr)) {
      nonEmptyWhen(B->getLHS(), Value, Out);
      nonEmptyWhen(B->getRHS(), Value, Out);
      return;
    }
    // `n > 0`, `n != 0`, `0 < n`, `n == 0`, with `n` a size.
    auto IsZero = [](const Expr *Z) {
      const auto *IL = dyn_cast<IntegerLiteral>(Z->IgnoreParenImpCasts());
      return IL && IL->getValue() == 0;
    };
    BinaryOperatorKind K = B->getOpcode();
    const Expr *Size = nullptr;
    if (IsZero(B->getRHS()))
      Size = B->getLHS();
    else if (IsZero(B->getLHS())) {
      Size = B->getRHS();
      K = K == BO_LT ? BO_GT : K == BO_GT ? BO_LT : K;
    }
    if (!Size)
      return;
    if (K == BO_GT || K == BO_NE)
      return nonEmptyWhen(Size, Value, Out);
    if (K == BO_EQ)
      return nonEmptyWhen(Size, !Value, Out);
    return;
  }
  const auto *Call = dyn_cast<CXXMemberCallExpr>(E);
  const CXXMethodDecl *MD = Call ? Call->getMethodDecl() : nullptr;
  if (!MD || !MD->getIdentifier() || Call->getNumArgs() != 0)
    return;
  bool IsEmpty = MD->getName() == "empty";
  if (!IsEmpty && MD->getName() != "size" && MD->getName() != "length")
    return;
  if (IsEmpty == Value)
    return; // `empty()` true, or a size of zero, says nothing of content
  const auto *Ref = dyn_cast<DeclRefExpr>(
      Call->getImplicitObjectArgument()->IgnoreParenImpCasts());
  const auto *V = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  switch (V ? stdKind(V->getType()->getAsCXXRecordDecl()) : StdKind::None) {
  case StdKind::String:
  case StdKind::Sequence:
  case StdKind::Deque:
  case StdKind::Map:
  case StdKind::Set:
    Out.push_back(V);
    break;
  default:
    break;
  }
}

/// Whether \p Ref only reads the object it names: a load, a const member
/// call, an argument bound to a const reference or copied.
static bool onlyReads(const DeclRefExpr &Ref, FunctionContext &F) {
  const Expr *Cur = &Ref;
  while (true) {
    const Stmt *P = F.parent(Cur);
    if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(P)) {
      if (Cast->getCastKind() == CK_LValueToRValue)
        return true;
      if (Cast->getCastKind() != CK_NoOp || !Cast->getType().isConstQualified())
        return false;
      Cur = Cast;
      continue;
    }
    if (isa_and_nonnull<ParenExpr>(P)) {
      Cur = cast<Expr>(P);
      continue;
    }
    if (const auto *ME = dyn_cast_or_null<MemberExpr>(P)) {
      const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
      return ME->getBase() == Cur && MD && MD->isConst();
    }
    if (isa_and_nonnull<CallExpr, CXXConstructExpr>(P)) {
      const auto *Call = cast<Expr>(P);
      unsigned I = argIndexOf(Call, Cur);
      unsigned N = isa<CallExpr>(Call)
                       ? cast<CallExpr>(Call)->getNumArgs()
                       : cast<CXXConstructExpr>(Call)->getNumArgs();
      const FunctionDecl *Callee = calleeOf(Call);
      if (!Callee || I == N)
        return false; // the callee itself
      if (isOperatorObjectArg(Call, I))
        return cast<CXXMethodDecl>(Callee)->isConst();
      const ParmVarDecl *Param = paramForArg(Call, I);
      if (!Param)
        return false;
      QualType T = Param->getType();
      return !T->isReferenceType() ||
             (T->isLValueReferenceType() &&
              T.getNonReferenceType().isConstQualified());
    }
    return false;
  }
}

/// Whether \p Cur, a child of \p P, runs only on a cold path because of \p P:
/// an argument of a cold call, or a branch of an `if` that \p ColdBranch
/// calls cold.
static bool
coldCallOrBranch(const Stmt &P, const Stmt &Cur, ColdPaths &Cold,
                 llvm::function_ref<bool(const IfStmt &)> ColdBranch) {
  if (const auto *C = dyn_cast<CallExpr>(&P);
      C && C->getCallee() != &Cur && Cold.isColdCall(C))
    return true;
  const auto *If = dyn_cast<IfStmt>(&P);
  return If && (&Cur == If->getThen() || &Cur == If->getElse()) &&
         ColdBranch(*If);
}

bool LoopColdPaths::onlyFilledOnColdPaths(const VarDecl &V) {
  auto [It, New] = ColdFilled.try_emplace(&V, false);
  if (!New)
    return It->second;
  // A local of the body, made empty on every iteration.
  if (!V.hasLocalStorage() || isa<ParmVarDecl>(V) ||
      V.getType()->isReferenceType() || !Body)
    return false;
  const auto *Init = dyn_cast_or_null<CXXConstructExpr>(
      V.getInit() ? V.getInit()->IgnoreImplicit() : nullptr);
  if (!Init || !Init->getConstructor() ||
      !Init->getConstructor()->isDefaultConstructor())
    return false;
  bool InBody = false;
  for (const Stmt *S = F.declStmtOf(V); S && !InBody; S = F.parent(S))
    InBody = S == Body;
  if (!InBody)
    return false;
  ASTContext &Ctx = F.astContext();
  // Every use reads it, or is under a cold branch or a cold call; never
  // inside a lambda, which may run anywhere.
  auto UnderColdCode = [&](const Stmt *S) {
    for (const Stmt *Cur = S; Cur != Body;) {
      const Stmt *P = F.parent(Cur);
      if (!P || isa<LambdaExpr>(P))
        return false;
      if (const auto *U = dyn_cast<UnaryOperator>(P);
          U && U->getOpcode() == UO_AddrOf)
        return false;
      if (coldCallOrBranch(*P, *Cur, Cold, [&](const IfStmt &If) {
            return Cold.isColdBranch(If, *Cur, Loop, Ctx);
          }))
        return true;
      if (isa<CXXCatchStmt>(P))
        return true;
      Cur = P;
    }
    return false;
  };
  bool Filled = false;
  for (const DeclRefExpr *R : findRefs(V, F.scopeOf(V), Ctx)) {
    if (onlyReads(*R, F))
      continue;
    if (!UnderColdCode(R))
      return false;
    Filled = true;
  }
  return ColdFilled[&V] = Filled;
}

bool LoopColdPaths::isColdBranch(const IfStmt &If, const Stmt &Branch) {
  if (leavesLoop(&Branch) ||
      Cold.isColdBranch(If, Branch, Loop, F.astContext()))
    return true;
  // `if (!log.empty())`, where `log` gets content only on cold paths.
  if (!If.getConditionVariable()) {
    llvm::SmallVector<const VarDecl *, 2> Filled;
    nonEmptyWhen(If.getCond(), &Branch == If.getThen(), Filled);
    if (llvm::any_of(Filled, [&](const VarDecl *V) {
          return onlyFilledOnColdPaths(*V);
        }))
      return true;
  }
  // `if (!done) { ...; done = true; }`: once per loop at most.
  bool Negated = false;
  const VarDecl *Flag = &Branch == If.getThen() && !If.getConditionVariable()
                            ? oneWayFlag(If.getCond(), Negated)
                            : nullptr;
  if (!Flag || !Negated)
    return false;
  if (const auto *CS = dyn_cast<CompoundStmt>(&Branch))
    return setsFlagBeforeContinuing(
        llvm::ArrayRef<const Stmt *>(CS->body_begin(), CS->body_end()), *Flag);
  return setsFlag(&Branch, *Flag, F.astContext());
}

bool LoopColdPaths::onColdPath(const Stmt &S) {
  for (const Stmt *Cur = &S; Cur != Body;) {
    const Stmt *P = F.parent(Cur);
    if (!P)
      return false;
    if (coldCallOrBranch(*P, *Cur, Cold, [&](const IfStmt &If) {
          return isColdBranch(If, *Cur);
        }))
      return true;
    if (const auto *CS = dyn_cast<CompoundStmt>(P);
        CS && (endsByLeaving(*CS) || runsOnceAfterGuard(*Cur)))
      return true;
    if (isa<CXXCatchStmt, CXXThrowExpr, ReturnStmt>(P))
      return true;
    Cur = P;
  }
  return false;
}

/// Whether \p Ref only adds to the object it names, with the result thrown
/// away: `e << a << b;`, `s += a;`, `s.append(a);`.
static bool onlyBuilds(const DeclRefExpr &Ref, FunctionContext &F) {
  const Expr *Cur = &Ref;
  while (true) {
    const Stmt *P = F.parent(Cur);
    if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(P);
        Cast && (Cast->getCastKind() == CK_NoOp ||
                 Cast->getCastKind() == CK_DerivedToBase ||
                 Cast->getCastKind() == CK_UncheckedDerivedToBase)) {
      Cur = Cast;
      continue;
    }
    if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P);
        Op && Op->getNumArgs() == 2 && Op->getArg(0) == Cur &&
        (Op->getOperator() == OO_LessLess ||
         Op->getOperator() == OO_PlusEqual)) {
      Cur = Op; // the result is the object again
      continue;
    }
    if (const auto *ME = dyn_cast_or_null<MemberExpr>(P);
        ME && ME->getBase() == Cur && ME->getMemberDecl()->getIdentifier() &&
        (ME->getMemberDecl()->getName() == "append" ||
         ME->getMemberDecl()->getName() == "push_back")) {
      const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(F.parent(ME));
      if (!Call)
        return false;
      Cur = Call;
      continue;
    }
    return Cur != &Ref && isDiscarded(Cur, F);
  }
}

bool LoopColdPaths::onlyFeedsColdPaths(const VarDecl &VD) {
  bool ColdUse = false;
  for (const DeclRefExpr *R : findRefs(VD, F.scopeOf(VD), F.astContext())) {
    if (onColdPath(*R))
      ColdUse = true;
    else if (!onlyBuilds(*R, F))
      return false;
  }
  return ColdUse;
}

bool LoopColdPaths::onlyUsedOnColdPaths(const VarDecl &VD) {
  auto Refs = findRefs(VD, F.scopeOf(VD), F.astContext());
  return !Refs.empty() && llvm::all_of(Refs, [&](const DeclRefExpr *R) {
    return onColdPath(*R);
  });
}

} // namespace clang::tidy::memchecks::utils
