//===--- MethodEffects.cpp - does a method only write its own value -------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/MethodEffects.h"
#include "utils/ASTHelpers.h"
#include "utils/Compat.h"
#include "utils/CopyAnalysis.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/FunctionContext.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"

namespace clang::tidy::memchecks::utils {

MethodEffects::MethodEffects(
    std::function<bool(const CXXRecordDecl *)> IsValueType,
    std::function<bool(const CXXRecordDecl *)> IsHandleType)
    : IsValueType(std::move(IsValueType)),
      IsHandleType(std::move(IsHandleType)) {}

void MethodEffects::clear() {
  Memo.clear();
  Writers.clear();
  ParamWriters.clear();
  CallDepth = 0;
}

bool MethodEffects::isKnownValueClass(const CXXRecordDecl *RD) const {
  return RD && IsValueType(RD);
}

/// A std class without state (an allocator, a comparator, a tag): nothing
/// to share, as storedTypeArgs assumes.
static bool isStatelessStdClass(const CXXRecordDecl *RD) {
  RD = RD ? RD->getDefinition() : nullptr;
  return RD && RD->isEmpty() && RD->isInStdNamespace();
}

static bool isNonConstPointer(QualType T) {
  return T->isPointerType() && !T->getPointeeType().isConstQualified();
}

bool isShallowConstAccessor(const CXXMethodDecl *M) {
  if (!M || M->isStatic() || !M->isConst())
    return false;
  QualType Ret = M->getReturnType();
  return Ret->isLValueReferenceType() &&
         !Ret.getNonReferenceType().isConstQualified() &&
         !Ret->isDependentType();
}

/// Whether \p RD hands out writable storage from a const member, and has
/// no mutable member such an accessor could be returning.
static bool isViewClass(const CXXRecordDecl *RD) {
  for (const FieldDecl *F : RD->fields())
    if (F->isMutable())
      return false;
  for (const Decl *D : RD->decls()) {
    const auto *M = dyn_cast<CXXMethodDecl>(D);
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      M = dyn_cast<CXXMethodDecl>(FT->getTemplatedDecl());
    if (isShallowConstAccessor(M))
      return true;
  }
  return false;
}

/// The type an expression gives access through: the pointee of a pointer.
static bool givesConstAccess(const Expr *E) {
  QualType T = E->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return T.isConstQualified();
}

/// Whether a parameter of type \p T can change what its argument names.
static bool paramMayWrite(QualType T) {
  if (T.isNull())
    return true; // varargs
  if (T->isReferenceType())
    return !T.getNonReferenceType().isConstQualified();
  return T->isPointerType() && !T->getPointeeType().isConstQualified();
}

/// Whether the use of `*this` (or part of it) at \p E, in \p F, can change
/// it. A call of a non-const member on it asks \p MemberMayWrite.
static bool
useMayWrite(const Expr *E, FunctionContext &F,
            llvm::function_ref<bool(const CXXMethodDecl *)> MemberMayWrite) {
  const Expr *Cur = E;
  for (unsigned Steps = 0; Steps < 32; ++Steps) {
    if (givesConstAccess(Cur))
      return false;
    const Stmt *P = F.parent(Cur);
    if (!P)
      return true;
    if (const Expr *Part = sameObjectParent(Cur, F)) {
      Cur = Part;
      continue;
    }
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(P))
      return Cast->getCastKind() != CK_LValueToRValue;
    if (const auto *ME = dyn_cast<MemberExpr>(P)) {
      if (ME->getBase() != Cur)
        return true;
      // A reference member cannot be rebound; what is written through it
      // is another object.
      if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        return !Field->getType()->isReferenceType();
      const auto *M = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
      if (!M)
        return true;
      if (M->isConst() || M->isStatic())
        return false;
      // Called on the whole object, a member that writes nothing keeps it
      // unchanged; on a part, the part's class is not followed.
      return !isa<CXXThisExpr>(Cur->IgnoreParenImpCasts()) || MemberMayWrite(M);
    }
    if (const auto *U = dyn_cast<UnaryOperator>(P)) {
      if (U->getOpcode() == UO_Deref) {
        Cur = U;
        continue;
      }
      return U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf;
    }
    if (const auto *B = dyn_cast<BinaryOperator>(P))
      return B->isAssignmentOp() && B->getLHS() == Cur;
    if (isa<ReturnStmt>(P))
      return false; // a discarded result writes nothing
    if (isa<CallExpr, CXXConstructExpr>(P)) {
      const auto *Call = cast<Expr>(P);
      unsigned I = argIndexOf(Call, Cur);
      if (isOperatorObjectArg(Call, I))
        return !cast<CXXMethodDecl>(calleeOf(Call))->isConst();
      const ParmVarDecl *Param = paramForArg(Call, I);
      return !Param || paramMayWrite(Param->getType());
    }
    if (const auto *DS = dyn_cast<DeclStmt>(P)) {
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D); V && V->getInit() == Cur)
          return paramMayWrite(V->getType());
      return true;
    }
    return true;
  }
  return true;
}

