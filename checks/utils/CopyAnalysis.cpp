//===--- CopyAnalysis.cpp - is this expression a copy, and of what --------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/CopyAnalysis.h"
#include "utils/ASTHelpers.h"
#include "utils/Compat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::memchecks::utils {

static bool isCopyConstructible(const CXXRecordDecl *RD, unsigned Depth) {
  if (!RD || !(RD = RD->getDefinition()) || Depth > 8)
    return true; // unknown: no reason to think otherwise
  bool Declared = false;
  for (const CXXConstructorDecl *Ctor : RD->ctors()) {
    if (!Ctor->isCopyConstructor())
      continue;
    if (!Ctor->isDeleted() && Ctor->getAccess() == AS_public)
      return true;
    Declared = true;
  }
  if (Declared || RD->hasUserDeclaredMoveConstructor() ||
      RD->hasUserDeclaredMoveAssignment())
    return false;
  auto Copyable = [&](QualType T) {
    if (T->isRValueReferenceType())
      return false;
    const Type *Base = T->getBaseElementTypeUnsafe();
    return Base->isReferenceType() ||
           isCopyConstructible(Base->getAsCXXRecordDecl(), Depth + 1);
  };
  for (const CXXBaseSpecifier &B : RD->bases())
    if (!Copyable(B.getType()))
      return false;
  for (const FieldDecl *F : RD->fields())
    if (!Copyable(F->getType()))
      return false;
  return true;
}

bool isCopyConstructible(const CXXRecordDecl *RD) {
  return isCopyConstructible(RD, 0);
}

/// hasAuthoredCopy of the class \p RD; \p Seen holds the classes already
/// asked, whose answer is false or still being found (a class that holds a
/// container of itself).
static bool hasAuthoredCopy(const CXXRecordDecl *RD,
                            llvm::SmallPtrSetImpl<const CXXRecordDecl *> &Seen);

static bool
hasAuthoredCopy(QualType T,
                llvm::SmallPtrSetImpl<const CXXRecordDecl *> &Seen) {
  const Type *Base = T->getBaseElementTypeUnsafe();
  if (Base->isReferenceType())
    return false; // a reference member copies a reference
  return hasAuthoredCopy(Base->getAsCXXRecordDecl(), Seen);
}

static bool
hasAuthoredCopy(const CXXRecordDecl *RD,
                llvm::SmallPtrSetImpl<const CXXRecordDecl *> &Seen) {
  if (!RD || !(RD = RD->getDefinition()) || !Seen.insert(RD).second)
    return false;
  // The standard library's copies equal their source; what it copies of
  // the user's is named by its template arguments (the element type, the
  // allocator, the comparator).
  if (RD->isInStdNamespace()) {
    return llvm::any_of(typeArguments(*RD), [&](QualType Arg) {
      return hasAuthoredCopy(Arg, Seen);
    });
  }
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Ctor->isCopyConstructor() && Ctor->isUserProvided())
      return true;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (hasAuthoredCopy(B.getType(), Seen))
      return true;
  for (const FieldDecl *F : RD->fields())
    if (hasAuthoredCopy(F->getType(), Seen))
      return true;
  return false;
}

bool hasAuthoredCopy(QualType T) {
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  return hasAuthoredCopy(T, Seen);
}

bool isScalarWrapper(QualType T) {
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    const auto *RD = T->getAsCXXRecordDecl();
    RD = RD ? RD->getDefinition() : nullptr;
    if (!RD || RD->isInvalidDecl() || RD->isDependentType() ||
        RD->isUnion() || !T.isTriviallyCopyableType(RD->getASTContext()))
      return false;
    for (const CXXBaseSpecifier &B : RD->bases()) {
      const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
      if (!Base || !Base->isEmpty())
        return false;
    }
    auto Fields = RD->fields();
    if (Fields.empty() || std::next(Fields.begin()) != Fields.end())
      return false;
    QualType FT = Fields.begin()->getType();
    if (FT->isScalarType() && !FT.isVolatileQualified())
      return true;
    T = FT;
  }
  return false;
}

