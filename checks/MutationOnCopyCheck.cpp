//===--- MutationOnCopyCheck.cpp - memchecks ------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "MutationOnCopyCheck.h"
#include "utils/ASTHelpers.h"
#include "utils/EscapeAnalysis.h"
#include "utils/Expressions.h"
#include "utils/ObservedAfter.h"
#include "utils/TypeSize.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/OperatorKinds.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks {

using utils::CopyShape;

MutationOnCopyCheck::MutationOnCopyCheck(StringRef Name,
                                         ClangTidyContext *Context)
    : FunctionCheck(Name, Context),
      ValueTypes(*this, Options, Name, "ValueTypes"),
      HandleTypes(*this, Options, Name, "HandleTypes"),
      Effects([this](const CXXRecordDecl *RD) { return isValueType(RD); },
              [this](const CXXRecordDecl *RD) { return isHandleType(RD); }) {}

void MutationOnCopyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  ValueTypes.store(Options, Opts);
  HandleTypes.store(Options, Opts);
}

void MutationOnCopyCheck::registerMatchers(MatchFinder *Finder) {
  registerFunctionMatchers(Finder);
  // Instantiations, only for the copies whose type the template left
  // dependent.
  Finder->addMatcher(
      traverse(TK_AsIs,
               functionDecl(isDefinition(),
                            ast_matchers::isTemplateInstantiation(),
                            unless(isExpansionInSystemHeader()))
                   .bind("instance")),
      this);
}

void MutationOnCopyCheck::onEndOfTranslationUnit() {
  Effects.clear();
  Reported.clear();
  DependentCopies.clear();
}

bool MutationOnCopyCheck::isHandleType(const CXXRecordDecl *RD) const {
  if (!RD)
    return true;
  if (HandleTypes.matches(RD))
    return true;
  if (ValueTypes.matches(RD))
    return false;
  return utils::isStdHandleType(RD);
}

bool MutationOnCopyCheck::isValueType(const CXXRecordDecl *RD) const {
  if (!RD || HandleTypes.matches(RD))
    return false;
  return ValueTypes.matches(RD) || utils::isStdValueType(RD);
}

bool MutationOnCopyCheck::isCopyableValue(QualType T) {
  if (T.isNull() || T->isDependentType() || T.isVolatileQualified() ||
      T->isReferenceType())
    return false;
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || isHandleType(RD))
    return false;
  return Effects.isValueLike(T);
}

void MutationOnCopyCheck::analyseInstantiation(const FunctionDecl *FD,
                                               ASTContext &Ctx) {
  const llvm::SmallVectorImpl<SourceLocation> *Found = DependentCopies.of(*FD);
  if (!Found)
    return;
  llvm::SmallVector<SourceLocation, 4> Locs(Found->begin(), Found->end());
  analyseFunction(FD, Ctx, Locs);
}

void MutationOnCopyCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Inst = Result.Nodes.getNodeAs<FunctionDecl>("instance")) {
    analyseInstantiation(Inst, *Result.Context);
    return;
  }
  FunctionCheck::check(Result);
}

void MutationOnCopyCheck::checkFunction(const FunctionDecl &FD,
                                        ASTContext &Ctx) {
  analyseFunction(&FD, Ctx);
}

void MutationOnCopyCheck::analyseFunction(
    const FunctionDecl *FD, ASTContext &Ctx,
    llvm::ArrayRef<SourceLocation> OnlyCopiesAt) {
  Stmt *Body = FD->getBody();
  // A coroutine's parameters and locals live in its frame across
  // suspension points; leave them alone.
  if (!Body || isa<CoroutineBodyStmt>(Body))
    return;
  utils::FunctionContext F(*FD, Ctx);
  this->OnlyCopiesAt = OnlyCopiesAt;
  for (const ParmVarDecl *P : FD->parameters()) {
    CopyShape Shape;
    if (wants(*P, F) && utils::classifyCopy(*P, nullptr, Shape))
      analyseCopy(*P, Shape, F, nullptr);
  }
  collect(Body, F, nullptr);
  this->OnlyCopiesAt = {};
}

bool MutationOnCopyCheck::wants(const VarDecl &V,
                                const utils::FunctionContext &F) const {
  return !F.function().isTemplateInstantiation() ||
         llvm::is_contained(OnlyCopiesAt, V.getLocation());
}