static void collectThis(const Stmt *S,
                        llvm::SmallVectorImpl<const CXXThisExpr *> &Out) {
  if (!S)
    return;
  if (const auto *T = dyn_cast<CXXThisExpr>(S))
    Out.push_back(T);
  for (const Stmt *C : S->children())
    collectThis(C, Out);
}

bool MethodEffects::computeMayWriteObject(const CXXMethodDecl *M) {
  const FunctionDecl *Def = M->getDefinition();
  if (!Def || Def->isDefaulted() || !Def->getBody() || !isWellFormed(*Def))
    return true;
  Stmt *Body = Def->getBody();
  llvm::SmallVector<const CXXThisExpr *, 8> Uses;
  collectThis(Body, Uses);
  if (Uses.empty())
    return false;
  FunctionContext F(*Def, Def->getASTContext());
  for (const CXXThisExpr *T : Uses)
    if (useMayWrite(T, F, [this](const CXXMethodDecl *Callee) {
          // Through `this`, a virtual call may reach an override.
          return (Callee->isVirtual() && !Callee->hasAttr<FinalAttr>() &&
                  !Callee->getParent()->hasAttr<FinalAttr>()) ||
                 mayWriteObject(Callee);
        }))
      return true;
  return false;
}

bool MethodEffects::mayWriteParam(const FunctionDecl *FD, unsigned Idx) {
  if (!FD)
    return true;
  FD = FD->getCanonicalDecl();
  auto [It, Inserted] = ParamWriters.try_emplace({FD, Idx}, true);
  if (!Inserted)
    return It->second;
  const FunctionDecl *Def = FD->getDefinition();
  if (!Def || Def->isDefaulted() || !Def->getBody() || !isWellFormed(*Def) ||
      Idx >= Def->getNumParams())
    return true;
  FunctionContext F(*Def, Def->getASTContext());
  // Not transitive: a call that is given the parameter by non-const
  // reference writes it.
  auto NoMember = [](const CXXMethodDecl *) { return true; };
  bool Writes = false;
  for (const Stmt *Root : F.roots())
    for (const DeclRefExpr *Ref :
         findRefs(*Def->getParamDecl(Idx), *Root, Def->getASTContext()))
      Writes = Writes || useMayWrite(Ref, F, NoMember);
  It = ParamWriters.find({FD, Idx});
  It->second = Writes;
  return Writes;
}

bool MethodEffects::mayWriteObject(const CXXMethodDecl *M) {
  if (!M || M->isStatic() || !compat::isImplicitObjectMemberFunction(M))
    return true;
  M = M->getCanonicalDecl();
  return boundedQuery(Writers, M, /*WhenTooDeep=*/true,
                      [&] { return computeMayWriteObject(M); });
}