const Expr *copiedLValue(const Expr *Init) {
  if (!Init)
    return nullptr;
  // A scalar is copied by a load of the lvalue, without any conversion
  // (`int x = v[0];`, not `long x = v[0];`).
  if (const auto *Load = dyn_cast<ImplicitCastExpr>(Init->IgnoreParens());
      Load && Load->getCastKind() == CK_LValueToRValue &&
      Load->getType()->isScalarType()) {
    const Expr *Arg = Load->getSubExpr()->IgnoreParens();
    return Arg->isLValue() ? Arg : nullptr;
  }
  Init = Init->IgnoreImplicit();
  if (const auto *Paren = dyn_cast<ParenListExpr>(Init)) {
    if (Paren->getNumExprs() != 1)
      return nullptr;
    Init = Paren->getExpr(0)->IgnoreImplicit();
  }
  const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
  if (!Construct || Construct->getNumArgs() != 1 ||
      isa<CXXTemporaryObjectExpr>(Construct))
    return nullptr;
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  if (!Ctor || !Ctor->isCopyConstructor())
    return nullptr;
  const Expr *Arg = Construct->getArg(0)->IgnoreParenImpCasts();
  // A temporary bound to the copy constructor's parameter is a prvalue that
  // C++14 did not elide; it is not a copy of anything the user can see.
  if (isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr>(Arg) ||
      !Arg->isLValue())
    return nullptr;
  return Arg;
}

/// Whether an argument of type \p ArgType could be what a call of type
/// \p Returned (a glvalue's type, or a pointer) hands back: the same type,
/// or classes one derived from the other.
static bool couldBeReturned(QualType ArgType, QualType Returned) {
  QualType R =
      Returned->isPointerType() ? Returned->getPointeeType() : Returned;
  QualType A = ArgType.getNonReferenceType();
  if (A->getCanonicalTypeUnqualified() == R->getCanonicalTypeUnqualified())
    return true;
  const auto *RA = A->getAsCXXRecordDecl(), *RR = R->getAsCXXRecordDecl();
  return RA && RR && RA->hasDefinition() && RR->hasDefinition() &&
         (RA->isDerivedFrom(RR) || RR->isDerivedFrom(RA));
}

bool mayReferIntoTemporary(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 32; ++Depth) {
    E = E->IgnoreParens();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      return !MTE->getExtendingDecl();
    if (isa<CXXBindTemporaryExpr>(E))
      return true;
    if (const auto *Cast = dyn_cast<CastExpr>(E)) {
      E = Cast->getSubExpr();
      continue;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      E = Member->getBase();
      continue;
    }
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      E = Subscript->getBase();
      continue;
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      if (Unary->getOpcode() != UO_Deref && Unary->getOpcode() != UO_AddrOf)
        return false;
      E = Unary->getSubExpr();
      continue;
    }
    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E))
      return mayReferIntoTemporary(Cond->getTrueExpr()) ||
             mayReferIntoTemporary(Cond->getFalseExpr());
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      // A reference is returned as a glvalue of the referred type.
      QualType Returned = Call->getType();
      if (!Call->isGLValue() && !Returned->isPointerType())
        return false; // a value: a new object, not a part of another
      // The object of a member call (or of a member operator) may own
      // what is returned; an argument of the returned type may be it.
      const Expr *Object = nullptr;
      unsigned FirstArg = 0;
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
        Object = MC->getImplicitObjectArgument();
      } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
                 Op && isa_and_nonnull<CXXMethodDecl>(Op->getCalleeDecl()) &&
                 Op->getNumArgs() > 0) {
        Object = Op->getArg(0);
        FirstArg = 1;
      }
      for (unsigned I = FirstArg; I < Call->getNumArgs(); ++I) {
        const Expr *Arg = Call->getArg(I);
        if (Arg->isGLValue() && couldBeReturned(Arg->getType(), Returned) &&
            mayReferIntoTemporary(Arg))
          return true;
      }
      E = Object;
      continue;
    }
    return false; // a variable, `this`, a literal: not a temporary
  }
  return false;
}

