//===--- CopyUses.cpp - memchecks -----------------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/CopyUses.h"
#include "utils/ASTHelpers.h"
#include "utils/Compat.h"
#include "utils/CopyAnalysis.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/StdLibrary.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/OperatorKinds.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::memchecks::utils {

CopyUses::CopyUses(MethodEffects &Effects,
                   std::function<bool(const CXXRecordDecl *)> IsValueType,
                   std::function<bool(const CXXRecordDecl *)> IsHandleType,
                   bool OpaqueCalleesWrite)
    : Effects(Effects), IsValueType(std::move(IsValueType)),
      IsHandleType(std::move(IsHandleType)),
      OpaqueCalleesWrite(OpaqueCalleesWrite) {}

std::string mutationName(const CallExpr *Call, const FunctionDecl *FD) {
  if (FD->getOverloadedOperator() != OO_None)
    return getOperatorSpelling(FD->getOverloadedOperator());
  if (FD->getIdentifier())
    return FD->getName().str();
  return FD->getNameAsString();
}

CopyUse CopyUses::classifyArgument(const Expr *CallOrConstruct, const Expr *Arg,
                                   FunctionContext &F) {
  CopyUse Escape;
  const FunctionDecl *Callee = calleeOf(CallOrConstruct);
  // Not a parameter (the object of a member operator), or varargs.
  const ParmVarDecl *Param =
      paramForArg(CallOrConstruct, argIndexOf(CallOrConstruct, Arg));
  if (!Param)
    return Escape;
  if (isStdMoveOrForward(Callee) ||
      (Callee->isInStdNamespace() && Callee->getIdentifier() &&
       (Callee->getName() == "swap" || Callee->getName() == "exchange")))
    return Escape;
  const unsigned Index = Param->getFunctionScopeIndex();
  QualType ParamT = Param->getType();
  if (isNonConstRef(ParamT)) {
    // `void bump(Counter &c) { ++c.n; }` called on the copy: a mutation when
    // the function writes nothing else and its result is thrown away.
    const auto *Call = dyn_cast<CallExpr>(CallOrConstruct);
    if (!Call || !ParamT->isLValueReferenceType() ||
        (!Callee->getReturnType()->isVoidType() && !isDiscarded(Call, F)))
      return Escape;
    CopyUse U{CopyUse::Mutation, Call, mutationName(Call, Callee)};
    if (opaqueCalleeWrites(*Callee, Index, Arg)) {
      U.Opaque = Callee;
      return U;
    }
    // A member function could also move the copy's state or address into
    // its own object, unless it never writes that object.
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    if ((Method && !Method->isStatic() &&
         (Method->isVirtual() || Effects.mayWriteObject(Method))) ||
        !Effects.isSelfContained(Callee))
      return Escape;
    // Nor into what its other parameters refer to.
    for (unsigned I = 0; I < Callee->getNumParams(); ++I) {
      QualType T = Callee->getParamDecl(I)->getType();
      if (I != Index &&
          (T->isPointerType() ||
           (isNonConstRef(T) && Effects.mayWriteParam(Callee, I))))
        return Escape;
    }
    // A body that names the parameter only to read it changes nothing
    // (abseil's `If<false>::Invoke(const Fun &, P &&...) {}`).
    if (!Effects.mayWriteParam(Callee, Index))
      return CopyUse{CopyUse::Read, nullptr, ""};
    return U;
  }
  if (ParamT->isReferenceType() || ParamT->isPointerType()) {
    // Bound to a const reference: the callee may keep it (a view, a
    // reference member) unless what it makes is a plain value.
    QualType Made = isa<CXXConstructExpr>(CallOrConstruct)
                        ? CallOrConstruct->getType()
                        : Callee->getReturnType();
    // A member of a known value class keeps its argument only by value; a
    // reference to its own class that it returns is to `*this`
    // (`s = c.text`, `s.append(c.text)`).
    if (const auto *M = dyn_cast<CXXMethodDecl>(Callee);
        M && IsValueType(M->getParent()) && Made->isReferenceType() &&
        Made.getNonReferenceType()->getAsCXXRecordDecl() &&
        Made.getNonReferenceType()->getAsCXXRecordDecl()->getCanonicalDecl() ==
            M->getParent()->getCanonicalDecl())
      return CopyUse{CopyUse::Read, nullptr, ""};
    if (Made->isVoidType() || Made->isScalarType() ? !Made->isPointerType()
                                                   : Effects.isValueLike(Made))
      return CopyUse{CopyUse::Read, nullptr, ""};
    // A std function that returns its first parameter, a non-const
    // reference (`os << s`), keeps no reference to the others: the std
    // inserters copy the characters.
    if (Callee->isInStdNamespace() && Index > 0 &&
        Made->isLValueReferenceType() &&
        isNonConstLValueRef(Callee->getParamDecl(0)->getType()) &&
        Made.getNonReferenceType()->getAsCXXRecordDecl() &&
        isSameUnqualifiedType(
            Made.getNonReferenceType(),
            Callee->getParamDecl(0)->getType().getNonReferenceType()))
      return CopyUse{CopyUse::Read, nullptr, ""};
    return Escape;
  }
  return CopyUse{CopyUse::Read, nullptr, ""};
}