bool MethodEffects::isOwnLocation(const Expr *E, const FunctionDecl *FD) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    // A temporary lives in the function's own frame (`v.push_back(-1)`).
    if (isa<CXXThisExpr>(E) || E->isPRValue())
      return true;
    if (const auto *U = dyn_cast<UnaryOperator>(E)) {
      // `*this`
      return U->getOpcode() == UO_Deref &&
             isa<CXXThisExpr>(U->getSubExpr()->IgnoreParenImpCasts());
    }
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
      if (!Field || Field->getType()->isReferenceType())
        return false;
      if (ME->isArrow())
        return isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts());
      E = ME->getBase();
      continue;
    }
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
      const Expr *Base = ASE->getBase()->IgnoreParenImpCasts();
      if (!Base->getType()->isArrayType())
        return false; // through a pointer
      E = Base;
      continue;
    }
    if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E)) {
      // `items[i]` on an own member of a value type.
      const auto *M = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
      if (!M || !M->getReturnType()->isReferenceType() ||
          !isKnownValueClass(M->getParent()) || Call->getNumArgs() == 0)
        return false;
      E = Call->getArg(0);
      continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E);
        Call && Call->getNumArgs() == 1 &&
        isStdMoveOrForward(Call->getDirectCallee())) {
      E = Call->getArg(0); // `std::move(s.append(x))`
      continue;
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
      // `items.front()`, `opt.value()` on an own member of a value type.
      const CXXMethodDecl *M = Call->getMethodDecl();
      if (!M || !M->getReturnType()->isReferenceType() ||
          !isKnownValueClass(M->getParent()))
        return false;
      E = Call->getImplicitObjectArgument();
      continue;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *Var = dyn_cast<VarDecl>(DRE->getDecl());
      if (!Var || !Var->hasLocalStorage() ||
          Var->getDeclContext() != static_cast<const DeclContext *>(FD))
        return isa_and_nonnull<BindingDecl>(DRE->getDecl()) &&
               DRE->getDecl()->getDeclContext() ==
                   static_cast<const DeclContext *>(FD) &&
               !DRE->getType()->isReferenceType();
      if (!Var->getType()->isReferenceType())
        return true;
      // A non-const reference parameter: the caller vouches for what it
      // binds (see argsAreOwn).
      return isa<ParmVarDecl>(Var) && isNonConstRef(Var->getType());
    }
    return false;
  }
  return false;
}

bool MethodEffects::argsAreOwn(const FunctionDecl *Callee,
                               llvm::ArrayRef<const Expr *> Args,
                               const FunctionDecl *FD) {
  for (unsigned I = 0; I < Args.size(); ++I) {
    const Expr *Arg = Args[I];
    QualType ParamT = I < Callee->getNumParams()
                          ? Callee->getParamDecl(I)->getType()
                          : Arg->getType();
    if (isNonConstPointer(ParamT)) {
      if (!Arg->IgnoreParenImpCasts()->isNullPointerConstant(
              Callee->getASTContext(), Expr::NPC_ValueDependentIsNotNull))
        return false;
      continue;
    }
    if (ParamT->isReferenceType() && isNonConstRef(ParamT) &&
        !isOwnLocation(Arg, FD))
      return false;
  }
  return true;
}

bool MethodEffects::callIsSelfContained(const CallExpr *Call,
                                        const FunctionDecl *FD) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return false; // through a function pointer
  llvm::SmallVector<const Expr *, 4> Args(Call->arguments());
  const auto *M = dyn_cast<CXXMethodDecl>(Callee);
  if (M && !M->isStatic() && compat::isImplicitObjectMemberFunction(M)) {
    const Expr *Object = nullptr;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
      Object = MC->getImplicitObjectArgument();
      // `p->f()`: the object is the pointee, which is not own storage.
      if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
        if (ME->isArrow() && Object &&
            !isa<CXXThisExpr>(Object->IgnoreParenImpCasts()))
          return false;
    } else if (isOperatorObjectArg(Call, 0)) {
      Object = Args.front();
      Args.erase(Args.begin());
    }
    if (!Object)
      return false;
    // Some override could do anything, unless the object's dynamic type is
    // known: a member or local held by value (`namer_.Type(t)`), or final.
    if (M->isVirtual() &&
        !(M = M->getDevirtualizedMethod(Object, /*IsAppleKext=*/false)))
      return false;
    if (!M->isConst() && !isOwnLocation(Object, FD))
      return false;
    if (!argsAreOwn(Callee, Args, FD))
      return false;
    if (isKnownValueClass(M->getParent()))
      return true;
    return isSelfContained(M);
  }
  if (isStdMoveOrForward(Callee)) // a builtin since LLVM 15
    return true;
  if (Callee->getBuiltinID() != 0) {
    // Builtins have no body; the ones that write do it through a pointer
    // to non-const (`__builtin_strlen(s)` only reads). C library functions
    // (`printf`) and variadic builtins (`__builtin_printf`) may do I/O.
    unsigned ID = Callee->getBuiltinID();
    if (Callee->getASTContext().BuiltinInfo.isPredefinedLibFunction(ID) ||
        Callee->isVariadic())
      return false;
    for (const Expr *Arg : Args)
      if (isNonConstPointer(Arg->getType()))
        return false;
    return true;
  }
  return argsAreOwn(Callee, Args, FD) && isSelfContained(Callee);
}

