//===--- Mutations.cpp - can this use change the object it names ----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/Mutations.h"
#include "utils/ASTHelpers.h"
#include "utils/Expressions.h"
#include "utils/StdLibrary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::memchecks::utils {

namespace {

/// How far a question may follow references, loop variables and forwarding
/// parameters before it assumes a change.
constexpr unsigned MaxDepth = 6;

/// One parent index: a function's, or one statement's own.
struct Parents {
  FunctionContext *F = nullptr;
  const ParentMap *Map = nullptr;
  const Stmt *of(const Stmt *S) const {
    if (F)
      return F->parent(S);
    return Map->getParent(const_cast<Stmt *>(S));
  }
};

enum class Step { Read, Change, Up };

class Finder {
public:
  Finder(Parents P, ASTContext &Ctx, unsigned Depth)
      : P(P), Ctx(Ctx), Depth(Depth) {}

  bool changes(const Expr *Use, const Stmt &Scope);
  bool changesVar(const ValueDecl &V, const Stmt &Scope);

private:
  Step step(const Expr *&Cur, const Stmt *Parent);
  Step argument(const Expr *Call, unsigned Index);
  Step declaration(const DeclStmt &DS, const Expr *Init);
  Step rangeFor(const CXXForRangeStmt &Loop);
  bool paramChanged(const FunctionDecl &Callee, const ParmVarDecl &Param);
  bool unevaluated(const Expr *Use) const;

  Parents P;
  ASTContext &Ctx;
  unsigned Depth;
};

/// Every reference under \p S to \p V, or to a binding of \p V when it is a
/// decomposition.
void collectUses(const Stmt *Root, const ValueDecl &V,
                 llvm::SmallVectorImpl<const Expr *> &Out) {
  llvm::SmallVector<const Stmt *, 32> Work{Root};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      const ValueDecl *D = Ref->getDecl();
      if (D == &V)
        Out.push_back(Ref);
      else if (const auto *B = dyn_cast<BindingDecl>(D);
               B && B->getDecomposedDecl() == &V)
        Out.push_back(Ref);
    }
    for (const Stmt *C : S->children())
      if (C)
        Work.push_back(C);
  }
}

bool isNonConstPointer(QualType T) {
  const auto *Ptr = T.isNull() ? nullptr : T->getAs<PointerType>();
  return Ptr && !Ptr->getPointeeType().isConstQualified();
}

/// Whether the function type of \p MD is const (a static member's is not).
bool isConstMethod(const CXXMethodDecl &MD) {
  const auto *FPT = MD.getType()->getAs<FunctionProtoType>();
  return FPT && FPT->isConst();
}

/// A class that can be moved and not copied (a unique pointer): changing
/// what it points to counts as changing it.
bool isMoveOnly(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition())
    return false;
  bool MoveCtor = false, MoveAssign = false;
  for (const CXXMethodDecl *M : RD->methods()) {
    if (M->isDeleted())
      continue;
    if (const auto *C = dyn_cast<CXXConstructorDecl>(M)) {
      if (C->isCopyConstructor())
        return false;
      MoveCtor |= C->isMoveConstructor();
    } else if (M->isCopyAssignmentOperator()) {
      return false;
    } else if (M->isMoveAssignmentOperator()) {
      MoveAssign = true;
    }
  }
  return MoveCtor && MoveAssign;
}

/// A container whose `begin` or `end` exists only non-const: a range-for
/// over it calls a non-const member.
bool hasOnlyNonConstIterators(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition())
    return false;
  for (StringRef Name : {"begin", "end"}) {
    bool Const = false, NonConst = false;
    for (const CXXMethodDecl *M : RD->methods())
      if (M->getDeclName().isIdentifier() && M->getName() == Name)
        (M->isConst() ? Const : NonConst) = true;
    if (NonConst && !Const)
      return true;
  }
  return false;
}