/// Whether \p T is a type through which a callee can change something or
/// keep a reference: a pointer or reference to non-const, or a class that
/// is not a value (a handle such as `std::function`).
static bool mayBeOutlet(QualType T, MethodEffects &Effects) {
  if (T.isNull() || T->isDependentType())
    return true;
  if (isNonConstRef(T) ||
      (T->isPointerType() && !T->getPointeeType().isConstQualified()))
    return true;
  T = T.getNonReferenceType();
  return T->isRecordType() && !Effects.isValueLike(T);
}

bool CopyUses::opaqueCalleeWrites(const FunctionDecl &Callee, unsigned Index,
                                  const Expr *Arg) {
  if (!OpaqueCalleesWrite || Callee.isDefined() || Callee.isDeleted() ||
      Callee.isVariadic() || Callee.getBuiltinID() != 0 ||
      Callee.isInStdNamespace() || Callee.isTemplateInstantiation() ||
      Callee.getTemplatedKind() != FunctionDecl::TK_NonTemplate)
    return false;
  QualType ParamT = Callee.getParamDecl(Index)->getType().getNonReferenceType();
  if (!Effects.isValueLike(ParamT) || !Effects.isValueLike(Arg->getType()))
    return false;
  // Its object can keep the reference, or take the value (a sink by
  // reference: `void take(std::string &s) { s_.swap(s); }`), unless the
  // call cannot write it.
  if (const auto *M = dyn_cast<CXXMethodDecl>(&Callee);
      M && !M->isStatic() &&
      (!M->isConst() || !compat::isImplicitObjectMemberFunction(M) ||
       M->getParent()->hasMutableFields()))
    return false;
  // So can what its other parameters give access to.
  for (unsigned I = 0; I < Callee.getNumParams(); ++I)
    if (I != Index && mayBeOutlet(Callee.getParamDecl(I)->getType(), Effects))
      return false;
  return true;
}

bool CopyUses::changesOnlyObject(const CallExpr *Call, const CXXMethodDecl &M) {
  if ((!IsValueType(M.getParent()) && !Effects.isSelfContained(&M)) ||
      !Effects.mayWriteObject(&M))
    return false;
  for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
    QualType T = Call->getArg(I)->getType();
    if (!isOperatorObjectArg(Call, I) && T->isPointerType() &&
        !T->getPointeeType().isConstQualified())
      return false;
  }
  return llvm::none_of(M.parameters(), [](const ParmVarDecl *P) {
    return isNonConstLValueRef(P->getType());
  });
}

bool CopyUses::classifyInLambda(const VarDecl &Var, const DeclRefExpr *Ref,
                                FunctionContext &F, CopyUse &Out) {
  const LambdaExpr *Outer = nullptr;
  const Stmt *OuterChild = nullptr;
  for (const Stmt *S = F.parent(Ref), *Prev = Ref; S && S != &F.body();
       Prev = S, S = F.parent(S))
    if (const auto *L = dyn_cast<LambdaExpr>(S)) {
      Outer = L;
      OuterChild = Prev;
    }
  // A capture's initializer is evaluated where the lambda is made.
  if (!Outer || llvm::is_contained(Outer->capture_inits(), OuterChild))
    return false;
  Out = CopyUse{};
  if (isa<DecompositionDecl>(Var))
    return true;
  for (const LambdaCapture &C : Outer->captures())
    if (C.capturesVariable() && C.getCapturedVar() == &Var &&
        C.getCaptureKind() == LCK_ByCopy)
      Out = CopyUse{CopyUse::Read, Outer, ""};
  return true;
}