void MutationOnCopyCheck::collect(const Stmt *S, utils::FunctionContext &F,
                                  const CXXForRangeStmt *RangeFor) {
  if (!S || isa<LambdaExpr>(S))
    return; // a lambda body is analysed as a function of its own
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(S)) {
    // Only the parts the user wrote: the range, begin and end variables are
    // the compiler's.
    collect(RF->getInit(), F, nullptr);
    collect(RF->getRangeInit(), F, nullptr);
    if (const VarDecl *LV = RF->getLoopVariable()) {
      CopyShape Shape;
      if (wants(*LV, F) && utils::classifyCopy(*LV, RF, Shape))
        analyseCopy(*LV, Shape, F, RF);
    }
    collect(RF->getBody(), F, nullptr);
    return;
  }
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D)) {
        CopyShape Shape;
        if (wants(*V, F) && utils::classifyCopy(*V, nullptr, Shape))
          analyseCopy(*V, Shape, F, nullptr);
      }
  }
  if (const auto *Call = dyn_cast<CallExpr>(S);
      Call && !F.function().isTemplateInstantiation())
    analyseTemporaryCall(Call, F);
  for (const Stmt *Child : S->children())
    collect(Child, F, nullptr);
}

static const Stmt *loopBody(const Stmt *S) {
  if (const auto *For = dyn_cast<ForStmt>(S))
    return For->getBody();
  if (const auto *While = dyn_cast<WhileStmt>(S))
    return While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(S))
    return Do->getBody();
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(S))
    return RF->getBody();
  return nullptr;
}

static std::string operatorName(const CallExpr *Call, const FunctionDecl *FD) {
  if (FD->getOverloadedOperator() != OO_None)
    return getOperatorSpelling(FD->getOverloadedOperator());
  if (FD->getIdentifier())
    return FD->getName().str();
  return FD->getNameAsString();
}

MutationOnCopyCheck::Use MutationOnCopyCheck::classifyArgument(
    const Expr *CallOrConstruct, const Expr *Arg, utils::FunctionContext &F) {
  Use Escape;
  const FunctionDecl *Callee = utils::calleeOf(CallOrConstruct);
  // Not a parameter (the object of a member operator), or varargs.
  const ParmVarDecl *Param = utils::paramForArg(
      CallOrConstruct, utils::argIndexOf(CallOrConstruct, Arg));
  if (!Param)
    return Escape;
  if (utils::isStdMoveOrForward(Callee) ||
      (Callee->isInStdNamespace() && Callee->getIdentifier() &&
       (Callee->getName() == "swap" || Callee->getName() == "exchange")))
    return Escape;
  const unsigned Index = Param->getFunctionScopeIndex();
  QualType ParamT = Param->getType();
  if (utils::isNonConstRef(ParamT)) {
    // `void bump(Counter &c) { ++c.n; }` called on the copy: a mutation when
    // the function writes nothing else and its result is thrown away.
    // A member function could also move the copy's state or address into
    // its own object, unless it never writes that object.
    const auto *Call = dyn_cast<CallExpr>(CallOrConstruct);
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    if (!Call || !ParamT->isLValueReferenceType() ||
        (Method && !Method->isStatic() &&
         (Method->isVirtual() || Effects.mayWriteObject(Method))) ||
        !Effects.isSelfContained(Callee))
      return Escape;
    for (unsigned I = 0; I < Callee->getNumParams(); ++I) {
      QualType T = Callee->getParamDecl(I)->getType();
      if (I != Index && (utils::isNonConstRef(T) || T->isPointerType()))
        return Escape;
    }
    if (!Callee->getReturnType()->isVoidType() && !utils::isDiscarded(Call, F))
      return Escape;
    Use U;
    U.K = Use::Mutation;
    U.Site = Call;
    U.What = operatorName(Call, Callee);
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
        M && isValueType(M->getParent()) && Made->isReferenceType() &&
        Made.getNonReferenceType()->getAsCXXRecordDecl() &&
        Made.getNonReferenceType()->getAsCXXRecordDecl()->getCanonicalDecl() ==
            M->getParent()->getCanonicalDecl())
      return Use{Use::Read, nullptr, ""};
    if (Made->isVoidType() || Made->isScalarType() ? !Made->isPointerType()
                                                   : Effects.isValueLike(Made))
      return Use{Use::Read, nullptr, ""};
    return Escape;
  }
  return Use{Use::Read, nullptr, ""};
}