bool MethodEffects::scan(const Stmt *S, const FunctionDecl *FD) {
  if (!S)
    return true;
  if (isa<CXXNewExpr, CXXDeleteExpr, AsmStmt, CoroutineBodyStmt, CoreturnStmt,
          CoawaitExpr, CoyieldExpr, LambdaExpr, BlockExpr, IndirectGotoStmt,
          CXXDependentScopeMemberExpr, UnresolvedLookupExpr,
          UnresolvedMemberExpr, CXXUnresolvedConstructExpr>(S))
    return false;
  if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (BO->isAssignmentOp() && !isOwnLocation(BO->getLHS(), FD))
      return false;
  } else if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
    if (UO->isIncrementDecrementOp() && !isOwnLocation(UO->getSubExpr(), FD))
      return false;
  } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
    if (!callIsSelfContained(Call, FD))
      return false;
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (!Ctor || !isValueLike(Construct->getType()))
      return false;
    llvm::SmallVector<const Expr *, 4> Args(Construct->arguments());
    if (!argsAreOwn(Ctor, Args, FD))
      return false;
    if (!Ctor->isTrivial() && !isKnownValueClass(Ctor->getParent()) &&
        !isSelfContained(Ctor))
      return false;
  } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D)) {
        if (!V->hasLocalStorage())
          return false; // a static local outlives the call
        // A local's destructor runs at the end of the call: a lock guard
        // or a logger is an outside effect.
        if (!V->getType()->isReferenceType() && !isValueLike(V->getType()))
          return false;
      }
  }
  for (const Stmt *Child : S->children())
    if (!scan(Child, FD))
      return false;
  return true;
}

bool MethodEffects::computeSelfContained(const FunctionDecl *FD) {
  const auto *M = dyn_cast<CXXMethodDecl>(FD);
  if (M && isKnownValueClass(M->getParent()))
    return true;
  // A static member has no object: its class being a handle (std's
  // `char_traits<char>::length`) says nothing about it.
  if (M && !M->isStatic() && IsHandleType(M->getParent()) &&
      !isStatelessStdClass(M->getParent()))
    return false;
  const FunctionDecl *Def = FD->getDefinition();
  if (!Def)
    Def = FD;
  if (Def->isDefaulted() || (Def->isImplicit() && M)) {
    // Defaulted special members do member-wise work.
    return M && isValueLike(QualType(M->getParent()->getTypeForDecl(), 0));
  }
  const Stmt *Body = Def->getBody();
  if (!Body || !isWellFormed(*Def))
    return false;
  // An exported function of a dynamic library can be interposed; but a
  // visible inline body is what the program runs, so it is trusted.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def)) {
    for (const CXXCtorInitializer *Init : Ctor->inits()) {
      if (Init->isAnyMemberInitializer()) {
        const FieldDecl *F = Init->getAnyMember();
        if (F && F->getType()->isReferenceType())
          return false;
      }
      if (!scan(Init->getInit(), Def))
        return false;
    }
  }
  return scan(Body, Def);
}