/// Whether \p P, a parameter of \p M, is a forwarding reference in the
/// template \p M was instantiated from (`template <class... A> void
/// emplace_back(A &&...)`): an lvalue argument collapsed it to `T &`. A
/// standard value type only constructs its elements from what it forwards.
static bool isForwardingParam(const CXXMethodDecl &M, const ParmVarDecl &P) {
  const FunctionDecl *Pattern = M.getTemplateInstantiationPattern();
  if (!Pattern || Pattern->getNumParams() == 0)
    return false;
  unsigned Index = P.getFunctionScopeIndex();
  const ParmVarDecl *Written = Index < Pattern->getNumParams()
                                   ? Pattern->getParamDecl(Index)
                                   : Pattern->parameters().back();
  if (Index >= Pattern->getNumParams() && !Written->isParameterPack())
    return false;
  QualType T = Written->getType();
  if (const auto *Pack = T->getAs<PackExpansionType>())
    T = Pack->getPattern();
  const auto *Ref = T->getAs<RValueReferenceType>();
  return Ref && !Ref->getPointeeType().hasQualifiers() &&
         Ref->getPointeeType()->getAs<TemplateTypeParmType>();
}

/// Whether the handle that \p E yields, or one made from it (`it + 1`,
/// `std::find(b, e, x)`), is stored in a variable or returned.
static bool handleIsKept(const Expr *E, FunctionContext &F) {
  for (const Stmt *P = F.parent(E); P; P = F.parent(P)) {
    if (isa<DeclStmt, ReturnStmt>(P))
      return true;
    const auto *PE = dyn_cast<Expr>(P);
    if (!PE)
      return false;
    if (const auto *BO = dyn_cast<BinaryOperator>(PE);
        BO && BO->isAssignmentOp())
      return true;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(PE);
        Op && Op->getOperator() == OO_Equal)
      return true;
    // Past what still is a handle: a value, a bool, `void` consumed it.
    QualType T = PE->getType();
    if (!T->isRecordType() && !T->isPointerType() && !T->isReferenceType())
      return false;
  }
  return false;
}

