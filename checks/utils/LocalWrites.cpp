//===--- LocalWrites.cpp - does a statement write beyond its locals -------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/LocalWrites.h"
#include "utils/ASTHelpers.h"
#include "utils/CopyAnalysis.h"
#include "utils/Expressions.h"
#include "utils/StdLibrary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>

namespace clang::tidy::memchecks::utils {

/// A local value: written, it changes nothing the caller or a global sees.
/// A local pointer is one when \p PointerItself: assigned or incremented,
/// the pointer changes, not what it points at (`*p` and `p->x` have no
/// root); as the object of a call or an argument it stands for its pointee.
static bool isLocalValue(const Expr *LValue, bool PointerItself = false) {
  bool ThisRooted = false;
  const VarDecl *Root = rootVariable(LValue, ThisRooted);
  // A pointer member of a local (`s.next` of `s.next->x = 1`) stands for
  // its pointee too.
  return Root && Root->hasLocalStorage() &&
         !Root->getType()->isReferenceType() &&
         (PointerItself ||
          (!Root->getType()->isPointerType() &&
           !LValue->IgnoreParenImpCasts()->getType()->isPointerType()));
}

static const ParmVarDecl *reachedFromObject(const Expr *E);

/// parameterReached of what the pointer \p E points at.
static const ParmVarDecl *reachedFromPointer(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E);
      U && U->getOpcode() == UO_AddrOf)
    return reachedFromObject(U->getSubExpr());
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  return P && P->getType()->isPointerType() ? P : nullptr;
}

/// parameterReached of the object the lvalue \p E names.
static const ParmVarDecl *reachedFromObject(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      const auto *P = dyn_cast<ParmVarDecl>(Ref->getDecl());
      return P && P->getType()->isReferenceType() ? P : nullptr;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
      if (!Field || Field->getType()->isReferenceType())
        return nullptr;
      if (Member->isArrow())
        return reachedFromPointer(Member->getBase());
      E = Member->getBase();
    } else if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(E)) {
      const Expr *Base = Sub->getBase()->IgnoreParenImpCasts();
      if (Base->getType()->isPointerType())
        return reachedFromPointer(Base);
      E = Base;
    } else if (const auto *U = dyn_cast<UnaryOperator>(E)) {
      if (U->getOpcode() != UO_Deref)
        return nullptr;
      return reachedFromPointer(U->getSubExpr());
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      // `v[i]` of a std value container: a part of it.
      const auto *M = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
      if (!M || Op->getOperator() != OO_Subscript || !isStdElementAccessor(*M))
        return nullptr;
      E = Op->getArg(0);
    } else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
      // `v.front()`, `p->at(i)` of a std value container.
      const CXXMethodDecl *M = Call->getMethodDecl();
      const Expr *Object = Call->getImplicitObjectArgument();
      if (!M || !Object || !isStdElementAccessor(*M))
        return nullptr;
      if (Object->getType()->isPointerType())
        return reachedFromPointer(Object);
      E = Object;
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

const ParmVarDecl *parameterReached(const Expr *LValue) {
  if (!LValue)
    return nullptr;
  return LValue->IgnoreParenImpCasts()->getType()->isPointerType()
             ? reachedFromPointer(LValue)
             : reachedFromObject(LValue);
}

/// The reach of a write to \p LValue (or, for a pointer, to what it points
/// at), which is not a local value's: through a parameter, or anything.
static WriteReach writeThrough(const Expr *LValue, WriteSet &Written) {
  const ParmVarDecl *P = parameterReached(LValue);
  if (!P)
    return WriteReach::Anything;
  if (!llvm::is_contained(Written.Params, P))
    Written.Params.push_back(P);
  return WriteReach::Params;
}

/// A temporary materialised for a reference parameter (`v.push_back(f())`,
/// `"." + name()` binding `std::string &&`): what the callee writes through
/// that reference lands in the temporary, which nothing else can see.
static bool isTemporary(const Expr *E) {
  while (true) {
    E = E->IgnoreParens();
    if (isa<MaterializeTemporaryExpr>(E))
      return true;
    const auto *Cast = dyn_cast<ImplicitCastExpr>(E);
    if (!Cast || Cast->getCastKind() != CK_NoOp)
      return false;
    E = Cast->getSubExpr();
  }
}

