//===--- EscapeAnalysis.cpp - does a value or pointer leave ---------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/EscapeAnalysis.h"
#include "utils/ASTHelpers.h"
#include "utils/ConstOverloads.h"
#include "utils/Expressions.h"
#include "utils/Mutations.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::memchecks::utils {
namespace {

class RefFinder : public RecursiveASTVisitor<RefFinder> {
public:
  RefFinder(const VarDecl &Var,
            llvm::SmallVectorImpl<const DeclRefExpr *> &Out)
      : Var(Var), Out(Out) {}
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (E->getDecl() == &Var)
      Out.push_back(E);
    return true;
  }
  // Lambdas capturing the variable refer to it inside their bodies.
  bool shouldVisitLambdaBody() const { return true; }

private:
  const VarDecl &Var;
  llvm::SmallVectorImpl<const DeclRefExpr *> &Out;
};

} // namespace

llvm::SmallVector<const DeclRefExpr *, 8>
findRefs(const VarDecl &Var, const Stmt &Body, ASTContext &Ctx) {
  llvm::SmallVector<const DeclRefExpr *, 8> Refs;
  RefFinder(Var, Refs).TraverseStmt(const_cast<Stmt *>(&Body));
  return Refs;
}

/// A parameter or reference of this type cannot write to what it is given.
static bool isReadOnlyParamType(QualType T) {
  if (const auto *Ref = T->getAs<ReferenceType>())
    return Ref->getPointeeType().isConstQualified();
  return !T->isPointerType() && !T->isDependentType();
}

/// Whether the use \p Ref of a by-value variable is plainly a read: a chain
/// of field accesses and subscripts ending in an lvalue-to-rvalue load, or a
/// const member call on it. Such uses are decided here; only the rest go to
/// utils::mayMutate (they once went to clang's ExprMutationAnalyzer, which
/// scanned the whole body per question; the limit below dates from then and
/// is kept so that what is reported does not change).
static bool isPlainReadFrom(const Expr *Cur, FunctionContext &Parents);

static bool isComparison(const Stmt *S) {
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(S))
    return Op->isComparisonOp();
  if (const auto *B = dyn_cast_or_null<BinaryOperator>(S))
    return B->isComparisonOp();
  return false;
}

/// Whether the use \p Use of an iterator only compares it, steps it, or
/// reads what it points to (`*it`, `it->second` only read).
static bool iteratorUseOnlyReads(const Expr *Use, FunctionContext &Parents) {
  WrappedParent P = parentPastWrappers(Use, Parents);
  if (isComparison(P.Parent))
    return true;
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(P.Parent))
    return U->isIncrementDecrementOp();
  const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P.Parent);
  if (!Op || Op->getNumArgs() == 0 || Op->getArg(0) != P.Child)
    return false;
  switch (Op->getOperator()) {
  case OO_PlusPlus:
  case OO_MinusMinus:
    return true;
  case OO_Star:
    return isPlainReadFrom(Op, Parents);
  case OO_Arrow: {
    const auto *ME = dyn_cast_or_null<MemberExpr>(Parents.parent(Op));
    return ME && isa<FieldDecl>(ME->getMemberDecl()) &&
           isPlainReadFrom(ME, Parents);
  }
  default:
    return false;
  }
}

