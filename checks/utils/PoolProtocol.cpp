//===--- PoolProtocol.cpp - what a pool's calls mean ----------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/PoolProtocol.h"
#include "utils/ASTHelpers.h"
#include "utils/Expressions.h"
#include "clang/AST/Attr.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::memchecks::utils {

static bool inList(const std::vector<std::string> &List, StringRef Name) {
  return !Name.empty() && llvm::is_contained(List, Name);
}

static StringRef methodName(const CXXMethodDecl *MD) {
  if (!MD || !MD->getIdentifier())
    return {};
  return MD->getName();
}

// Whether F holds for a method of RD or of one of its bases.
static bool anyMethod(const CXXRecordDecl *RD,
                      llvm::function_ref<bool(const CXXMethodDecl *)> F,
                      unsigned Depth = 0) {
  if (!RD || Depth > 8)
    return false;
  RD = RD->getDefinition();
  if (!RD)
    return false;
  for (const CXXMethodDecl *MD : RD->methods())
    if (F(MD))
      return true;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (anyMethod(B.getType()->getAsCXXRecordDecl(), F, Depth + 1))
      return true;
  return false;
}

// The class a smart pointer type points to (through its operator->, which
// libstdc++ declares in a base of std::shared_ptr).
static const CXXRecordDecl *arrowPointee(const CXXRecordDecl *RD) {
  const CXXRecordDecl *Result = nullptr;
  anyMethod(RD, [&](const CXXMethodDecl *MD) {
    if (MD->getOverloadedOperator() != OO_Arrow)
      return false;
    QualType R = MD->getReturnType();
    if (R.isNull() || R->isDependentType() || !R->isPointerType())
      return false;
    Result = R->getPointeeType()->getAsCXXRecordDecl();
    return Result != nullptr;
  });
  return Result;
}

// The class of the object a member call is made on, as written (a derived
// pool rather than the base that declares the method).
static const CXXRecordDecl *writtenObjectClass(const CXXMemberCallExpr *MCE) {
  const Expr *Obj = MCE->getImplicitObjectArgument();
  if (!Obj)
    return nullptr;
  QualType T = Obj->IgnoreParenImpCasts()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return T->getAsCXXRecordDecl();
}

compat::Optional<HeldObject> heldObject(QualType T) {
  if (T.isNull() || T->isDependentType())
    return {};
  T = T.getCanonicalType();
  HeldObject H;
  if (T->isReferenceType()) {
    if (T.getNonReferenceType()->isPointerType())
      return {};
    H.Holder = PooledHolder::Reference;
    H.Object = T.getNonReferenceType()->getAsCXXRecordDecl();
    return H;
  }
  if (T->isPointerType()) {
    H.Holder = PooledHolder::Pointer;
    H.Object = T->getPointeeType()->getAsCXXRecordDecl();
    return H;
  }
  if (const auto *RD = T->getAsCXXRecordDecl()) {
    H.Holder = PooledHolder::Smart;
    H.Object = arrowPointee(RD);
    if (H.Object)
      return H;
  }
  return {};
}

bool PoolProtocol::isPoolClass(const CXXRecordDecl *RD) const {
  return RD && PoolTypes.matches(RD);
}
bool PoolProtocol::isAcquireName(StringRef Name) const {
  return inList(AcquireMethods, Name);
}
bool PoolProtocol::isReleaseName(StringRef Name) const {
  return inList(ReleaseMethods, Name);
}
bool PoolProtocol::isResetMethod(const CXXMethodDecl *MD) const {
  return MD && (inList(ResetMethods, methodName(MD)) ||
                MD->hasAttr<ReinitializesAttr>());
}

StringRef PoolProtocol::resetMethodFor(const CXXRecordDecl *RD) {
  if (!RD)
    return {};
  RD = RD->getCanonicalDecl();
  auto It = ResetNames.find(RD);
  if (It != ResetNames.end())
    return It->second;
  std::string Found;
  for (const std::string &Name : ResetMethods)
    if (anyMethod(RD, [&](const CXXMethodDecl *MD) {
          return !MD->isStatic() && methodName(MD) == Name;
        })) {
      Found = Name;
      break;
    }
  if (Found.empty())
    anyMethod(RD, [&](const CXXMethodDecl *MD) {
      if (!MD->hasAttr<ReinitializesAttr>() || !MD->getIdentifier())
        return false;
      Found = MD->getName().str();
      return true;
    });
  return ResetNames.try_emplace(RD, Found).first->second;
}

// Whether E names a parameter of M, through dereferences, smart-pointer
// operators and std::move.
static bool namesParam(const Expr *E, const FunctionDecl *M) {
  for (unsigned Guard = 0; E && Guard < 8; ++Guard) {
    E = ignoreCopies(E);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl());
      return P && P->getDeclContext() == M;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_Deref) {
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
        OC && OC->getNumArgs() == 1 &&
        (OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star)) {
      E = OC->getArg(0);
      continue;
    }
    if (const auto *CE = dyn_cast<CallExpr>(E);
        CE && isStdMoveOrForwardCall(CE)) {
      E = CE->getArg(0);
      continue;
    }
    return false;
  }
  return false;
}