/// Whether passing \p Arg to a member of a std-closed class runs only the
/// library's code: the argument's type is std-closed, or a library class of
/// such types (an iterator, a string_view). An argument of the user's type
/// (`v.emplace_back(item)` converting it) could run the user's code inside
/// the library.
static bool isLibraryArgument(const Expr &Arg) {
  QualType T = Arg.getType().getNonReferenceType();
  if (isStdClosedType(T))
    return true;
  const auto *RD = T->getAsCXXRecordDecl();
  return RD && isLibraryClassOfClosedTypes(*RD);
}

/// Whether the member call \p Call of \p M writes only its object: \p M is
/// a member of a std-closed class and every argument is the library's.
static bool writesOnlyItsObject(const CallExpr &Call, const CXXMethodDecl &M) {
  const CXXRecordDecl *RD = M.getParent();
  if (!RD || !isStdClosedType(M.getASTContext().getRecordType(RD)))
    return false;
  for (unsigned I = 0, E = Call.getNumArgs(); I < E; ++I)
    if (!isOperatorObjectArg(&Call, I) && !isLibraryArgument(*Call.getArg(I)))
      return false;
  return true;
}

/// Whether every `return` under \p S (not in a lambda) returns `*this`;
/// \p Any is set when there is one.
static bool returnsOnlyThis(const Stmt *S, bool &Any) {
  if (!S)
    return true;
  if (isa<LambdaExpr>(S))
    return true; // its returns are its own
  if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
    const Expr *Value = Return->getRetValue();
    const auto *Deref =
        Value ? dyn_cast<UnaryOperator>(Value->IgnoreParenImpCasts()) : nullptr;
    Any = true;
    return Deref && Deref->getOpcode() == UO_Deref &&
           isa<CXXThisExpr>(Deref->getSubExpr()->IgnoreParenImpCasts());
  }
  for (const Stmt *Child : S->children())
    if (!returnsOnlyThis(Child, Any))
      return false;
  return true;
}

bool WriteReaches::returnsItsObject(const CXXMethodDecl &M) {
  const FunctionDecl *Def = nullptr;
  if (M.isStatic() || !M.getReturnType()->isLValueReferenceType() ||
      !M.hasBody(Def) || !Def || Def->isDependentContext())
    return false;
  auto [It, Inserted] = ReturnsThis.try_emplace(Def, false);
  if (Inserted) {
    bool Any = false;
    It->second = returnsOnlyThis(Def->getBody(), Any) && Any;
  }
  return It->second;
}

const Expr *WriteReaches::chainStart(const Expr *Object) {
  while (Object) {
    const auto *Call = dyn_cast<CallExpr>(Object->IgnoreParenImpCasts());
    const auto *M =
        Call ? dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee())
             : nullptr;
    if (!M || !returnsItsObject(*M))
      return Object;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      Object = Member->getImplicitObjectArgument();
    else if (isOperatorObjectArg(Call, 0))
      Object = Call->getArg(0);
    else
      return Object;
  }
  return Object;
}