/// Whether the call \p Call of a non-const member that has a read-only const
/// twin only reads: what it returns is used as the twin's result could be.
static bool twinCallOnlyReads(const CallExpr *Call, const CXXMethodDecl &MD,
                              FunctionContext &Parents) {
  if (!readOnlyConstTwin(MD))
    return false;
  QualType R = Call->getType();
  if (MD.getReturnType()->isReferenceType())
    return isPlainReadFrom(Call, Parents);
  if (R->isPointerType() || R->isMemberPointerType())
    return false; // `*v.data() = 1`
  if (!R->isRecordType())
    return true;
  // An iterator: only compared (`m.find(k) != m.end()`), or kept in an
  // `auto` local that is only compared, stepped and read through.
  WrappedParent P = parentPastWrappers(Call, Parents);
  // Before C++17 the prvalue is copied (elidably) into the local.
  while (const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(P.Parent)) {
    if (Copy->getNumArgs() != 1 ||
        !Copy->getConstructor()->isCopyOrMoveConstructor())
      break;
    P = parentPastWrappers(Copy, Parents);
  }
  if (!isa_and_nonnull<DeclStmt>(P.Parent))
    return iteratorUseOnlyReads(Call, Parents);
  const auto *DS = dyn_cast_or_null<DeclStmt>(P.Parent);
  const VarDecl *It = DS ? Parents.initializedVar(P.Child) : nullptr;
  if (!It || !It->getType()->getContainedAutoType() ||
      It->getType()->isReferenceType())
    return false;
  for (const Stmt *Root : Parents.roots())
    for (const DeclRefExpr *Ref : findRefs(*It, *Root, Parents.astContext()))
      if (!iteratorUseOnlyReads(Ref, Parents))
        return false;
  return true;
}

static bool isPlainRead(const DeclRefExpr *Ref, FunctionContext &Parents) {
  return isPlainReadFrom(Ref, Parents);
}

static bool isPlainReadFrom(const Expr *Cur, FunctionContext &Parents) {
  while (true) {
    const auto *P = dyn_cast_or_null<Expr>(Parents.parent(Cur));
    if (!P)
      return false;
    if (isa<ParenExpr>(P)) {
      Cur = P;
      continue;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(P)) {
      if (!isa<FieldDecl>(ME->getMemberDecl()) || ME->isArrow())
        break; // method or through a pointer: look at it below
      Cur = P;
      continue;
    }
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(P)) {
      if (ASE->getBase()->IgnoreParenImpCasts() != Cur)
        return false;
      Cur = P;
      continue;
    }
    if (const auto *ICE = dyn_cast<ImplicitCastExpr>(P)) {
      if (ICE->getCastKind() == CK_LValueToRValue)
        return true;
      // Binding `b` to a `const Big &` (or `const Base &`) adds a qualifier
      // or a base conversion first; what is done with it is decided above.
      // A conversion function's call was judged at its MemberExpr.
      if (ICE->getCastKind() == CK_NoOp ||
          ICE->getCastKind() == CK_DerivedToBase ||
          ICE->getCastKind() == CK_UncheckedDerivedToBase ||
          ICE->getCastKind() == CK_UserDefinedConversion) {
        Cur = P;
        continue;
      }
      if (ICE->getCastKind() == CK_ArrayToPointerDecay) {
        // `b.data[i]` decays before the subscript; anything else (passing
        // the array as a pointer) may write through it.
        if (const auto *ASE =
                dyn_cast_or_null<ArraySubscriptExpr>(Parents.parent(ICE));
            ASE && ASE->getBase() == ICE) {
            Cur = ASE;
            continue;
          }
        return false;
      }
      return false;
    }
    break;
  }
  const Stmt *P = Parents.parent(Cur);
  // `const Big &r = b;`
  if (const VarDecl *VD = Parents.initializedVar(Cur))
    return isReadOnlyParamType(VD->getType());
  if (!P)
    return false;
  // `b.get()` / `b.size()` with a const method.
  // `m.find(k) != m.end()`, `m.at(k)` on a non-const object: the
  // non-const overload with a read-only const twin.
  if (const auto *ME = dyn_cast<MemberExpr>(P))
    if (const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl())) {
      if (ME->isArrow())
        return false;
      if (MD->isConst())
        return true;
      const auto *Call =
          dyn_cast_or_null<CXXMemberCallExpr>(Parents.parent(ME));
      return Call && Call->getCallee() == ME &&
             twinCallOnlyReads(Call, *MD, Parents);
    }
  // An argument: read-only when the parameter is a value or a const
  // reference (a copy constructor's argument is the common case).
  const auto *Call = dyn_cast<Expr>(P);
  if (!isa<CallExpr, CXXConstructExpr>(P) || !calleeOf(Call))
    return false;
  unsigned I = argIndexOf(Call, cast<Expr>(Cur));
  if (isOperatorObjectArg(Call, I)) {
    const auto *MD = cast<CXXMethodDecl>(calleeOf(Call));
    return MD->isConst() ||
           (isa<CallExpr>(Call) &&
            twinCallOnlyReads(cast<CallExpr>(Call), *MD, Parents));
  }
  // Not a parameter, or variadic: leave it to the analyzer.
  const ParmVarDecl *Param = paramForArg(Call, I);
  return Param && isReadOnlyParamType(Param->getType());
}