/// The type the parameter of argument \p Index of \p Call has, from the
/// callee's prototype (a call through a pointer too); null when there is
/// none or the argument goes to `...` (then \p Variadic is set).
QualType paramType(const CallExpr &Call, unsigned Index, bool &Variadic) {
  Variadic = false;
  if (const ParmVarDecl *Param = paramForArg(&Call, Index))
    return Param->getType();
  if (Call.getDirectCallee()) {
    Variadic = true;
    return QualType();
  }
  QualType T = Call.getCallee()->getType();
  if (const auto *Ptr = T->getAs<PointerType>())
    T = Ptr->getPointeeType();
  else if (const auto *Ref = T->getAs<ReferenceType>())
    T = Ref->getPointeeType();
  else if (const auto *MP = T->getAs<MemberPointerType>())
    T = MP->getPointeeType();
  const auto *FPT = T->getAs<FunctionProtoType>();
  if (!FPT)
    return QualType();
  if (Index >= FPT->getNumParams()) {
    Variadic = FPT->isVariadic();
    return QualType();
  }
  return FPT->getParamType(Index);
}

} // namespace

bool Finder::unevaluated(const Expr *Use) const {
  const Stmt *Child = Use;
  for (const Stmt *S = P.of(Use); S; Child = S, S = P.of(S)) {
    if (const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(S)) {
      if (U->getKind() != UETT_SizeOf || U->isArgumentType() ||
          !U->getArgumentExpr()->getType()->isVariableArrayType())
        return true;
    } else if (const auto *T = dyn_cast<CXXTypeidExpr>(S)) {
      if (!T->isPotentiallyEvaluated())
        return true;
    } else if (isa<CXXNoexceptExpr>(S)) {
      return true;
    } else if (const auto *G = dyn_cast<GenericSelectionExpr>(S)) {
      if (Child == G->getControllingExpr())
        return true;
    }
  }
  return false;
}

bool Finder::changes(const Expr *Use, const Stmt &Scope) {
  const Expr *Cur = Use;
  while (Cur != &Scope) {
    const Stmt *Parent = P.of(Cur);
    if (!Parent)
      return false;
    switch (step(Cur, Parent)) {
    case Step::Read:
      return false;
    case Step::Change:
      return !unevaluated(Use);
    case Step::Up:
      break;
    }
  }
  return false;
}

bool Finder::changesVar(const ValueDecl &V, const Stmt &Scope) {
  llvm::SmallVector<const Expr *, 8> Uses;
  collectUses(&Scope, V, Uses);
  return llvm::any_of(Uses, [&](const Expr *U) { return changes(U, Scope); });
}