MutationOnCopyCheck::Use MutationOnCopyCheck::classifyMethodCall(
    const CallExpr *Call, const CXXMethodDecl *M, utils::FunctionContext &F,
    const Expr *&Cur) {
  Use Escape;
  if (M->isStatic())
    return Escape;
  // Arguments that the call may write or keep: the copy's state can flow
  // into them (`c.swap(other)`, `c.moveTo(dst)`).
  for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
    if (utils::isOperatorObjectArg(Call, I))
      continue;
    QualType T = Call->getArg(I)->getType();
    if (T->isPointerType() && !T->getPointeeType().isConstQualified())
      return Escape;
    if (const ParmVarDecl *P = utils::paramForArg(Call, I);
        P && utils::isNonConstLValueRef(P->getType()))
      return Escape;
  }
  QualType Ret = M->getReturnType();
  if (M->isConst()) {
    // A reference into the object is followed; a pointer or a handle (an
    // iterator) that is kept would see later changes.
    if (Ret->isReferenceType()) {
      Cur = Call;
      return Use{Use::Follow, nullptr, ""};
    }
    if (Ret->isPointerType() ||
        (Ret->isRecordType() && !Effects.isValueLike(Ret))) {
      const Stmt *P = utils::spelledParent(Call, F);
      while (isa_and_nonnull<CXXConstructExpr>(P))
        P = utils::spelledParent(P, F);
      if (!P || isa<DeclStmt, ReturnStmt>(P) ||
          (isa<BinaryOperator>(P) &&
           cast<BinaryOperator>(P)->isAssignmentOp()) ||
          (isa<CXXOperatorCallExpr>(P) &&
           cast<CXXOperatorCallExpr>(P)->getOperator() == OO_Equal))
        return Escape;
    }
    return Use{Use::Read, nullptr, ""};
  }
  bool KnownValue = isValueType(M->getParent());
  if (!KnownValue && (isHandleType(M->getParent()) ||
                      !Effects.isSelfContained(M)))
    return Escape;
  bool Discarded = utils::isDiscarded(Call, F);
  Use Mut{Use::Mutation, Call, operatorName(Call, M)};
  if (Ret->isVoidType() || Discarded)
    // A visible body that writes nothing (`bool ok() { return true; }`)
    // changes nothing; an invisible one of a known value class is trusted
    // to change the value.
    return Effects.mayWriteObject(M) ? Mut : Use{Use::Read, nullptr, ""};
  if (Ret->isReferenceType() && KnownValue &&
      !Ret.getNonReferenceType().isConstQualified()) {
    // `m["k"] = 1`, `v.front().n++`: a sub-object of a value type.
    Cur = Call;
    return Use{Use::Follow, nullptr, ""};
  }
  if (Ret->isReferenceType() || Ret->isPointerType())
    return Escape;
  // The result may carry the new state (`int n = c.inc();`).
  return Use{Use::Read, nullptr, ""};
}