/// Which of \p A and \p B the expression \p S names (bit 1: A, bit 2: B).
static unsigned namedIn(const Stmt *S, const VarDecl *A, const VarDecl *B) {
  if (!S)
    return 0;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    return (Ref->getDecl() == A ? 1u : 0u) | (Ref->getDecl() == B ? 2u : 0u);
  unsigned Named = 0;
  for (const Stmt *Child : S->children())
    if ((Named |= namedIn(Child, A, B)) == 3)
      break;
  return Named;
}

/// Whether \p S has a part of type \p T (qualifiers aside) that names
/// \p Source: `s1` itself, `v[0]` of a `v` holding such values.
static bool namesSourceAs(const Stmt *S, const VarDecl &Source, QualType T) {
  if (!S)
    return false;
  if (const auto *E = dyn_cast<Expr>(S);
      E && isSameUnqualifiedType(E->getType(), T) &&
      (namedIn(E, &Source, nullptr) & 1u))
    return true;
  for (const Stmt *Child : S->children())
    if (namesSourceAs(Child, Source, T))
      return true;
  return false;
}

/// Whether a full-expression under \p S names \p Copy and, as a value of
/// the copy's type, what \p Source holds.
static bool setBesideItsSource(const Stmt *S, const VarDecl &Copy,
                               const VarDecl &Source) {
  if (!S)
    return false;
  if (isa<Expr>(S))
    return (namedIn(S, &Copy, nullptr) & 1u) &&
           namesSourceAs(S, Source, Copy.getType());
  for (const Stmt *Child : S->children())
    if (setBesideItsSource(Child, Copy, Source))
      return true;
  return false;
}

bool usedWithItsSource(const VarDecl &Copy, const VarDecl &Source,
                       llvm::ArrayRef<const Stmt *> Life) {
  for (const Stmt *S : Life)
    if (setBesideItsSource(S, Copy, Source))
      return true;
  return false;
}

StringRef shortCopiedText(const VarDecl &Var, size_t MaxLength) {
  const Expr *Source = copiedLValue(Var.getInit());
  if (!Source || Source->getSourceRange().isInvalid() ||
      !Source->getBeginLoc().isFileID() || !Source->getEndLoc().isFileID())
    return "";
  const ASTContext &Ctx = Var.getASTContext();
  StringRef Text = Lexer::getSourceText(
      CharSourceRange::getTokenRange(Source->getSourceRange()),
      Ctx.getSourceManager(), Ctx.getLangOpts());
  return Text.size() <= MaxLength && !Text.contains('\n') ? Text : "";
}

bool classifyCopy(const VarDecl &Var, const CXXForRangeStmt *EnclosingRangeFor,
                  CopyShape &Shape) {
  if (Var.getType()->isReferenceType())
    return false;
  if (const auto *P = dyn_cast<ParmVarDecl>(&Var)) {
    Shape = compat::isExplicitObjectParam(P) ? CopyShape::ExplicitObject
                                             : CopyShape::Param;
    return true;
  }
  if (!Var.hasLocalStorage() || !Var.hasInit())
    return false;
  if (!copiedLValue(Var.getInit()))
    return false;
  Shape = EnclosingRangeFor && EnclosingRangeFor->getLoopVariable() == &Var
              ? CopyShape::RangeElement
              : CopyShape::Local;
  return true;
}

const CallExpr *temporaryFromCall(const Expr *Object) {
  if (!Object)
    return nullptr;
  const Expr *E = Object->IgnoreImplicit();
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call || isa<CXXOperatorCallExpr>(Call) || Call->isGLValue())
    return nullptr;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || Callee->getReturnType()->isReferenceType() ||
      !Call->getType()->isRecordType())
    return nullptr;
  return Call;
}

const Expr *sameObjectParent(const Expr *E, FunctionContext &F) {
  const Stmt *P = F.parent(E);
  if (!P)
    return nullptr;
  if (isa<ParenExpr, ExprWithCleanups, ConstantExpr>(P))
    return cast<Expr>(P);
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(P)) {
    switch (Cast->getCastKind()) {
    case CK_NoOp:
    case CK_DerivedToBase:
    case CK_UncheckedDerivedToBase:
      return Cast;
    case CK_ArrayToPointerDecay: {
      const Stmt *PP = F.parent(Cast);
      while (isa_and_nonnull<ParenExpr>(PP))
        PP = F.parent(PP);
      const auto *ASE = dyn_cast_or_null<ArraySubscriptExpr>(PP);
      return ASE && ASE->getBase()->IgnoreParens() == Cast ? ASE : nullptr;
    }
    default:
      return nullptr;
    }
  }
  if (const auto *ME = dyn_cast<MemberExpr>(P)) {
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (ME->getBase() == E && Field && !Field->getType()->isReferenceType())
      return ME;
  }
  return nullptr;
}