/// Whether \p Ref is the initializer of a capture by reference of a lambda
/// (`[&v]`): the lambda refers to the variable, and its body's uses are
/// found and judged like any other.
static bool isCaptureByReference(const DeclRefExpr *Ref,
                                 FunctionContext &Parents) {
  const auto *L = dyn_cast_or_null<LambdaExpr>(Parents.parent(Ref));
  if (!L)
    return false;
  for (unsigned I = 0, N = L->capture_size(); I != N; ++I)
    if (L->capture_init_begin()[I] == Ref)
      return (L->capture_begin() + I)->getCaptureKind() == LCK_ByRef;
  return false;
}

static constexpr size_t MaxAnalyzerQuestions = 16;

/// How the use \p Ref lets the variable's own object go: returned, moved
/// or its address taken; None for any other use.
static OwnCopyReason escapingUse(const DeclRefExpr *Ref,
                                 FunctionContext &Parents) {
  const Stmt *P = spelledParent(Ref, Parents);
  if (!P)
    return OwnCopyReason::None;
  if (isa<ReturnStmt>(P))
    return OwnCopyReason::Returned;
  if (const auto *Call = dyn_cast<CallExpr>(P); Call && isStdMoveOrForwardCall(Call))
    return OwnCopyReason::Moved;
  if (const auto *Cast = dyn_cast<CXXStaticCastExpr>(P);
      Cast && Cast->getType()->isRValueReferenceType())
    return OwnCopyReason::Moved;
  if (const auto *U = dyn_cast<UnaryOperator>(P); U && U->getOpcode() == UO_AddrOf)
    return OwnCopyReason::AddressTaken;
  return OwnCopyReason::None;
}

OwnCopyReason valueNeedsOwnCopy(const VarDecl &Var, const Stmt &Body,
                                FunctionContext &F) {
  if (!isWellFormed(&Body))
    return OwnCopyReason::Mutated; // nothing is known: keep the copy
  ASTContext &Ctx = F.astContext();
  llvm::SmallVector<const DeclRefExpr *, 8> Unclassified;
  for (const DeclRefExpr *Ref : findRefs(Var, Body, Ctx)) {
    if (OwnCopyReason R = escapingUse(Ref, F); R != OwnCopyReason::None)
      return R;
    if (!isCaptureByReference(Ref, F) && !isPlainRead(Ref, F))
      Unclassified.push_back(Ref);
  }
  // Writes, non-const member calls, binding to non-const references. Each
  // question rescans the body, so a variable with many unusual uses is
  // assumed to need its own copy (no diagnostic) rather than cost
  // quadratic time.
  if (Unclassified.size() > MaxAnalyzerQuestions)
    return OwnCopyReason::Mutated;
  for (const DeclRefExpr *Ref : Unclassified)
    if (mayMutate(*Ref, Body, F))
      return OwnCopyReason::Mutated;
  return OwnCopyReason::None;
}