MutationOnCopyCheck::Use
MutationOnCopyCheck::classify(const DeclRefExpr *Ref,
                              utils::FunctionContext &F) {
  Use Escape;
  const Expr *Cur = Ref;
  for (unsigned Steps = 0; Steps < 64; ++Steps) {
    const Stmt *P = F.parent(Cur);
    if (!P)
      return Escape;
    if (const Expr *Part = utils::sameObjectParent(Cur, F)) {
      Cur = Part;
      continue;
    }
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(P))
      return Cast->getCastKind() == CK_LValueToRValue
                 ? Use{Use::Read, nullptr, ""}
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
      Use U = classifyMethodCall(Call, M, F, Cur);
      if (U.K == Use::Follow)
        continue;
      return U;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P)) {
      const auto *M = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
      if (M && Op->getNumArgs() > 0 && Op->getArg(0) == Cur) {
        if (!compat::isImplicitObjectMemberFunction(M))
          return Escape;
        Use U = classifyMethodCall(Op, M, F, Cur);
        if (U.K == Use::Follow)
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
          return Use{Use::Read, nullptr, ""};
      }
      return classifyArgument(cast<Expr>(P), Cur, F);
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(P)) {
      if (UO->isIncrementDecrementOp())
        return utils::isDiscarded(UO, F)
                   ? Use{Use::Mutation, UO,
                         UnaryOperator::getOpcodeStr(UO->getOpcode()).str()}
                   : Use{Use::Read, nullptr, ""};
      return Escape;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(P)) {
      if (BO->isAssignmentOp() && BO->getLHS() == Cur)
        return utils::isDiscarded(BO, F)
                   ? Use{Use::Mutation, BO,
                         BinaryOperator::getOpcodeStr(BO->getOpcode()).str()}
                   : Use{Use::Read, nullptr, ""};
      if (BO->getOpcode() == BO_Comma && BO->getLHS() == Cur)
        return Use{Use::Read, nullptr, ""};
      return Escape;
    }
    if (isa<ReturnStmt>(P))
      return Use{Use::Read, nullptr, ""};
    if (const auto *DS = dyn_cast<DeclStmt>(P)) {
      // A local reference bound to the copy or a part of it: its own uses
      // are the copy's.
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D);
            V && !V->isImplicit() && V->getType()->isLValueReferenceType() &&
            V->hasLocalStorage() && !isa<DecompositionDecl>(V) &&
            V->getInit() && V->getInit()->IgnoreParens() == Cur)
          return Use{Use::Alias, nullptr, "", V};
      // The range of a range-for: read, unless the loop's variable is a
      // non-const reference that can write into the copy.
      const auto *RF = dyn_cast_or_null<CXXForRangeStmt>(F.parent(DS));
      if (!RF || RF->getRangeStmt() != DS || !RF->getLoopVariable())
        return Escape;
      QualType LT = RF->getLoopVariable()->getType();
      if (LT->isReferenceType() && !LT.getNonReferenceType().isConstQualified())
        return Escape;
      return Use{Use::Read, nullptr, ""};
    }
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(P))
      if (Cast->getTypeAsWritten()->isVoidType())
        return Use{Use::Read, nullptr, ""};
    return Escape;
  }
  return Escape;
}

/// Whether the token at \p Loc comes from a macro's definition rather than
/// from an argument the user passed to it.
static bool isSpelledInMacroBody(SourceLocation Loc, const SourceManager &SM) {
  return Loc.isMacroID() && SM.getFileLoc(Loc) != SM.getSpellingLoc(Loc);
}