/// What \p Parent does to the object \p Cur names: Up moves \p Cur to the
/// expression that names the same object (or a part of it) one level up.
Step Finder::step(const Expr *&Cur, const Stmt *Parent) {
  if (isa<ParenExpr, FullExpr, SubstNonTypeTemplateParmExpr,
          ExtVectorElementExpr, ArraySubscriptExpr>(Parent)) {
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(Parent);
        ASE && ASE->getBase() != Cur)
      return Step::Read; // the index
    Cur = cast<Expr>(Parent);
    return Step::Up;
  }
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(Parent)) {
    switch (Cast->getCastKind()) {
    case CK_LValueToRValue: {
      // An operand of an operator the template leaves open.
      if (const auto *B = dyn_cast_or_null<BinaryOperator>(P.of(Cast));
          B && B->isTypeDependent())
        return Step::Change;
      // A pointer's value: a non-const member called through it (`p->f()`)
      // counts, as in the analyzer; what else it points to does not.
      if (!isNonConstPointer(Cur->getType()))
        return Step::Read;
      const auto *ME = dyn_cast_or_null<MemberExpr>(P.of(Cast));
      if (!ME || !ME->isArrow() || ME->getBase() != Cast)
        return Step::Read;
      const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
      return MD && !isConstMethod(*MD) ? Step::Change : Step::Read;
    }
    case CK_LValueToRValueBitCast:
      return Step::Read;
    case CK_NoOp:
      // The implicit move of a returned or thrown local: nothing runs after.
      if (Cast->isXValue() && Cur->isLValue())
        return Step::Read;
      // Seen as const from here on.
      if (Cast->getType().isConstQualified())
        return Step::Read;
      Cur = Cast;
      return Step::Up;
    case CK_DerivedToBase:
    case CK_UncheckedDerivedToBase:
    case CK_AtomicToNonAtomic:
    case CK_NonAtomicToAtomic:
      Cur = Cast;
      return Step::Up;
    case CK_ArrayToPointerDecay: {
      const auto *ASE = dyn_cast_or_null<ArraySubscriptExpr>(P.of(Cast));
      if (!ASE || ASE->getBase() != Cast)
        return Step::Change; // a pointer to its elements
      Cur = ASE;
      return Step::Up;
    }
    default:
      return Step::Change;
    }
  }
  if (const auto *ME = dyn_cast<MemberExpr>(Parent)) {
    if (ME->getBase() != Cur)
      return Step::Read;
    const ValueDecl *D = ME->getMemberDecl();
    if (isa<FieldDecl, IndirectFieldDecl, VarDecl>(D)) {
      Cur = ME;
      return Step::Up;
    }
    if (const auto *MD = dyn_cast<CXXMethodDecl>(D)) {
      if (isConstMethod(*MD))
        return Step::Read;
      // `v.at(i)`, `v.front()`: the part of the object it names.
      const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(P.of(ME));
      if (Call && Call->getCallee() == ME && isStdElementAccessor(*MD)) {
        Cur = Call;
        return Step::Up;
      }
      return Step::Change;
    }
    return isa<EnumConstantDecl>(D) ? Step::Read : Step::Change;
  }
  if (const auto *B = dyn_cast<BinaryOperator>(Parent)) {
    if (B->isTypeDependent())
      return Step::Change;
    if (B->isAssignmentOp())
      return B->getLHS() == Cur ? Step::Change : Step::Read;
    if ((B->getOpcode() == BO_Comma && B->getRHS() == Cur) ||
        (B->getOpcode() == BO_PtrMemD && B->getLHS() == Cur)) {
      Cur = B;
      return Step::Up;
    }
    return Step::Read;
  }
  if (const auto *U = dyn_cast<UnaryOperator>(Parent)) {
    if (U->isTypeDependent() || U->isIncrementDecrementOp() ||
        U->getOpcode() == UO_Coawait)
      return Step::Change;
    switch (U->getOpcode()) {
    case UO_AddrOf: {
      // `&x` converted at once to a pointer to const reads it.
      const auto *To = dyn_cast_or_null<ImplicitCastExpr>(P.of(U));
      return To && To->getCastKind() == CK_NoOp ? Step::Read : Step::Change;
    }
    case UO_Extension:
    case UO_Real:
    case UO_Imag:
      Cur = U;
      return Step::Up;
    default:
      return Step::Read;
    }
  }
  if (const auto *C = dyn_cast<AbstractConditionalOperator>(Parent)) {
    if (!C->isGLValue() || Cur == C->getCond())
      return Step::Read;
    Cur = C;
    return Step::Up;
  }
  if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
    if (Call->isTypeDependent())
      return Step::Change;
    if (Cur == Call->getCallee())
      return Step::Read;
    if (isStdMoveOrForwardCall(Call)) {
      Cur = Call; // the same object, as an rvalue
      return Step::Up;
    }
    unsigned Index = argIndexOf(Call, Cur);
    if (Index >= Call->getNumArgs())
      return Step::Read;
    if (isOperatorObjectArg(Call, Index)) {
      const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
      if (MD && !isConstMethod(*MD) && isStdElementAccessor(*MD)) {
        Cur = Call; // `v[i]`, `*opt`: the part of the object it names
        return Step::Up;
      }
      if (!MD || !isConstMethod(*MD))
        return Step::Change;
      // A unique pointer's `->` and `*` hand out what it owns.
      const auto *Op = cast<CXXOperatorCallExpr>(Call);
      if (Op->getNumArgs() == 1 && isMoveOnly(MD->getParent())) {
        QualType R = MD->getReturnType();
        if (Op->getOperator() == OO_Arrow && isNonConstPointer(R))
          return Step::Change;
        if (Op->getOperator() == OO_Star && isNonConstRef(R)) {
          Cur = Call;
          return Step::Up;
        }
      }
      return Step::Read;
    }
    return argument(Call, Index);
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
    unsigned Index = argIndexOf(Construct, Cur);
    return Index < Construct->getNumArgs() ? argument(Construct, Index)
                                           : Step::Read;
  }
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Parent))
    return isNonConstRef(Cast->getTypeAsWritten()) ? Step::Change : Step::Read;
  if (const auto *DS = dyn_cast<DeclStmt>(Parent))
    return declaration(*DS, Cur);
  if (const auto *G = dyn_cast<GenericSelectionExpr>(Parent)) {
    if (Cur == G->getControllingExpr() || !G->isGLValue())
      return Step::Read;
    Cur = G;
    return Step::Up;
  }
  if (const auto *OVE = dyn_cast<OpaqueValueExpr>(Parent)) {
    Cur = OVE; // the source of a shared operand: its owner decides
    return Step::Up;
  }
  if (isa<UnaryExprOrTypeTraitExpr, CXXTypeidExpr, CXXNoexceptExpr,
          CXXThrowExpr, CXXDeleteExpr, ArrayInitLoopExpr>(Parent))
    return Step::Read;
  // Assignments and calls the template leaves open, references to it
  // returned or captured, aggregates of references, asm outputs, and any
  // other expression not modelled above.
  if (isa<Expr, ReturnStmt, CoreturnStmt, AsmStmt>(Parent))
    return Step::Change;
  return Step::Read; // a statement: an expression statement, a condition
}