WriteReach WriteReaches::reachOf(const Stmt &S, WriteSet &Written) {
  if (const auto *B = dyn_cast<BinaryOperator>(&S)) {
    if (B->isAssignmentOp())
      return isLocalValue(B->getLHS(), /*PointerItself=*/true)
                 ? WriteReach::LocalsOnly
                 : writeThrough(B->getLHS(), Written);
    return WriteReach::LocalsOnly;
  }
  if (const auto *U = dyn_cast<UnaryOperator>(&S)) {
    if (U->isIncrementDecrementOp())
      return isLocalValue(U->getSubExpr(), /*PointerItself=*/true)
                 ? WriteReach::LocalsOnly
                 : writeThrough(U->getSubExpr(), Written);
    return WriteReach::LocalsOnly;
  }
  if (isa<CXXNewExpr, CXXDeleteExpr, CXXThrowExpr>(&S))
    return WriteReach::Anything;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&S)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (!Ctor || Ctor->isTrivial())
      return WriteReach::LocalsOnly;
    if (mayRunCallback(Ctor))
      return WriteReach::Anything;
    WriteReach Reach = Ctor->isCopyOrMoveConstructor() && Ctor->isDefaulted()
                           ? WriteReach::LocalsOnly
                           : WriteReach::Calls;
    for (unsigned I = 0, E = Construct->getNumArgs(); I < E; ++I)
      if (I < Ctor->getNumParams() &&
          canWriteThrough(Ctor->getParamDecl(I)->getType()) &&
          !isTemporary(Construct->getArg(I)))
        Reach = std::max(Reach, writeThrough(Construct->getArg(I), Written));
    return Reach;
  }
  const auto *Call = dyn_cast<CallExpr>(&S);
  if (!Call)
    return WriteReach::LocalsOnly;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return WriteReach::Anything; // through a pointer: anything
  if (Callee->getBuiltinID() != 0)
    return WriteReach::Calls;
  if (mayRunCallback(Callee))
    return WriteReach::Anything; // a callback can do anything
  // The object of a member call (or an operator's first operand).
  const Expr *Object = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Object = Member->getImplicitObjectArgument();
  else if (isOperatorObjectArg(Call, 0))
    Object = Call->getArg(0);
  // `v[i]`, `v.at(i)` of a std container write nothing (as their const
  // twins, which read): a write through what they return is judged where
  // it is.
  if (const auto *M = dyn_cast<CXXMethodDecl>(Callee);
      M && Object && isStdElementAccessor(*M))
    return WriteReach::LocalsOnly;
  // A non-const member called on what a reference, pointer or `this`
  // reaches: a std-closed class's (`out->push_back(s)`) changes `*out` and
  // what it holds, nothing else; another's, what its object is reached
  // through (a parameter), or anything.
  const CXXRecordDecl *TypedWrite = nullptr;
  WriteReach Reach = WriteReach::Calls;
  if (const auto *M = dyn_cast<CXXMethodDecl>(Callee);
      M && Object && !M->isConst() && !M->isStatic() &&
      !isLocalValue(chainStart(Object))) {
    if (writesOnlyItsObject(*Call, *M))
      TypedWrite = M->getParent();
    else
      Reach = writeThrough(chainStart(Object), Written);
    if (Reach == WriteReach::Anything)
      return Reach;
  }
  for (unsigned I = 0, E = Call->getNumArgs(); I < E; ++I) {
    if (isOperatorObjectArg(Call, I))
      continue;
    const ParmVarDecl *P = paramForArg(Call, I);
    if (!P)
      break; // varargs are by value
    if (canWriteThrough(P->getType()) && !isLocalValue(Call->getArg(I)) &&
        !isTemporary(Call->getArg(I))) {
      Reach = std::max(Reach, writeThrough(Call->getArg(I), Written));
      if (Reach == WriteReach::Anything)
        return Reach;
    }
  }
  if (TypedWrite) {
    Written.Types.push_back(TypedWrite);
    Reach = std::max(Reach, WriteReach::Typed);
  }
  if (Reach != WriteReach::Calls)
    return Reach;
  if (const auto *M = dyn_cast<CXXMethodDecl>(Callee); M && M->isConst() && Object)
    return WriteReach::LocalsOnly; // a const member of a value reads it
  return WriteReach::Calls;
}

WriteSet WriteReaches::of(const Stmt *Root) {
  WriteSet Written;
  if (!Root)
    return Written;
  llvm::SmallVector<const Stmt *, 32> Work{Root};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    Written.Reach = std::max(Written.Reach, reachOf(*S, Written));
    if (Written.Reach == WriteReach::Anything) {
      Written.Types.clear();
      Written.Params.clear();
      return Written;
    }
    for (const Stmt *Child : S->children())
      if (Child)
        Work.push_back(Child);
  }
  return Written;
}

void WriteSet::add(const WriteSet &Other) {
  Reach = std::max(Reach, Other.Reach);
  if (Reach == WriteReach::Anything) {
    Types.clear();
    Params.clear();
    return;
  }
  for (const CXXRecordDecl *RD : Other.Types)
    if (!llvm::is_contained(Types, RD))
      Types.push_back(RD);
  for (const ParmVarDecl *P : Other.Params)
    if (!llvm::is_contained(Params, P))
      Params.push_back(P);
}