/// Whether \p Site is a plain `=` to \p Ref or to a field path of it.
static bool isPlainAssignment(const DeclRefExpr *Ref, const Stmt *Site) {
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
    return assignmentReplacesAll(T->getBaseElementTypeUnsafe()
                                     ->getAsCXXRecordDecl(),
                                 Proven, Depth + 1);
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
static bool isWholeOverwrite(const VarDecl &Var, const DeclRefExpr *Ref,
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

bool MutationOnCopyCheck::mutatesOwnPart(const DeclRefExpr *Ref,
                                         const Expr *Site,
                                         utils::FunctionContext &F) {
  const Expr *Part = Ref;
  for (unsigned Steps = 0; Steps < 32; ++Steps) {
    const Stmt *P = F.parent(Part);
    if (!P)
      return false;
    if (P == Site)
      break;
    if (isa<ParenExpr>(P) ||
        (isa<ImplicitCastExpr>(P) &&
         llvm::is_contained(
             {CK_NoOp, CK_UncheckedDerivedToBase, CK_DerivedToBase},
             cast<ImplicitCastExpr>(P)->getCastKind()))) {
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
  return Effects.isValueLike(Part->getType());
}

bool MutationOnCopyCheck::aliasOnlyReads(
    const VarDecl &Alias, utils::FunctionContext &F,
    llvm::SmallVectorImpl<const Stmt *> &Reads, unsigned Depth) {
  if (Depth > 4)
    return false;
  for (const DeclRefExpr *R :
       utils::findRefs(Alias, F.scopeOf(Alias), F.astContext())) {
    // Inside a nested lambda, a use runs at an unknown time.
    for (const Stmt *S = F.parent(R); S && S != &F.body(); S = F.parent(S))
      if (isa<LambdaExpr>(S))
        return false;
    Use U = classify(R, F);
    if (U.K == Use::Alias) {
      if (!aliasOnlyReads(*U.Bound, F, Reads, Depth + 1))
        return false;
      continue;
    }
    if (U.K != Use::Read)
      return false;
    Reads.push_back(R);
  }
  return true;
}

void MutationOnCopyCheck::analyseCopy(const VarDecl &Var, CopyShape Shape,
                                      utils::FunctionContext &F,
                                      const CXXForRangeStmt *RangeFor) {
  const ASTContext &Ctx = F.astContext();
  const SourceManager &SM = Ctx.getSourceManager();
  if (Var.isInvalidDecl() || Var.hasAttr<UnusedAttr>() ||
      Var.getLocation().isInvalid() ||
      SM.isInSystemHeader(SM.getExpansionLoc(Var.getLocation())))
    return;
  if (!isa<ParmVarDecl>(Var) && !Var.hasLocalStorage())
    return; // a static local keeps its state for the next call
  const auto *DD = dyn_cast<DecompositionDecl>(&Var);
  if (!DD && !Var.getIdentifier())
    return;
  QualType T = Var.getType();
  const bool Scalar = T->isArithmeticType() || T->isEnumeralType();
  if (Scalar) {
    // Scalars only as range-for elements and local copies: a by-value scalar
    // parameter that is changed and then dropped (`while (n--)`) is mostly
    // deliberate.
    if (T.isVolatileQualified() || (Shape != CopyShape::RangeElement &&
                                    Shape != CopyShape::Local))
      return;
  }
  // A class whose other members are opaque still owns its value-like
  // fields: only changes to those are judged.
  bool OwnPartsOnly = false;
  if (!Scalar && !isCopyableValue(T)) {
    const auto *RD = T->getAsCXXRecordDecl();
    if (T.isNull() || T->isDependentType() || T->isReferenceType() || !RD ||
        !RD->hasDefinition() || isHandleType(RD) || !Effects.isValueShell(T))
      return;
    OwnPartsOnly = true;
  }
  // A strong typedef of a scalar passed by value is reassigned as
  // deliberately as the scalar would be (`if (t.v > max) t.v = max;`).
  const bool WrappedScalarParam =
      Shape == CopyShape::Param && utils::isScalarWrapper(T);
  // A constructor's initializers may bind a member to the parameter.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&F.function()))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten() && Init->getInit() &&
          !utils::findRefs(Var, *Init->getInit(), F.astContext()).empty())
        return;

  // A local is only named inside the statement that declares it: search
  // there, not the whole body, or a function with many short-lived copies
  // is scanned once per copy.
  const Stmt *Scope = &F.body();
  if (RangeFor)
    Scope = RangeFor;
  else if (!isa<ParmVarDecl>(Var))
    Scope = &F.scopeOf(Var);
  llvm::SmallVector<const DeclRefExpr *, 8> Refs =
      utils::findObjectRefs(Var, *Scope, F.astContext());
  if (Refs.empty())
    return;
  struct Mutation {
    const DeclRefExpr *Ref;
    Use U;
  };
  llvm::SmallVector<Mutation, 4> Mutations;
  llvm::SmallVector<const Stmt *, 8> Observers;
  llvm::SmallVector<const Stmt *, 2> Overwrites;
  for (const DeclRefExpr *R : Refs) {
    // A use inside a nested lambda's body runs at an unknown time. Captured
    // by copy, it is the closure's own object, and the capture read the
    // copy where the lambda is made; captured by reference, it is an alias.
    const LambdaExpr *Outer = nullptr;
    const Stmt *OuterChild = nullptr;
    for (const Stmt *S = F.parent(R), *Prev = R; S && S != &F.body();
         Prev = S, S = F.parent(S))
      if (const auto *L = dyn_cast<LambdaExpr>(S)) {
        Outer = L;
        OuterChild = Prev;
      }
    if (Outer && !llvm::is_contained(Outer->capture_inits(), OuterChild)) {
      if (DD)
        return;
      const LambdaCapture *ByCopy = nullptr;
      for (const LambdaCapture &C : Outer->captures())
        if (C.capturesVariable() && C.getCapturedVar() == &Var &&
            C.getCaptureKind() == LCK_ByCopy)
          ByCopy = &C;
      if (!ByCopy)
        return;
      if (!llvm::is_contained(Observers, Outer))
        Observers.push_back(Outer);
      continue;
    }
    Use U = classify(R, F);
    if (U.K == Use::Alias) {
      // Only reads through the alias are followed; each counts where it is.
      if (!aliasOnlyReads(*U.Bound, F, Observers))
        return;
      continue;
    }
    if (U.K == Use::Escape)
      return;
    if (U.K == Use::Mutation && U.Site) {
      if (OwnPartsOnly && !mutatesOwnPart(R, U.Site, F))
        continue;
      if (isWholeOverwrite(Var, R, U.Site))
        Overwrites.push_back(U.Site);
      // A macro that changes a scalar (`#define EAT(c) {... p++; }`) does so
      // at every expansion; the last one being dead is the macro's shape.
      bool Exempt =
          (Scalar && isSpelledInMacroBody(U.Site->getExprLoc(), SM)) ||
          (WrappedScalarParam && isPlainAssignment(R, U.Site));
      if (!Exempt)
        Mutations.push_back({R, U});
    } else
      Observers.push_back(R);
  }
  if (Mutations.empty())
    return;
  // Source order; sites are distinct expressions, so ties do not occur
  // (std::stable_sort would pull in a deprecated libstdc++ helper).
  llvm::sort(Mutations, [&SM](const Mutation &A, const Mutation &B) {
    return SM.isBeforeInTranslationUnit(A.U.Site->getBeginLoc(),
                                        B.U.Site->getBeginLoc());
  });
  // Every lost mutation is reported where it happens; the fix-it (one edit
  // of the declaration) goes with the first. When a change is lost only
  // because the copy is overwritten afterwards (`c.inc(); c = Counter{};
  // use(c);`), binding by reference would not save it, so no fix-it.
  llvm::SmallVector<const Mutation *, 4> Lost;
  bool OverwriteLosesChange = false;
  for (const Mutation &M : Mutations) {
    if (utils::isObservedAfter(F, Var, *M.U.Site, Observers, Overwrites))
      continue;
    Lost.push_back(&M);
    if (!Overwrites.empty() &&
        utils::isObservedAfter(F, Var, *M.U.Site, Observers))
      OverwriteLosesChange = true;
  }
  bool FixOffered = OverwriteLosesChange;
  // Binding by reference keeps behaviour for certain only where nothing
  // reads the copy: a range-for element that is only changed. Elsewhere
  // the change may have been meant to stay local; the fix is a suggestion,
  // on the note.
  const bool FixIsCertain = RangeFor && Observers.empty();
  for (const Mutation *M : Lost) {
    report(Var, Shape, F, RangeFor, M->Ref, M->U, !FixOffered, FixIsCertain);
    FixOffered = true;
  }
}

void MutationOnCopyCheck::report(const VarDecl &Var, CopyShape Shape,
                                 utils::FunctionContext &F,
                                 const CXXForRangeStmt *RangeFor,
                                 const DeclRefExpr *Ref, const Use &Mut,
                                 bool WithFix, bool FixIsCertain) {
  const ASTContext &Ctx = F.astContext();
  const SourceManager &SM = Ctx.getSourceManager();
  const auto *DD = dyn_cast<DecompositionDecl>(&Var);
  SourceLocation Loc = Mut.Site->getExprLoc();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Mut.Site))
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
      Loc = ME->getMemberLoc();
  if (Loc.isInvalid() || !Reported.insert(Loc.getRawEncoding()).second)
    return;

  std::string Name = DD ? "" : Var.getName().str();
  if (DD) {
    // Name the binding the mutation went through.
    if (const auto *B = dyn_cast<BindingDecl>(Ref->getDecl()))
      Name = B->getName().str();
    else
      Name = Ref->getDecl()->getNameAsString();
  }
  std::string Origin;
  switch (Shape) {
  case CopyShape::RangeElement:
    Origin = DD ? "bound to a copy of the container element"
                : "a copy of the container element";
    break;
  case CopyShape::Local: {
    const Expr *Source = utils::copiedLValue(Var.getInit());
    StringRef Text;
    if (Source && Source->getSourceRange().isValid() &&
        Source->getBeginLoc().isFileID() && Source->getEndLoc().isFileID())
      Text = Lexer::getSourceText(
          CharSourceRange::getTokenRange(Source->getSourceRange()), SM,
          Ctx.getLangOpts());
    std::string Of = (!Text.empty() && Text.size() <= 40 &&
                      !Text.contains('\n'))
                         ? ("'" + Text + "'").str()
                         : std::string("another object");
    Origin = (DD ? "bound to a copy of " : "a copy of ") + Of;
    break;
  }
  case CopyShape::Param:
    Origin = "a parameter passed by value";
    break;
  case CopyShape::ExplicitObject:
    Origin = "an explicit object parameter passed by value";
    break;
  }
  // A fix-it in a template would be one edit for every instantiation.
  const bool Fixable =
      WithFix && !F.function().isTemplateInstantiation() &&
      (Shape == CopyShape::RangeElement || Shape == CopyShape::Local);
  compat::Optional<FixItHint> Fix;
  if (Fixable)
    Fix = referenceFix(Var, RangeFor, F);
  {
    auto Diag = diag(Loc, "'%0' modifies '%1', %2; the change is lost")
                << Mut.What << Name << Origin;
    if (Fix && FixIsCertain)
      Diag << *Fix;
  }
  switch (Shape) {
  case CopyShape::RangeElement:
  case CopyShape::Local: {
    std::string Copied =
        DD ? std::string("the structured binding") : Var.getName().str();
    if (!Fix || FixIsCertain) {
      diag(Var.getLocation(), "'%0' is copied here", DiagnosticIDs::Note)
          << Copied;
      break;
    }
    diag(Var.getLocation(),
         "'%0' is copied here; a reference would change the original",
         DiagnosticIDs::Note)
        << Copied << *Fix;
    break;
  }
  case CopyShape::Param:
  case CopyShape::ExplicitObject:
    diag(Var.getLocation(),
         "'%0' is a copy; take it by reference, or return the new value",
         DiagnosticIDs::Note)
        << Var.getName();
    break;
  }
}

/// A variable the loop \p S declares anew on every turn.
static bool isPerIterationVariable(const Stmt *S, const VarDecl *V) {
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(S))
    return RF->getLoopVariable() == V;
  if (const auto *For = dyn_cast<ForStmt>(S))
    return For->getConditionVariable() == V;
  if (const auto *While = dyn_cast<WhileStmt>(S))
    return While->getConditionVariable() == V;
  return false;
}