OwnCopyReason paramNeedsOwnCopy(const ParmVarDecl &Param, FunctionContext &F) {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&F.function()))
    for (const CXXCtorInitializer *Init : Ctor->inits()) {
      const FieldDecl *Member = Init->getAnyMember();
      const Expr *E = Init->getInit();
      if (!Member || !E || !Member->getType()->isReferenceType())
        continue;
      if (const auto *Paren = dyn_cast<ParenListExpr>(E->IgnoreImplicit());
          Paren && Paren->getNumExprs() == 1)
        E = Paren->getExpr(0);
      if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
          Ref && Ref->getDecl() == &Param)
        return OwnCopyReason::AddressTaken; // `r_(b)`: the member refers to it
    }
  for (const Stmt *Root : F.roots())
    if (OwnCopyReason R = valueNeedsOwnCopy(Param, *Root, F);
        R != OwnCopyReason::None)
      return R;
  return OwnCopyReason::None;
}

static const UnaryOperator *addressOfPartIn(const VarDecl &Var,
                                            const Stmt &Root,
                                            FunctionContext &Parents) {
  for (const DeclRefExpr *Ref : findRefs(Var, Root, Parents.astContext())) {
    const Stmt *Cur = Ref;
    bool Part = false;
    while (const Stmt *P = Parents.parent(Cur)) {
      if (const auto *ME = dyn_cast<MemberExpr>(P);
          ME && !ME->isArrow() && isa<FieldDecl>(ME->getMemberDecl())) {
        Part = true;
      } else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(P);
                 ASE && ASE->getBase()->IgnoreParenImpCasts() ==
                            cast<Expr>(Cur)->IgnoreParenImpCasts()) {
        Part = true;
      } else if (const auto *ICE = dyn_cast<ImplicitCastExpr>(P);
                 !(ICE && (ICE->getCastKind() == CK_NoOp ||
                           ICE->getCastKind() == CK_ArrayToPointerDecay)) &&
                 !isa<ParenExpr>(P)) {
        const auto *U = dyn_cast<UnaryOperator>(P);
        if (Part && U && U->getOpcode() == UO_AddrOf)
          return U;
        break;
      }
      Cur = P;
    }
  }
  return nullptr;
}

const UnaryOperator *addressOfPartTaken(const VarDecl &Var,
                                        FunctionContext &F) {
  for (const Stmt *Root : F.roots())
    if (const UnaryOperator *U = addressOfPartIn(Var, *Root, F))
      return U;
  return nullptr;
}

/// Whether \p Use (the variable, or `&` of it) is kept by the object that
/// \p Consumer makes or writes.
static bool keptBy(const Expr *Use, const Stmt *Consumer, bool Address) {
  auto Is = [Use](const Expr *E) {
    return E && E->IgnoreParenImpCasts() == Use;
  };
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Consumer)) {
    for (unsigned I = 0, N = Construct->getNumArgs(); I != N; ++I)
      if (Is(Construct->getArg(I)))
        if (const ParmVarDecl *P = paramForArg(Construct, I))
          return canWriteThrough(P->getType());
    return false;
  }
  if (const auto *Init = dyn_cast<InitListExpr>(Consumer)) {
    const RecordDecl *RD = Init->getType()->getAsRecordDecl();
    const auto *CXX = dyn_cast_or_null<CXXRecordDecl>(RD);
    if (!RD || (CXX && CXX->getNumBases() != 0))
      return false;
    unsigned I = 0;
    for (const FieldDecl *Field : RD->fields()) {
      if (I >= Init->getNumInits())
        break;
      if (Is(Init->getInit(I)))
        return canWriteThrough(Field->getType());
      ++I;
    }
    return false;
  }
  if (const auto *Assign = dyn_cast<BinaryOperator>(Consumer))
    return Address && Assign->getOpcode() == BO_Assign &&
           Is(Assign->getRHS()) &&
           canWriteThrough(Assign->getLHS()->getType()) &&
           isa<MemberExpr>(Assign->getLHS()->IgnoreParenImpCasts());
  return false;
}