/// Whether code in \p From can name the fields of \p RD that are not
/// public: it is written in RD (or in a class inside it), RD has friends,
/// or a public member of RD hands out a pointer or a reference to anything
/// but an RD (an accessor of a private member).
static bool opensFields(const CXXRecordDecl &RD, const DeclContext &From) {
  for (const DeclContext *DC = &From; DC; DC = DC->getParent())
    if (const auto *Enclosing = dyn_cast<CXXRecordDecl>(DC);
        Enclosing && Enclosing->getCanonicalDecl() == RD.getCanonicalDecl())
      return true;
  if (RD.hasFriends())
    return true;
  for (const Decl *D : RD.decls()) {
    const auto *M = dyn_cast<CXXMethodDecl>(D);
    if (const auto *T = dyn_cast<FunctionTemplateDecl>(D))
      M = dyn_cast<CXXMethodDecl>(T->getTemplatedDecl());
    if (!M || M->getAccess() != AS_public)
      continue;
    QualType R = M->getReturnType();
    if (!R->isPointerType() && !R->isReferenceType())
      continue;
    const CXXRecordDecl *Pointee = R->getPointeeType()->getAsCXXRecordDecl();
    if (!Pointee || Pointee->getCanonicalDecl() != RD.getCanonicalDecl())
      return true;
  }
  return false;
}

/// Whether an object of type \p T may hold an object of type \p Inner
/// (canonical, unqualified): be one, or have one as a base, member, array
/// element or (what a template owns) type argument, transitively. Not
/// through pointer or reference members. A class whose definition is not
/// seen may hold anything. With \p From, only the fields code there can
/// reach count (opensFields): a private member is not the caller's to hand
/// over.
static bool mayHold(QualType T, const Type *Inner, const DeclContext *From,
                    llvm::SmallPtrSetImpl<const CXXRecordDecl *> &Seen) {
  const Type *Base = T.getCanonicalType()->getBaseElementTypeUnsafe();
  if (Base->isReferenceType())
    return false;
  if (Base->isDependentType() || Base == Inner)
    return true;
  const CXXRecordDecl *RD = Base->getAsCXXRecordDecl();
  if (!RD)
    return false; // a scalar or a pointer holds no object
  const CXXRecordDecl *InnerClass = Inner->getAsCXXRecordDecl();
  if (InnerClass && RD->getCanonicalDecl() == InnerClass->getCanonicalDecl())
    return true;
  RD = RD->getDefinition();
  if (!RD)
    return true;
  if (!Seen.insert(RD).second)
    return false;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (mayHold(B.getType(), Inner, From, Seen))
      return true;
  bool AllFields = !From || opensFields(*RD, *From);
  for (const FieldDecl *F : RD->fields())
    if ((AllFields || F->getAccess() == AS_public) &&
        mayHold(F->getType(), Inner, From, Seen))
      return true;
  return llvm::any_of(typeArguments(*RD), [&](QualType Arg) {
    return mayHold(Arg, Inner, From, Seen);
  });
}

static bool mayHold(QualType T, const CXXRecordDecl &Inner) {
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  QualType InnerType = Inner.getASTContext().getRecordType(&Inner);
  return mayHold(T, InnerType.getCanonicalType().getTypePtr(), nullptr, Seen);
}

/// What the parameter \p P refers or points to.
static QualType referent(const ParmVarDecl &P) {
  QualType T = P.getType();
  return T->isPointerType() ? T->getPointeeType() : T.getNonReferenceType();
}

/// Whether what the pointer or reference parameter \p Written reaches may
/// overlap the object the parameter \p Other refers to: they are one
/// parameter, either referent type may hold the other (\p Written's by the
/// fields its function can name), one derives from the other, or one is raw
/// bytes (`char`, `void`, `std::byte`) or dependent.
static bool mayOverlap(const ParmVarDecl &Written, const ParmVarDecl &Other) {
  if (&Written == &Other)
    return true;
  const Type *W =
      referent(Written).getCanonicalType().getUnqualifiedType().getTypePtr();
  const Type *O =
      referent(Other).getCanonicalType().getUnqualifiedType().getTypePtr();
  auto IsBytes = [](const Type *T) {
    return T->isVoidType() || T->isCharType() || T->isStdByteType();
  };
  if (W->isDependentType() || O->isDependentType() || IsBytes(W) || IsBytes(O))
    return true;
  const auto *WC = W->getAsCXXRecordDecl();
  const auto *OC = O->getAsCXXRecordDecl();
  if (WC && OC && WC->hasDefinition() && OC->hasDefinition() &&
      (WC->isDerivedFrom(OC) || OC->isDerivedFrom(WC)))
    return true;
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  if (mayHold(QualType(W, 0), O, Written.getDeclContext(), Seen))
    return true;
  Seen.clear();
  return mayHold(QualType(O, 0), W, nullptr, Seen);
}