compat::Optional<FixItHint>
MutationOnCopyCheck::referenceFix(const VarDecl &Var,
                                  const CXXForRangeStmt *RangeFor,
                                  utils::FunctionContext &F) {
  const SourceManager &SM = F.astContext().getSourceManager();
  const Expr *Source = utils::copiedLValue(Var.getInit());
  if (!Source || Source->getType().isConstQualified() ||
      Var.getType().isConstQualified())
    return {};
  // Slicing or a converting copy: a reference would change which object
  // the calls see.
  if (F.astContext().getCanonicalType(Source->getType().getUnqualifiedType()) !=
      F.astContext().getCanonicalType(Var.getType().getUnqualifiedType()))
    return {};
  SourceLocation Insert = Var.getLocation();
  if (!utils::isEditableLocation(Insert, SM) ||
      !utils::isEditableLocation(Var.getBeginLoc(), SM))
    return {};
  const TypeSourceInfo *TSI = Var.getTypeSourceInfo();
  if (!TSI)
    return {};
  // `auto c` and `Counter c`, not `Counter c[2]` or function pointers.
  TypeLoc TL = TSI->getTypeLoc();
  if (SM.isBeforeInTranslationUnit(Insert, TL.getEndLoc()))
    return {};

  // The source must outlive the reference, and nothing may change it
  // between the copy and the last use.
  bool ThisRooted = false;
  const Stmt *Between = nullptr;
  const VarDecl *Root = nullptr;
  if (RangeFor) {
    const Expr *Range = RangeFor->getRangeInit();
    Root = utils::rootVariable(Range, ThisRooted);
    if (!Root && !ThisRooted) {
      // `holder.items()` returning a reference to a container that lives in
      // `holder`: the rule is the one for `holder.items`. A call returning by
      // value, a free function or `p->items()` are not followed.
      const auto *MC =
          dyn_cast_or_null<CXXMemberCallExpr>(Range->IgnoreParenImpCasts());
      const CXXMethodDecl *M = MC ? MC->getMethodDecl() : nullptr;
      const auto *Callee =
          MC ? dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()) : nullptr;
      if (!M || !Callee || !M->getReturnType()->isLValueReferenceType())
        return {};
      const Expr *Object = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
      if (isa<CXXThisExpr>(Object))
        ThisRooted = true;
      else if (!Callee->isArrow())
        Root = utils::rootVariable(Object, ThisRooted);
      if (!Root && !ThisRooted)
        return {};
    }
    Between = RangeFor->getBody();
  } else {
    Root = utils::rootVariable(Source, ThisRooted);
    if (!Root || !Root->hasLocalStorage())
      return {};
    Between = &F.body();
  }
  if (ThisRooted) {
    struct HasThis {
      static bool in(const Stmt *S) {
        if (!S)
          return false;
        if (isa<CXXThisExpr>(S))
          return true;
        for (const Stmt *C : S->children())
          if (in(C))
            return true;
        return false;
      }
    };
    if (HasThis::in(Between))
      return {};
  }
  if (Root) {
    auto Within = [&SM](SourceLocation L, SourceRange R) {
      L = SM.getExpansionLoc(L);
      SourceLocation B = SM.getExpansionLoc(R.getBegin());
      SourceLocation E = SM.getExpansionLoc(R.getEnd());
      return !SM.isBeforeInTranslationUnit(L, B) &&
             !SM.isBeforeInTranslationUnit(E, L);
    };
    // A loop around the copy that the source outlives runs its uses again
    // after the copy, wherever they are spelled (`for (...; ++i) { int j =
    // i; j++; }`: a reference would advance the loop).
    const Stmt *Loop = nullptr;
    if (!RangeFor)
      for (const Stmt *S = F.parent(Var.getInit()); S; S = F.parent(S))
        if (const Stmt *Body = loopBody(S);
            Body && !Within(Root->getLocation(), Body->getSourceRange()) &&
            !isPerIterationVariable(S, Root))
          Loop = S;
    for (const DeclRefExpr *R :
         utils::findRefs(*Root, *Between, F.astContext())) {
      if (RangeFor)
        return {};
      // In the function body: only the copy itself may name the source.
      if (Within(R->getBeginLoc(), Var.getInit()->getSourceRange()))
        continue;
      if (SM.isBeforeInTranslationUnit(Var.getLocation(), R->getBeginLoc()) ||
          (Loop && Within(R->getBeginLoc(), Loop->getSourceRange())))
        return {};
    }
  }
  return FixItHint::CreateInsertion(Insert, "&");
}