/// Whether the lvalue \p E, returned by an iterator's `operator*`, is reached
/// through a pointer the iterator holds, not stored in the iterator itself:
/// `*_M_current`, `this->_M_cur->_M_v()`, `*static_cast<Node *>(n)->valptr()`.
/// A field of the iterator (`return _M_value;` of an istream_iterator) or
/// anything else is not.
static bool throughHeldPointer(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *U = dyn_cast<UnaryOperator>(E))
      return U->getOpcode() == UO_Deref &&
             U->getSubExpr()->getType()->isPointerType();
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      return AS->getBase()->getType()->isPointerType();
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      const Expr *Base = ME->getBase()->IgnoreParenCasts();
      if (ME->isArrow())
        return !isa<CXXThisExpr>(Base) && Base->getType()->isPointerType();
      E = Base;
    } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      // An accessor returning a reference: judged by how its object is
      // reached, as a field would be (the callee is a MemberExpr).
      const CXXMethodDecl *M = MC->getMethodDecl();
      if (!M || !M->getReturnType()->isReferenceType())
        return false;
      E = MC->getCallee();
    } else {
      return false;
    }
  }
  return false;
}

/// Whether the pointer \p E, returned by an iterator's `operator->`, is one
/// the iterator holds or reaches through one (`_M_current`,
/// `this->_M_cur->_M_valptr()`), not the address of its own field.
static bool heldPointer(const Expr *E) {
  E = E ? E->IgnoreParenCasts() : nullptr;
  if (!E || !E->getType()->isPointerType())
    return false;
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return isa<FieldDecl>(ME->getMemberDecl());
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    return throughHeldPointer(MC->getCallee());
  return false;
}

/// Whether advancing an iterator of class \p RD leaves what `*it` (\p Op
/// OO_Star) or `it->` (OO_Arrow) reached in place: the first such operator
/// it declares is one `return` of an element reached through a pointer it
/// holds (the std containers' iterators). Not for an iterator that keeps the
/// value itself (std::istream_iterator, std::regex_iterator), nor for one
/// whose operator is not visible (not instantiated) or does more.
static bool elementOutsideIterator(const CXXRecordDecl *RD,
                                   OverloadedOperatorKind Op) {
  if (!RD || !RD->hasDefinition())
    return false;
  for (const CXXMethodDecl *M : RD->getDefinition()->methods()) {
    if (M->getOverloadedOperator() != Op || M->getNumParams() != 0)
      continue;
    const FunctionDecl *Def = nullptr;
    if (!M->hasBody(Def) || !Def)
      return false;
    const auto *Body = dyn_cast_or_null<CompoundStmt>(Def->getBody());
    if (!Body || Body->size() != 1)
      return false;
    const auto *Ret = dyn_cast<ReturnStmt>(Body->body_front());
    if (!Ret)
      return false;
    return Op == OO_Star ? throughHeldPointer(Ret->getRetValue())
                         : heldPointer(Ret->getRetValue());
  }
  return false;
}