CopyUse CopyUses::classifyMethodCall(const CallExpr *Call,
                                     const CXXMethodDecl *M, FunctionContext &F,
                                     const Expr *&Cur) {
  CopyUse Escape;
  if (M->isStatic())
    return Escape;
  // Arguments that the call may write or keep: the copy's state can flow
  // into them (`c.swap(other)`, `c.moveTo(dst)`).
  for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
    if (isOperatorObjectArg(Call, I))
      continue;
    QualType T = Call->getArg(I)->getType();
    if (T->isPointerType() && !T->getPointeeType().isConstQualified())
      return Escape;
    if (const ParmVarDecl *P = paramForArg(Call, I);
        P && isNonConstLValueRef(P->getType()) &&
        !(IsValueType(M->getParent()) && isForwardingParam(*M, *P)))
      return Escape;
  }
  QualType Ret = M->getReturnType();
  if (M->isConst()) {
    // A reference into the object is followed; a pointer or a handle (an
    // iterator) that is kept would see later changes.
    if (Ret->isReferenceType()) {
      Cur = Call;
      return CopyUse{CopyUse::Follow, nullptr, ""};
    }
    if (Ret->isPointerType() ||
        (Ret->isRecordType() && !Effects.isValueLike(Ret))) {
      const Stmt *P = spelledParent(Call, F);
      while (isa_and_nonnull<CXXConstructExpr>(P))
        P = spelledParent(P, F);
      if (!P || isa<DeclStmt, ReturnStmt>(P) ||
          (isa<BinaryOperator>(P) &&
           cast<BinaryOperator>(P)->isAssignmentOp()) ||
          (isa<CXXOperatorCallExpr>(P) &&
           cast<CXXOperatorCallExpr>(P)->getOperator() == OO_Equal))
        return Escape;
    }
    return CopyUse{CopyUse::Read, nullptr, ""};
  }
  bool KnownValue = IsValueType(M->getParent());
  if (!KnownValue &&
      (IsHandleType(M->getParent()) || !Effects.isSelfContained(M)))
    return Escape;
  bool Discarded = isDiscarded(Call, F);
  CopyUse Mut{CopyUse::Mutation, Call, mutationName(Call, M)};
  if (Ret->isVoidType() || Discarded)
    // A visible body that writes nothing (`bool ok() { return true; }`)
    // changes nothing; an invisible one of a known value class is trusted
    // to change the value.
    return Effects.mayWriteObject(M) ? Mut
                                     : CopyUse{CopyUse::Read, nullptr, ""};
  if (Ret->isReferenceType() && KnownValue &&
      !Ret.getNonReferenceType().isConstQualified()) {
    // `m["k"] = 1`, `v.front().n++`: a sub-object of a value type.
    Cur = Call;
    return CopyUse{CopyUse::Follow, nullptr, ""};
  }
  if (Ret->isReferenceType() || Ret->isPointerType())
    return Escape;
  // An iterator into the copy's own storage, handed to an algorithm that
  // rearranges that range in place: `std::sort(v.begin(), v.end());`.
  if (KnownValue && M->getIdentifier() &&
      llvm::StringSwitch<bool>(M->getName())
          .Cases("begin", "end", "rbegin", "rend", true)
          .Default(false))
    if (const auto *Algo = dyn_cast_or_null<CallExpr>(spelledParent(Call, F));
        Algo && Algo->getDirectCallee() &&
        isStdInPlaceAlgorithm(*Algo->getDirectCallee()) &&
        isDiscarded(Algo, F)) {
      const Expr *Arg = Call;
      while (F.parent(Arg) && F.parent(Arg) != Algo)
        Arg = cast<Expr>(F.parent(Arg));
      if (argIndexOf(Algo, Arg) < 2)
        return CopyUse{CopyUse::Mutation, Algo,
                       mutationName(Algo, Algo->getDirectCallee())};
    }
  // A handle into the copy (an iterator) kept in a variable sees it after
  // later changes: `auto m = c.begin() + 1; std::nth_element(...); *m`.
  if (Ret->isRecordType() && !Effects.isValueLike(Ret) && handleIsKept(Call, F))
    return Escape;
  // The result may carry the new state (`int n = c.inc();`).
  return CopyUse{CopyUse::Read, nullptr, ""};
}