Step Finder::argument(const Expr *Call, unsigned Index) {
  QualType Type;
  bool Variadic = false;
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    Type = paramType(*CE, Index, Variadic);
  } else if (const ParmVarDecl *Param = paramForArg(Call, Index)) {
    Type = Param->getType();
  } else {
    Variadic = true;
  }
  if (Type.isNull())
    return Variadic ? Step::Read : Step::Change;
  if (!isNonConstRef(Type))
    return Step::Read;
  // A forwarding reference of a function template: whether the callee
  // changes what it was given.
  const FunctionDecl *Callee = calleeOf(Call);
  const ParmVarDecl *Param = paramForArg(Call, Index);
  const FunctionTemplateDecl *Template =
      Callee ? Callee->getPrimaryTemplate() : nullptr;
  if (!Param || !Template || !Callee->getBody())
    return Step::Change;
  llvm::ArrayRef<ParmVarDecl *> Written =
      Template->getTemplatedDecl()->parameters();
  if (Written.empty())
    return Step::Change;
  QualType WrittenType =
      Written[std::min<size_t>(Param->getFunctionScopeIndex(),
                               Written.size() - 1)]
          ->getType();
  if (const auto *Pack = WrittenType->getAs<PackExpansionType>())
    WrittenType = Pack->getPattern();
  const auto *RRef = WrittenType->getAs<RValueReferenceType>();
  if (!RRef || RRef->getPointeeType().hasQualifiers() ||
      !RRef->getPointeeType()->getAs<TemplateTypeParmType>())
    return Step::Change;
  return paramChanged(*Callee, *Param) ? Step::Change : Step::Read;
}