/// The walk of rootVariable (\p Accessors false: `.` fields only) and of
/// sourceRoot (true).
static const VarDecl *rootOf(const Expr *LValue, bool &ThisRooted,
                             bool Accessors) {
  ThisRooted = false;
  const Expr *E = LValue;
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(DRE->getDecl());
    if (isa<CXXThisExpr>(E)) {
      ThisRooted = true;
      return nullptr;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (!isa<FieldDecl>(ME->getMemberDecl()))
        return nullptr;
      const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
      if (ME->isArrow() && (!Accessors || !isa<CXXOperatorCallExpr>(Base))) {
        // `this->x`, or `p->x`: what p points at stays when p moves.
        ThisRooted = isa<CXXThisExpr>(Base);
        return nullptr;
      }
      E = Base; // `a.x`, and `it->x` through the iterator's `operator->`
    } else if (!Accessors) {
      return nullptr;
    } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      if (AS->getBase()->IgnoreParenImpCasts()->getType()->isPointerType())
        return nullptr; // `p[i]`, as `*p`
      E = AS->getBase();
    } else if (const auto *U = dyn_cast<UnaryOperator>(E);
               U && U->getOpcode() == UO_Deref) {
      // `*p`: what p points at stays where it is when p moves.
      return nullptr;
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      OverloadedOperatorKind K = Op->getOperator();
      if ((K != OO_Star && K != OO_Arrow && K != OO_Subscript) ||
          Op->getNumArgs() == 0)
        return nullptr;
      // `*it` and `it->` of an iterator over a container's elements: the
      // element stays where it is when the iterator moves; one that keeps
      // the value itself changes it.
      if (K != OO_Subscript &&
          elementOutsideIterator(Op->getArg(0)->getType()->getAsCXXRecordDecl(),
                                 K))
        return nullptr;
      E = Op->getArg(0); // `*it`, `it->`, `v[i]`
    } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      // An accessor handing out a reference into its object (`v.at(i)`,
      // `v.front()`, `holder.items()`).
      const CXXMethodDecl *M = MC->getMethodDecl();
      if (!M || M->isStatic() || !M->getReturnType()->isReferenceType())
        return nullptr;
      // `p->name()`, `this->name()`: as `p->x`.
      if (const auto *Callee =
              dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens());
          Callee && Callee->isArrow()) {
        ThisRooted = isa<CXXThisExpr>(Callee->getBase()->IgnoreParenImpCasts());
        return nullptr;
      }
      E = MC->getImplicitObjectArgument();
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

const VarDecl *rootVariable(const Expr *LValue, bool &ThisRooted) {
  return rootOf(LValue, ThisRooted, /*Accessors=*/false);
}

const VarDecl *sourceRoot(const Expr *LValue, bool &ThisRooted) {
  return rootOf(LValue, ThisRooted, /*Accessors=*/true);
}

static bool isDependentCopy(const VarDecl *V) {
  return V && !V->isInvalidDecl() && V->getType()->isDependentType() &&
         !V->getType()->isReferenceType();
}

static void collectDependentCopies(const Stmt *S,
                                   llvm::SmallVectorImpl<SourceLocation> &Out,
                                   bool &Judgeable) {
  if (!S)
    return;
  if (const auto *If = dyn_cast<IfStmt>(S); If && If->isConstexpr())
    Judgeable = false;
  if (const auto *DS = dyn_cast<DeclStmt>(S))
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D); isDependentCopy(V))
        Out.push_back(V->getLocation());
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(S))
    if (isDependentCopy(RF->getLoopVariable()))
      Out.push_back(RF->getLoopVariable()->getLocation());
  for (const Stmt *C : S->children())
    collectDependentCopies(C, Out, Judgeable);
}

void dependentCopies(const FunctionDecl &Pattern,
                     llvm::SmallVectorImpl<SourceLocation> &Out) {
  bool Judgeable = true;
  for (const ParmVarDecl *P : Pattern.parameters())
    if (isDependentCopy(P) && !P->isParameterPack())
      Out.push_back(P->getLocation());
  collectDependentCopies(Pattern.getBody(), Out, Judgeable);
  if (!Judgeable)
    Out.clear();
}

const llvm::SmallVectorImpl<SourceLocation> *
DependentCopyIndex::of(const FunctionDecl &Instance) {
  const FunctionDecl *Pattern = Instance.getTemplateInstantiationPattern();
  if (!Pattern || !Pattern->getBody() || Instance.isInvalidDecl() ||
      !Instance.getBody())
    return nullptr;
  auto [It, Inserted] = Copies.try_emplace(Pattern);
  if (Inserted)
    dependentCopies(*Pattern, It->second);
  // The instance's body is walked only when its template has something to
  // judge: most instantiations have no dependent copy.
  if (It->second.empty() || !isWellFormed(Instance))
    return nullptr;
  return &It->second;
}

} // namespace clang::tidy::memchecks::utils