const Expr *addressKeptByObject(const VarDecl &Var, FunctionContext &F) {
  for (const Stmt *Root : F.roots())
    for (const DeclRefExpr *Ref : findRefs(Var, *Root, F.astContext())) {
      const Expr *Use = Ref;
      const Stmt *P = spelledParent(Ref, F);
      bool Address = false;
      if (const auto *U = dyn_cast_or_null<UnaryOperator>(P);
          U && U->getOpcode() == UO_AddrOf) {
        Use = U;
        P = spelledParent(U, F);
        Address = true;
      }
      if (P && keptBy(Use, P, Address))
        return Use;
    }
  return nullptr;
}

namespace {
class AddressTakenCollector
    : public RecursiveASTVisitor<AddressTakenCollector> {
public:
  llvm::DenseSet<const FunctionDecl *> Taken;
  llvm::DenseSet<const DeclRefExpr *> Callees;

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }

  llvm::DenseSet<const OverloadExpr *> OverloadCallees;

  bool VisitCallExpr(CallExpr *Call) {
    const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Callee))
      Callees.insert(DRE);
    else if (const auto *OE = dyn_cast<OverloadExpr>(Callee))
      OverloadCallees.insert(OE);
    return true;
  }
  // In a template, `&f` naming an overload set (or any name looked up in a
  // dependent context) stays unresolved: every candidate may be the one.
  bool VisitOverloadExpr(OverloadExpr *E) {
    if (OverloadCallees.count(E))
      return true;
    for (const NamedDecl *D : E->decls())
      if (const auto *FD = dyn_cast<FunctionDecl>(D->getUnderlyingDecl()))
        Taken.insert(FD->getCanonicalDecl());
      else if (const auto *FT =
                   dyn_cast<FunctionTemplateDecl>(D->getUnderlyingDecl()))
        Taken.insert(FT->getTemplatedDecl()->getCanonicalDecl());
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    // Children are visited after their parent, so a callee is known here.
    if (const auto *FD = dyn_cast<FunctionDecl>(E->getDecl()))
      if (!Callees.count(E))
        Taken.insert(FD->getCanonicalDecl());
    return true;
  }
};
} // namespace

llvm::DenseSet<const FunctionDecl *>
collectAddressTakenFunctions(ASTContext &Ctx) {
  AddressTakenCollector C;
  C.TraverseAST(Ctx);
  return std::move(C.Taken);
}

namespace {

bool isInsideLambda(const Stmt *S, FunctionContext &Parents) {
  for (const Stmt *P = Parents.parent(S); P; P = Parents.parent(P))
    if (isa<LambdaExpr>(P))
      return true;
  return false;
}
} // namespace

/// Whether \p S is `Base->m`: a member expression through an arrow whose
/// base is \p Base. In a template, a member whose name or template
/// arguments are dependent (`p->get<T>()`) is one too: whatever it names is
/// a member of the pointee.
static bool isArrowOn(const Stmt *S, const Expr *Base) {
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(S))
    return ME->isArrow() && ME->getBase()->IgnoreParenImpCasts() == Base;
  if (const auto *DME = dyn_cast_or_null<CXXDependentScopeMemberExpr>(S))
    return DME->isArrow() && !DME->isImplicitAccess() &&
           DME->getBase()->IgnoreParenImpCasts() == Base;
  if (const auto *UME = dyn_cast_or_null<UnresolvedMemberExpr>(S))
    return UME->isArrow() && !UME->isImplicitAccess() &&
           UME->getBase()->IgnoreParenImpCasts() == Base;
  return false;
}

SourceLocation arrowLoc(const Expr *Member) {
  if (const auto *ME = dyn_cast<MemberExpr>(Member))
    return ME->getOperatorLoc();
  if (const auto *DME = dyn_cast<CXXDependentScopeMemberExpr>(Member))
    return DME->getOperatorLoc();
  if (const auto *UME = dyn_cast<UnresolvedMemberExpr>(Member))
    return UME->getOperatorLoc();
  return SourceLocation();
}