CopyUse CopyUses::classify(const DeclRefExpr *Ref, FunctionContext &F) {
  CopyUse Escape;
  const Expr *Cur = Ref;
  for (unsigned Steps = 0; Steps < 64; ++Steps) {
    const Stmt *P = F.parent(Cur);
    if (!P)
      return Escape;
    if (const Expr *Part = sameObjectParent(Cur, F)) {
      Cur = Part;
      continue;
    }
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(P))
      return Cast->getCastKind() == CK_LValueToRValue
                 ? CopyUse{CopyUse::Read, nullptr, ""}
                 : Escape;
    if (const auto *ME = dyn_cast<MemberExpr>(P)) {
      if (ME->getBase() != Cur)
        return Escape;
      const auto *M = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
      const Stmt *CallP = F.parent(ME);
      const auto *Call = dyn_cast_or_null<CallExpr>(CallP);
      if (!M || !Call || Call->getCallee()->IgnoreParenImpCasts() != ME)
        return Escape;
      if (!compat::isImplicitObjectMemberFunction(M))
        return Escape;
      CopyUse U = classifyMethodCall(Call, M, F, Cur);
      if (U.K == CopyUse::Follow)
        continue;
      return U;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P)) {
      const auto *M = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
      if (M && Op->getNumArgs() > 0 && Op->getArg(0) == Cur) {
        if (!compat::isImplicitObjectMemberFunction(M))
          return Escape;
        CopyUse U = classifyMethodCall(Op, M, F, Cur);
        if (U.K == CopyUse::Follow)
          continue;
        return U;
      }
      return classifyArgument(Op, Cur, F);
    }
    if (isa<CallExpr, CXXConstructExpr>(P)) {
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(P)) {
        // A copy or move of the object into a new one reads it.
        const CXXConstructorDecl *Ctor = Construct->getConstructor();
        if (Ctor && Ctor->isCopyConstructor())
          return CopyUse{CopyUse::Read, nullptr, ""};
      }
      return classifyArgument(cast<Expr>(P), Cur, F);
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(P)) {
      if (UO->isIncrementDecrementOp())
        return isDiscarded(UO, F)
                   ? CopyUse{CopyUse::Mutation, UO,
                             UnaryOperator::getOpcodeStr(UO->getOpcode()).str()}
                   : CopyUse{CopyUse::Read, nullptr, ""};
      return Escape;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(P)) {
      if (BO->isAssignmentOp() && BO->getLHS() == Cur)
        return isDiscarded(BO, F)
                   ? CopyUse{CopyUse::Mutation, BO,
                             BinaryOperator::getOpcodeStr(BO->getOpcode())
                                 .str()}
                   : CopyUse{CopyUse::Read, nullptr, ""};
      if (BO->getOpcode() == BO_Comma && BO->getLHS() == Cur)
        return CopyUse{CopyUse::Read, nullptr, ""};
      return Escape;
    }
    if (isa<ReturnStmt>(P))
      return CopyUse{CopyUse::Read, nullptr, ""};
    if (const auto *DS = dyn_cast<DeclStmt>(P)) {
      // A local reference bound to the copy or a part of it: its own uses
      // are the copy's.
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D);
            V && !V->isImplicit() && V->getType()->isLValueReferenceType() &&
            V->hasLocalStorage() && !isa<DecompositionDecl>(V) &&
            V->getInit() && V->getInit()->IgnoreParens() == Cur)
          return CopyUse{CopyUse::Alias, nullptr, "", V};
      // The range of a range-for: read, unless the loop's variable is a
      // non-const reference that can write into the copy.
      const auto *RF = dyn_cast_or_null<CXXForRangeStmt>(F.parent(DS));
      if (!RF || RF->getRangeStmt() != DS || !RF->getLoopVariable())
        return Escape;
      QualType LT = RF->getLoopVariable()->getType();
      if (LT->isReferenceType() && !LT.getNonReferenceType().isConstQualified())
        return Escape;
      return CopyUse{CopyUse::Read, nullptr, ""};
    }
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(P))
      if (Cast->getTypeAsWritten()->isVoidType())
        return CopyUse{CopyUse::Read, nullptr, ""};
    return Escape;
  }
  return Escape;
}

/// Whether \p Site is a plain `=` to \p Ref or to a field path of it.
bool isPlainAssignment(const DeclRefExpr *Ref, const Stmt *Site) {
  const Expr *LHS = nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(Site);
      BO && BO->getOpcode() == BO_Assign)
    LHS = BO->getLHS();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Site);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
    LHS = Op->getArg(0);
  while (LHS) {
    LHS = LHS->IgnoreParenImpCasts();
    if (LHS == Ref)
      return true;
    const auto *ME = dyn_cast<MemberExpr>(LHS);
    if (!ME || ME->isArrow() || !isa<FieldDecl>(ME->getMemberDecl()))
      return false;
    LHS = ME->getBase();
  }
  return false;
}

/// Whether copy and move assignment of \p RD replace every part of the old
/// value: trivial, or defaulted over bases and fields that are scalars or
/// such classes. A user-written `operator=` anywhere inside may keep part of
/// the old state (`sum += o.sum`).
/// \p Proven holds the classes already shown to qualify: a class that
/// repeats in many members is walked once.
static bool
assignmentReplacesAll(const CXXRecordDecl *RD,
                      llvm::SmallPtrSetImpl<const CXXRecordDecl *> &Proven,
                      unsigned Depth = 0) {
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD || RD->isInvalidDecl() || Depth > 8)
    return false;
  if (Proven.contains(RD) ||
      (RD->hasTrivialCopyAssignment() && RD->hasTrivialMoveAssignment()))
    return true;
  for (const CXXMethodDecl *M : RD->methods())
    if ((M->isCopyAssignmentOperator() || M->isMoveAssignmentOperator()) &&
        !M->isDefaulted())
      return false;
  auto PartReplaced = [&Proven, Depth](QualType T) {
    T = T.getCanonicalType();
    if (const Type *Elem = T->getBaseElementTypeUnsafe();
        Elem && Elem->isScalarType())
      return true;
    return assignmentReplacesAll(
        T->getBaseElementTypeUnsafe()->getAsCXXRecordDecl(), Proven, Depth + 1);
  };
  for (const CXXBaseSpecifier &B : RD->bases())
    if (B.isVirtual() || !PartReplaced(B.getType()))
      return false;
  for (const FieldDecl *F : RD->fields())
    if (!PartReplaced(F->getType()))
      return false;
  Proven.insert(RD);
  return true;
}