bool Finder::paramChanged(const FunctionDecl &Callee,
                          const ParmVarDecl &Param) {
  if (Depth >= MaxDepth || !isWellFormed(Callee))
    return true;
  llvm::SmallVector<const Stmt *, 4> Roots = functionRoots(Callee);
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&Callee))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (!Init->isWritten() && Init->getInit())
        Roots.insert(Roots.begin(), Init->getInit());
  ParentMap Map(const_cast<Stmt *>(Roots.back()));
  for (const Stmt *R : llvm::ArrayRef<const Stmt *>(Roots).drop_back())
    Map.addStmt(const_cast<Stmt *>(R));
  Finder Inner(Parents{nullptr, &Map}, Ctx, Depth + 1);
  return llvm::any_of(
      Roots, [&](const Stmt *R) { return Inner.changesVar(Param, *R); });
}

Step Finder::declaration(const DeclStmt &DS, const Expr *Init) {
  const VarDecl *Var = nullptr;
  for (const Decl *D : DS.decls())
    if (const auto *V = dyn_cast<VarDecl>(D); V && V->getInit() == Init)
      Var = V;
  if (!Var)
    return Step::Read; // a variable-length array's bound
  const Stmt *Holder = P.of(&DS);
  if (const auto *Loop = dyn_cast_or_null<CXXForRangeStmt>(Holder);
      Loop && Loop->getRangeStmt() == &DS)
    return rangeFor(*Loop);
  if (!isNonConstRef(Var->getType()))
    return Step::Read; // a copy, or a reference to const
  if (Depth >= MaxDepth || !Holder)
    return Step::Change;
  ++Depth;
  bool Changed = changesVar(*Var, *Holder);
  --Depth;
  return Changed ? Step::Change : Step::Read;
}

Step Finder::rangeFor(const CXXForRangeStmt &Loop) {
  const VarDecl *Elem = Loop.getLoopVariable();
  const auto *Range =
      dyn_cast_or_null<VarDecl>(Loop.getRangeStmt()->getSingleDecl());
  if (!Elem || !Range)
    return Step::Change;
  QualType RangeType = Range->getType().getNonReferenceType();
  bool WritableElem = isNonConstRef(Elem->getType());
  if (RangeType->isArrayType())
    return WritableElem || isNonConstPointer(Elem->getType()) ? Step::Change
                                                              : Step::Read;
  if (hasOnlyNonConstIterators(RangeType->getAsCXXRecordDecl()))
    return Step::Change;
  if (!WritableElem)
    return Step::Read;
  if (Depth >= MaxDepth || !Loop.getBody())
    return Step::Change;
  ++Depth;
  bool Changed = changesVar(*Elem, *Loop.getBody());
  --Depth;
  return Changed ? Step::Change : Step::Read;
}

bool mayMutate(const Expr &Use, const Stmt &Scope, FunctionContext &F) {
  return Finder(Parents{&F, nullptr}, F.astContext(), 0).changes(&Use, Scope);
}

bool isMutatedIn(const VarDecl &Var, const Stmt &Scope, FunctionContext &F) {
  return Finder(Parents{&F, nullptr}, F.astContext(), 0)
      .changesVar(Var, Scope);
}

ScopeMutations::ScopeMutations(const Stmt &Scope, ASTContext &Ctx)
    : Scope(Scope), Ctx(Ctx) {}

ScopeMutations::~ScopeMutations() = default;

bool ScopeMutations::mayMutate(const Expr &Use) {
  if (!Map)
    Map = std::make_unique<ParentMap>(const_cast<Stmt *>(&Scope));
  return Finder(Parents{nullptr, Map.get()}, Ctx, 0).changes(&Use, Scope);
}

bool ScopeMutations::isMutated(const VarDecl &Var) {
  if (!Map)
    Map = std::make_unique<ParentMap>(const_cast<Stmt *>(&Scope));
  return Finder(Parents{nullptr, Map.get()}, Ctx, 0).changesVar(Var, Scope);
}

} // namespace clang::tidy::memchecks::utils