PointerUses analyzePointerUses(const VarDecl &Var, FunctionContext &Parents) {
  ASTContext &Ctx = Parents.astContext();
  // A local is only named after its declaration, inside the statement that
  // holds it: search that block, not the whole body (a function with many
  // short-lived locals would otherwise be scanned once per local).
  const Stmt &Body = Parents.scopeOf(Var);
  PointerUses Uses;
  auto Escapes = [&](const Expr *E) {
    if (!Uses.Escape)
      Uses.Escape = E;
  };
  if (!Parents.wellFormed() && Var.getInit()) {
    Uses.Escape = Var.getInit(); // nothing is known: assume it escapes
    return Uses;
  }
  for (const DeclRefExpr *Ref : findRefs(Var, Body, Ctx)) {
    if (Ref->refersToEnclosingVariableOrCapture() ||
        isInsideLambda(Ref, Parents)) {
      Escapes(Ref);
      continue;
    }
    const Stmt *P = spelledParent(Ref, Parents);
    if (!P) {
      Escapes(Ref);
      continue;
    }
    // Raw pointer: p->m, *p, delete p.
    if (isArrowOn(P, Ref)) {
      Uses.Arrows.push_back(cast<Expr>(P));
      continue;
    }
    if (const auto *U = dyn_cast<UnaryOperator>(P);
        U && U->getOpcode() == UO_Deref) {
      Uses.Stars.push_back(U);
      continue;
    }
    if (const auto *D = dyn_cast<CXXDeleteExpr>(P);
        D && !D->isArrayForm()) {
      Uses.Deletes.push_back(D);
      continue;
    }
    // Smart pointer: p->m and *p are calls to its operators.
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P);
        Op && Op->getNumArgs() == 1 &&
        Op->getArg(0)->IgnoreParenImpCasts() == Ref) {
      if (Op->getOperator() == OO_Star) {
        Uses.Stars.push_back(Op);
        continue;
      }
      if (Op->getOperator() == OO_Arrow) {
        if (const Stmt *Member = spelledParent(Op, Parents);
            isArrowOn(Member, Op)) {
          Uses.Arrows.push_back(cast<Expr>(Member));
          continue;
        }
      }
      Escapes(Ref);
      continue;
    }
    if (const auto *R = dyn_cast<ReturnStmt>(P)) {
      Uses.Returns.push_back(R);
      continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(P); Call && isStdMoveOrForwardCall(Call))
      if (const auto *R = dyn_cast_or_null<ReturnStmt>(spelledParent(Call, Parents))) {
        Uses.Returns.push_back(R);
        continue;
      }
    Escapes(Ref);
  }
  return Uses;
}

const CXXConstructExpr *soleCopyOf(const VarDecl &Var, FunctionContext &F) {
  const DeclRefExpr *Only = nullptr;
  for (const Stmt *Root : F.roots())
    for (const DeclRefExpr *Ref : findRefs(Var, *Root, F.astContext())) {
      if (Only)
        return nullptr;
      Only = Ref;
    }
  if (!Only)
    return nullptr;
  const Stmt *Cur = Only;
  const Stmt *P = F.parent(Cur);
  while (isa_and_nonnull<ParenExpr>(P) ||
         (isa_and_nonnull<ImplicitCastExpr>(P) &&
          cast<ImplicitCastExpr>(P)->getCastKind() == CK_NoOp)) {
    Cur = P;
    P = F.parent(Cur);
  }
  const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(P);
  if (!Copy || Copy->getNumArgs() == 0 || Copy->getArg(0) != Cur ||
      !Copy->getConstructor() || !Copy->getConstructor()->isCopyConstructor())
    return nullptr;
  for (const Stmt *S = Copy; S; S = F.parent(S))
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt, LambdaExpr>(S))
      return nullptr;
  // A label may be the target of a backward goto: a loop of its own.
  return hasGotoOrLabel(&F.body()) ? nullptr : Copy;
}

} // namespace clang::tidy::memchecks::utils