/// Whether \p Site, a mutation through \p Ref, replaces all of \p Var
/// without reading it: a plain `=` on a scalar, or a copy or move assignment
/// of the object's own class that replaces every part of it.
bool isWholeOverwrite(const VarDecl &Var, const DeclRefExpr *Ref,
                      const Stmt *Site) {
  if (Ref->getDecl() != &Var)
    return false; // a structured binding is a part of the object
  if (const auto *BO = dyn_cast<BinaryOperator>(Site))
    return BO->getOpcode() == BO_Assign && BO->getLHS()->IgnoreParens() == Ref;
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Site);
  if (!Op || Op->getOperator() != OO_Equal || Op->getNumArgs() != 2 ||
      Op->getArg(0)->IgnoreParens() != Ref)
    return false;
  const auto *M = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
  const CXXRecordDecl *Own = Var.getType()->getAsCXXRecordDecl();
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Proven;
  return M && Own &&
         (M->isCopyAssignmentOperator() || M->isMoveAssignmentOperator()) &&
         M->getParent()->getCanonicalDecl() == Own->getCanonicalDecl() &&
         assignmentReplacesAll(Own, Proven);
}

bool CopyUses::mutatesOwnPart(const DeclRefExpr *Ref, const Expr *Site,
                              FunctionContext &F) {
  const Expr *Part = Ref;
  for (unsigned Steps = 0; Steps < 32; ++Steps) {
    const Stmt *P = F.parent(Part);
    if (!P)
      return false;
    if (P == Site)
      break;
    const auto *Cast = dyn_cast<ImplicitCastExpr>(P);
    if (isa<ParenExpr>(P) ||
        (Cast && (Cast->getCastKind() == CK_NoOp ||
                  Cast->getCastKind() == CK_UncheckedDerivedToBase ||
                  Cast->getCastKind() == CK_DerivedToBase))) {
      Part = cast<Expr>(P);
      continue;
    }
    const auto *ME = dyn_cast<MemberExpr>(P);
    if (!ME || ME->isArrow() || ME->getBase() != Part)
      return false;
    if (isa<CXXMethodDecl>(ME->getMemberDecl()) && F.parent(ME) == Site)
      break; // the member function that makes the change
    // Each class on the way must own its fields: its own special members
    // are the ones that could see them.
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!Field || Field->getType()->isReferenceType() ||
        !Effects.isValueShell(Part->getType()))
      return false;
    Part = ME;
  }
  // A standard container's element array is its own whatever the elements
  // hold (`L.insert(L.end(), more)` on a vector of structs with a
  // shared_ptr); a change through an element is not reached this way.
  return Effects.isValueLike(Part->getType()) ||
         Effects.ownsElementArray(Part->getType());
}

bool CopyUses::aliasOnlyReads(const VarDecl &Alias, FunctionContext &F,
                              llvm::SmallVectorImpl<const Stmt *> &Reads,
                              unsigned Depth) {
  if (Depth > 4)
    return false;
  for (const DeclRefExpr *R :
       findRefs(Alias, F.scopeOf(Alias), F.astContext())) {
    // Inside a nested lambda, a use runs at an unknown time.
    for (const Stmt *S = F.parent(R); S && S != &F.body(); S = F.parent(S))
      if (isa<LambdaExpr>(S))
        return false;
    CopyUse U = classify(R, F);
    if (U.K == CopyUse::Alias) {
      if (!aliasOnlyReads(*U.Bound, F, Reads, Depth + 1))
        return false;
      continue;
    }
    if (U.K != CopyUse::Read)
      return false;
    Reads.push_back(R);
  }
  return true;
}

} // namespace clang::tidy::memchecks::utils