/// Whether the typed writes of \p Written may change an object of type
/// \p Part, a member of one of type \p Whole.
static bool typedMayChange(const WriteSet &Written, QualType Part,
                           QualType Whole) {
  if (Written.Types.empty())
    return false;
  const CXXRecordDecl *WholeClass = Whole.getCanonicalType()
                                        ->getBaseElementTypeUnsafe()
                                        ->getAsCXXRecordDecl();
  if (!WholeClass)
    return true; // not a class: no answer by type
  return llvm::any_of(Written.Types, [&](const CXXRecordDecl *Class) {
    return mayHold(Part.getNonReferenceType(), *Class) ||
           mayHold(Class->getASTContext().getRecordType(Class), *WholeClass);
  });
}

bool WriteSet::mayChange(QualType T) const {
  if (Reach == WriteReach::Anything || !Params.empty())
    return true;
  return typedMayChange(*this, T, T);
}

/// The object \p LValue is a member of, as far as the expression shows:
/// `a` of `a.b.c` and of `a.arr[i]`, `*p` of `p->x`; \p LValue itself when
/// it names no member.
static QualType enclosingObjectType(const Expr &LValue) {
  const Expr *E = &LValue;
  while (true) {
    E = E->IgnoreParens();
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E);
        Cast && (Cast->getCastKind() == CK_NoOp ||
                 Cast->getCastKind() == CK_DerivedToBase ||
                 Cast->getCastKind() == CK_UncheckedDerivedToBase ||
                 Cast->getCastKind() == CK_ArrayToPointerDecay)) {
      E = Cast->getSubExpr();
      continue;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (Member->isArrow())
        return Member->getBase()->getType()->getPointeeType();
      E = Member->getBase();
      continue;
    }
    // `a.arr[i]`: the element is a part of `a` (not `p[i]` of a pointer).
    if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(E)) {
      const auto *Decay =
          dyn_cast<ImplicitCastExpr>(Sub->getBase()->IgnoreParens());
      if (!Decay || Decay->getCastKind() != CK_ArrayToPointerDecay)
        return E->getType();
      E = Decay->getSubExpr();
      continue;
    }
    return E->getType();
  }
}

bool WriteSet::mayChange(const Expr &LValue, const Expr *Owner) const {
  if (Reach == WriteReach::Anything)
    return true;
  if (typedMayChange(*this, LValue.getType(), enclosingObjectType(LValue)))
    return true;
  if (Params.empty())
    return false;
  const ParmVarDecl *Reached = parameterReached(Owner ? Owner : &LValue);
  return !Reached || llvm::any_of(Params, [&](const ParmVarDecl *P) {
    return mayOverlap(*P, *Reached);
  });
}

/// `pf(x)` or `(*pf)(x)` of a parameter `pf`: the function its caller named
/// (`os << std::hex` runs the manipulator it passed), not one kept in
/// storage to be called back later.
static bool isParameter(const Expr *Callee) {
  const Expr *E = Callee->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E);
      U && U->getOpcode() == UO_Deref)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  return Ref && isa<ParmVarDecl>(Ref->getDecl());
}

bool WriteReaches::findsCallback(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    const Expr *Callee = Call->getCallee();
    if (const FunctionDecl *FD = Call->getDirectCallee()) {
      if (FD->getBuiltinID() == 0 && mayRunCallback(FD))
        return true;
    } else if (Callee && !Callee->isTypeDependent() &&
               !isa<CXXPseudoDestructorExpr>(Callee->IgnoreParens()) &&
               !isParameter(Callee)) {
      return true; // through a pointer to function or to member
    }
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (Ctor && !Ctor->isTrivial() && mayRunCallback(Ctor))
      return true;
  }
  for (const Stmt *Child : S->children())
    if (findsCallback(Child))
      return true;
  return false;
}

bool WriteReaches::mayRunCallback(const FunctionDecl *FD) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def || Def->isDependentContext())
    return false;
  return Callbacks.get(Def->getCanonicalDecl(), [&] {
    if (Depth >= MaxDepth) {
      Callbacks.guessed();
      return false;
    }
    ++Depth;
    bool Found = findsCallback(Def->getBody());
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (!Found)
          Found = findsCallback(Init->getInit());
    --Depth;
    return Found;
  });
}

} // namespace clang::tidy::memchecks::utils