bool MethodEffects::isSelfContained(const FunctionDecl *FD) {
  if (!FD)
    return false;
  FD = FD->getCanonicalDecl();
  return boundedQuery(Memo, static_cast<const void *>(FD),
                      /*WhenTooDeep=*/false,
                      [&] { return computeSelfContained(FD); });
}

/// The type arguments of a standard value type that it stores: its element
/// types, without the empty std helpers (allocators, comparators, hashers).
static llvm::SmallVector<QualType, 4>
storedTypeArgs(const CXXRecordDecl *RD,
               const std::function<bool(const CXXRecordDecl *)> &IsValueType) {
  llvm::SmallVector<QualType, 4> Out;
  // `std::tuple<int &, int &>` from `std::tie`: a pack of references.
  for (QualType AT : typeArguments(*RD)) {
    const auto *ARD = AT->getAsCXXRecordDecl();
    if (ARD && ARD->isInStdNamespace() && ARD->hasDefinition() &&
        ARD->isEmpty() && !IsValueType(ARD))
      continue;
    Out.push_back(AT);
  }
  return Out;
}

bool MethodEffects::computeValueLike(QualType T, bool WithFields) {
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return false;
  RD = RD->getDefinition();
  if (!RD || RD->isInvalidDecl() || RD->isDependentType())
    return false;
  if (isStatelessStdClass(RD))
    return true;
  if (IsHandleType(RD))
    return false;
  if (IsValueType(RD)) {
    if (!WithFields)
      return true;
    // The value types destroy their elements: those must be values too.
    for (QualType AT : storedTypeArgs(RD, IsValueType))
      if (!isValueLike(AT))
        return false;
    return true;
  }
  // A destructor whose body only touches the dying object (`~C() {}`)
  // cannot show anyone its last state.
  if (const CXXDestructorDecl *D = RD->getDestructor())
    if (!D->isTrivial() && !D->isDefaulted() && !isSelfContained(D))
      return false;
  if (isViewClass(RD))
    return false;
  // A copy constructor with outside effects (one that registers `this`
  // somewhere) makes every copy visible to someone else.
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Ctor->isCopyConstructor() && Ctor->isUserProvided() &&
        !isSelfContained(Ctor))
      return false;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (WithFields ? !isValueLike(B.getType()) : !isValueShell(B.getType()))
      return false;
  if (WithFields)
    for (const FieldDecl *F : RD->fields())
      if (!isValueLike(F->getType()))
        return false;
  return true;
}

bool MethodEffects::ownsElementArray(QualType T) {
  if (T.isNull() || T->isDependentType() || T.isVolatileQualified())
    return false;
  const auto *RD = T->getAsCXXRecordDecl();
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD || !IsValueType(RD) || IsHandleType(RD))
    return false;
  for (QualType AT : storedTypeArgs(RD, IsValueType)) {
    const auto *ARD = AT->getAsCXXRecordDecl();
    if (!isValueLike(AT) && !isValueShell(AT) && !(ARD && IsHandleType(ARD)))
      return false;
  }
  return true;
}

bool MethodEffects::isValueShell(QualType T) {
  if (T.isNull() || T->isDependentType() || T.isVolatileQualified() ||
      !T->isRecordType())
    return false;
  // Not memoized on its own: the answers it asks for are.
  return computeValueLike(T.getCanonicalType(), /*WithFields=*/false);
}

bool MethodEffects::isValueLike(QualType T) {
  if (T.isNull() || T->isDependentType() || T.isVolatileQualified())
    return false;
  T = T.getCanonicalType();
  while (const auto *AT = dyn_cast<ArrayType>(T.getTypePtr()))
    T = AT->getElementType().getCanonicalType();
  if (T->isReferenceType())
    return false;
  if (T->isScalarType())
    return true;
  if (!T->isRecordType())
    return false;
  return Memo.get(T.getTypePtr(),
                  [&] { return computeValueLike(T, /*WithFields=*/true); });
}

} // namespace clang::tidy::memchecks::utils