// Does S (M's body) reset an object named by one of M's parameters or, when
// Object is given, any object of class Object?
bool PoolProtocol::resetsObject(const Stmt *S, const FunctionDecl *M,
                                const CXXRecordDecl *Object) const {
  if (!S)
    return false;
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(S)) {
    if (isResetMethod(MCE->getMethodDecl())) {
      if (Object) {
        const CXXRecordDecl *RD = MCE->getRecordDecl();
        if (RD && RD->getCanonicalDecl() == Object->getCanonicalDecl())
          return true;
      } else if (namesParam(MCE->getImplicitObjectArgument(), M)) {
        return true;
      }
    }
  } else if (const auto *DME = dyn_cast<CXXDependentScopeMemberExpr>(S)) {
    // The uninstantiated template pattern: `p->reset()` on a T*.
    if (!Object && DME->getMember().isIdentifier() &&
        inList(ResetMethods, DME->getMember().getAsString()) &&
        !DME->isImplicitAccess() && namesParam(DME->getBase(), M))
      return true;
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
    if (!Object && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2 &&
        namesParam(OC->getArg(0), M))
      return true;
  } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (!Object && BO->getOpcode() == BO_Assign) {
      const Expr *L = BO->getLHS()->IgnoreParenImpCasts();
      if (isa<UnaryOperator>(L) && namesParam(L, M))
        return true;
    }
  }
  for (const Stmt *C : S->children())
    if (resetsObject(C, M, Object))
      return true;
  return false;
}

bool PoolProtocol::handsOutCleanObjects(const CXXRecordDecl *Pool) {
  if (!Pool || !(Pool = Pool->getDefinition()))
    return false;
  auto It = CleanPools.find(Pool);
  if (It != CleanPools.end())
    return It->second;
  CleanPools[Pool] = false; // guards against recursion through bases

  bool Clean = anyMethod(Pool, [&](const CXXMethodDecl *MD) {
    StringRef N = methodName(MD);
    bool IsRelease = isReleaseName(N), IsAcquire = isAcquireName(N);
    if (!IsRelease && !IsAcquire)
      return false;
    const FunctionDecl *Def = nullptr;
    if (!MD->hasBody(Def) || !Def) {
      if (const FunctionDecl *Pattern = MD->getTemplateInstantiationPattern())
        Pattern->hasBody(Def);
    }
    if (!Def || !Def->getBody())
      return false;
    if (IsRelease && resetsObject(Def->getBody(), Def, nullptr))
      return true;
    if (IsAcquire) {
      compat::Optional<HeldObject> H = heldObject(MD->getReturnType());
      if (H && H->Object && resetsObject(Def->getBody(), Def, H->Object))
        return true;
    }
    return false;
  });
  CleanPools[Pool] = Clean;
  return Clean;
}

compat::Optional<PoolAcquisition> PoolProtocol::acquisition(const Expr *Init,
                                                            bool AllowDeref) {
  const Expr *E = ignoreCopies(Init);
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(E);
      AllowDeref && UO && UO->getOpcode() == UO_Deref)
    E = ignoreCopies(UO->getSubExpr());
  const auto *MCE = dyn_cast_or_null<CXXMemberCallExpr>(E);
  if (!MCE)
    return {};
  const CXXMethodDecl *MD = MCE->getMethodDecl();
  if (!MD || !isAcquireName(methodName(MD)))
    return {};
  const CXXRecordDecl *ObjClass = writtenObjectClass(MCE);
  const CXXRecordDecl *Pool = nullptr;
  if (isPoolClass(ObjClass))
    Pool = ObjClass;
  else if (isPoolClass(MD->getParent()))
    Pool = MD->getParent();
  if (!Pool)
    return {};
  PoolAcquisition A;
  A.Call = MCE;
  A.What = (ObjClass && ObjClass->getIdentifier() ? ObjClass : Pool)
               ->getNameAsString() +
           "::" + MD->getName().str();
  A.StartsDirty = !handsOutCleanObjects(Pool) &&
                  !(ObjClass && handsOutCleanObjects(ObjClass)) &&
                  !handsOutCleanObjects(MD->getParent());
  return A;
}

bool PoolProtocol::isRelease(const CallExpr *Call) const {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
  if (!MD || !isReleaseName(methodName(MD)))
    return false;
  const CXXRecordDecl *Obj = nullptr;
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(Call))
    Obj = writtenObjectClass(MCE);
  return isPoolClass(Obj) || isPoolClass(MD->getParent());
}

} // namespace clang::tidy::memchecks::utils