void MutationOnCopyCheck::analyseTemporaryCall(const CallExpr *Call,
                                               utils::FunctionContext &F) {
  const Expr *Object = nullptr;
  const CXXMethodDecl *M = nullptr;
  SourceLocation Loc;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    Object = MC->getImplicitObjectArgument();
    M = MC->getMethodDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
      Loc = ME->getMemberLoc();
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
    M = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
    if (M && Op->getNumArgs() > 0)
      Object = Op->getArg(0);
    Loc = Op->getOperatorLoc();
  }
  if (!Object || !M || M->isConst() || M->isStatic() ||
      !compat::isImplicitObjectMemberFunction(M) || Loc.isInvalid())
    return;
  const CallExpr *Source = utils::temporaryFromCall(Object);
  if (!Source || !utils::isDiscarded(Call, F))
    return;
  const FunctionDecl *Producer = Source->getDirectCallee();
  if (!Producer || !Producer->getIdentifier())
    return;
  const SourceManager &SM = F.astContext().getSourceManager();
  if (SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
    return;
  if (!isCopyableValue(Source->getType()))
    return;
  if (!isValueType(M->getParent()) && !Effects.isSelfContained(M))
    return;
  if (!Effects.mayWriteObject(M))
    return;
  for (const Expr *A : Call->arguments()) {
    if (A == Object)
      continue;
    QualType T = A->getType();
    if (T->isPointerType() && !T->getPointeeType().isConstQualified())
      return;
  }
  for (const ParmVarDecl *P : M->parameters())
    if (utils::isNonConstLValueRef(P->getType()))
      return;
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;
  diag(Loc, "'%0' modifies a temporary returned by value from '%1'; the "
            "change is lost")
      << operatorName(Call, M) << Producer->getName();
  if (!SM.isInSystemHeader(SM.getExpansionLoc(Producer->getLocation())))
    diag(Producer->getLocation(), "'%0' returns a copy", DiagnosticIDs::Note)
        << Producer->getName();
}

} // namespace clang::tidy::memchecks
