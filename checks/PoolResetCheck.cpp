//===--- PoolResetCheck.cpp - memchecks ------------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A forward may-analysis over one function's CFG. Every local bound to an
// object from a pool carries a set of possible states {Dirty, Clean,
// Released}; a use where Dirty is possible is a use before reset, a use where
// Released is possible is a use after release. The CFG is only built for
// functions that acquire something from a pool.
//
//===----------------------------------------------------------------------===//

#include "PoolResetCheck.h"
#include "utils/ASTHelpers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/CFG.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <deque>
#include <functional>

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks {

static constexpr char DefaultPoolTypes[] = ".*Pool";
static constexpr char DefaultAcquireMethods[] =
    "acquire;Acquire;get;Get;take;Take;borrow;Borrow;obtain;Obtain";
static constexpr char DefaultReleaseMethods[] =
    "release;Release;put;Put;recycle;Recycle;giveBack;return_";
static constexpr char DefaultResetMethods[] =
    "reset;Reset;clear;Clear;reinit;Reinit";

PoolResetCheck::PoolResetCheck(StringRef Name, ClangTidyContext *Context)
    : FunctionCheck(Name, Context),
      PoolTypes(*this, Options, Name, "PoolTypes", DefaultPoolTypes),
      AcquireMethods(
          utils::splitList(Options.get("AcquireMethods", DefaultAcquireMethods))),
      ReleaseMethods(
          utils::splitList(Options.get("ReleaseMethods", DefaultReleaseMethods))),
      ResetMethods(
          utils::splitList(Options.get("ResetMethods", DefaultResetMethods))),
      AssumeUnknownCallsReset(Options.get("AssumeUnknownCallsReset", true)) {}

void PoolResetCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  PoolTypes.store(Options, Opts);
  Options.store(Opts, "AcquireMethods", utils::joinList(AcquireMethods));
  Options.store(Opts, "ReleaseMethods", utils::joinList(ReleaseMethods));
  Options.store(Opts, "ResetMethods", utils::joinList(ResetMethods));
  Options.store(Opts, "AssumeUnknownCallsReset", AssumeUnknownCallsReset);
}

bool PoolResetCheck::wantsFunction(const FunctionDecl &FD) {
  return !FD.isDependentContext();
}

void PoolResetCheck::checkFunction(const FunctionDecl &FD, ASTContext &Ctx) {
  if (!Analyzed.insert(&FD).second)
    return;
  analyzeFunction(&FD, Ctx);
}

void PoolResetCheck::onEndOfTranslationUnit() {
  Analyzed.clear();
  ResetNames.clear();
  CleanPools.clear();
}

static bool inList(const std::vector<std::string> &List, StringRef Name) {
  return !Name.empty() && llvm::is_contained(List, Name);
}

static StringRef methodName(const CXXMethodDecl *MD) {
  if (!MD || !MD->getIdentifier())
    return {};
  return MD->getName();
}

bool PoolResetCheck::isPoolClass(const CXXRecordDecl *RD) const {
  return RD && PoolTypes.matches(RD);
}
bool PoolResetCheck::isAcquireName(StringRef Name) const {
  return inList(AcquireMethods, Name);
}
bool PoolResetCheck::isReleaseName(StringRef Name) const {
  return inList(ReleaseMethods, Name);
}
bool PoolResetCheck::isResetMethod(const CXXMethodDecl *MD) const {
  return MD && (inList(ResetMethods, methodName(MD)) ||
                MD->hasAttr<ReinitializesAttr>());
}

// Calls RD's methods and those of its bases, until F returns true.
template <typename Fn>
static bool anyMethod(const CXXRecordDecl *RD, Fn F, unsigned Depth = 0) {
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

StringRef PoolResetCheck::resetMethodFor(const CXXRecordDecl *RD) {
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

namespace {

enum StateBit : uint8_t { Dirty = 1, Clean = 2, Released = 4 };

enum class VarKind { Pointer, Reference, Smart };

// What an occurrence of a tracked variable does to the object it names.
enum class Role {
  Neutral,    ///< tests or compares the pointer
  Use,        ///< reads or writes the object
  Reset,      ///< resets it (reset method, assignment of a new value)
  MaybeReset, ///< hands it to a call that may reset it
  Release,    ///< returns it to its pool
  Escape,     ///< rebinds, aliases or gives away the pointer: stop tracking
  Acquire,    ///< assigned a fresh object from a pool
};

struct AcquireSite {
  const Expr *Call = nullptr;
  std::string What; // "BufferPool::acquire"
  bool StartsDirty = false;
};

struct Tracked {
  const VarDecl *Var;
  VarKind Kind;
  const CXXRecordDecl *Object;
};

const Expr *stripWrappers(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(Next))
      Next = EWC->getSubExpr();
    else if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = MTE->getSubExpr();
    else if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = BTE->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(Next)) {
      if (CE->getNumArgs() == 1 && CE->getConstructor() &&
          CE->getConstructor()->isCopyOrMoveConstructor())
        Next = CE->getArg(0);
    }
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

// The class a smart pointer type points to (through its operator->, which
// libstdc++ declares in a base of std::shared_ptr).
const CXXRecordDecl *smartPointee(const CXXRecordDecl *RD) {
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
const CXXRecordDecl *writtenObjectClass(const CXXMemberCallExpr *MCE) {
  const Expr *Obj = MCE->getImplicitObjectArgument();
  if (!Obj)
    return nullptr;
  QualType T = Obj->IgnoreParenImpCasts()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return T->getAsCXXRecordDecl();
}

// Whether a variable of type T can hold a pooled object, and how.
bool classifyType(QualType T, ASTContext &Ctx, VarKind &Kind,
                  const CXXRecordDecl *&Object) {
  if (T.isNull() || T->isDependentType())
    return false;
  T = T.getCanonicalType();
  if (T->isReferenceType()) {
    Kind = VarKind::Reference;
    Object = T.getNonReferenceType()->getAsCXXRecordDecl();
    return !T.getNonReferenceType()->isPointerType();
  }
  if (T->isPointerType()) {
    Kind = VarKind::Pointer;
    Object = T->getPointeeType()->getAsCXXRecordDecl();
    return true;
  }
  if (const auto *RD = T->getAsCXXRecordDecl()) {
    Kind = VarKind::Smart;
    Object = smartPointee(RD);
    return Object != nullptr;
  }
  return false;
}

class FunctionAnalysis {
public:
  FunctionAnalysis(PoolResetCheck &Check, const FunctionDecl &FD,
                   ASTContext &Ctx)
      : Check(Check), FD(FD), Ctx(Ctx) {}

  void run();

private:
  struct Candidate {
    unsigned Var;
    bool AfterRelease;
    const DeclRefExpr *At;
    bool Conditional; // Dirty and Clean both possible: reset on some paths
  };
  using State = llvm::SmallVector<uint8_t, 4>;

  bool acquireSite(const Expr *Init, bool AllowDeref, AcquireSite &Site);
  void addVar(const VarDecl *VD);
  void collect(const Stmt *S);
  Role classify(const DeclRefExpr *DRE, const Tracked &T,
                const Expr *&AcquireCall, const Stmt *&At);
  Role callArgRole(const Expr *Call, const Expr *Arg, bool Deref, bool Smart);
  void transfer(const CFGBlock &B, State &S, bool Record);
  void apply(unsigned Idx, Role R, const Stmt *Site, const DeclRefExpr *DRE,
             const Expr *AcquireCall, State &S, bool Record);
  void report();

  PoolResetCheck &Check;
  const FunctionDecl &FD;
  ASTContext &Ctx;
  std::unique_ptr<ParentMap> PM;
  llvm::SmallVector<Tracked, 4> Vars;
  llvm::DenseMap<const VarDecl *, unsigned> Index;
  llvm::DenseMap<const Expr *, AcquireSite> Sites;
  // Per variable, in the order the final pass meets them.
  llvm::DenseMap<unsigned, const Expr *> FirstDirtyAcquire;
  llvm::DenseMap<unsigned, const Stmt *> FirstReset, FirstRelease;
  llvm::SmallVector<Candidate, 4> Candidates;
};

} // namespace

bool PoolResetCheck::handsOutCleanObjects(const CXXRecordDecl *Pool) {
  if (!Pool || !(Pool = Pool->getDefinition()))
    return false;
  auto It = CleanPools.find(Pool);
  if (It != CleanPools.end())
    return It->second;
  CleanPools[Pool] = false; // guards against recursion through bases

  // Does Body reset an object named by one of Params (or, when Params is
  // empty, any object of class Object)?
  auto Resets = [&](const Stmt *Body, const FunctionDecl *M,
                    const CXXRecordDecl *Object) {
    auto NamesParam = [&](const Expr *E) {
      for (unsigned Guard = 0; E && Guard < 8; ++Guard) {
        E = stripWrappers(E);
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
        if (const auto *CE = dyn_cast<CallExpr>(E); CE && utils::isStdMoveOrForwardCall(CE)) {
          E = CE->getArg(0);
          continue;
        }
        return false;
      }
      return false;
    };
    bool Found = false;
    std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
      if (!S || Found)
        return;
      if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(S)) {
        if (isResetMethod(MCE->getMethodDecl())) {
          if (Object) {
            const CXXRecordDecl *RD = MCE->getRecordDecl();
            Found = RD && RD->getCanonicalDecl() == Object->getCanonicalDecl();
          } else {
            Found = NamesParam(MCE->getImplicitObjectArgument());
          }
        }
      } else if (const auto *DME = dyn_cast<CXXDependentScopeMemberExpr>(S)) {
        // The uninstantiated template pattern: `p->reset()` on a T*.
        if (!Object && DME->getMember().isIdentifier() &&
            inList(ResetMethods, DME->getMember().getAsString()) &&
            !DME->isImplicitAccess())
          Found = NamesParam(DME->getBase());
      } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
        if (!Object && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
          Found = NamesParam(OC->getArg(0));
      } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
        if (!Object && BO->getOpcode() == BO_Assign) {
          const Expr *L = BO->getLHS()->IgnoreParenImpCasts();
          Found = isa<UnaryOperator>(L) && NamesParam(L);
        }
      }
      for (const Stmt *C : S->children())
        Walk(C);
    };
    Walk(Body);
    return Found;
  };

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
    if (IsRelease && Resets(Def->getBody(), Def, nullptr))
      return true;
    if (IsAcquire) {
      VarKind K;
      const CXXRecordDecl *Object = nullptr;
      if (classifyType(MD->getReturnType(), Pool->getASTContext(), K, Object) &&
          Object && Resets(Def->getBody(), Def, Object))
        return true;
    }
    return false;
  });
  CleanPools[Pool] = Clean;
  return Clean;
}

bool FunctionAnalysis::acquireSite(const Expr *Init, bool AllowDeref,
                                   AcquireSite &Site) {
  const Expr *E = stripWrappers(Init);
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(E);
      AllowDeref && UO && UO->getOpcode() == UO_Deref)
    E = stripWrappers(UO->getSubExpr());
  const auto *MCE = dyn_cast_or_null<CXXMemberCallExpr>(E);
  if (!MCE)
    return false;
  const CXXMethodDecl *MD = MCE->getMethodDecl();
  if (!MD || !Check.isAcquireName(methodName(MD)))
    return false;
  const CXXRecordDecl *ObjClass = writtenObjectClass(MCE);
  const CXXRecordDecl *Pool = nullptr;
  if (Check.isPoolClass(ObjClass))
    Pool = ObjClass;
  else if (Check.isPoolClass(MD->getParent()))
    Pool = MD->getParent();
  if (!Pool)
    return false;
  Site.Call = MCE;
  Site.What = (ObjClass && ObjClass->getIdentifier() ? ObjClass : Pool)
                  ->getNameAsString() +
              "::" + MD->getName().str();
  Site.StartsDirty = !Check.handsOutCleanObjects(Pool) &&
                     !(ObjClass && Check.handsOutCleanObjects(ObjClass)) &&
                     !Check.handsOutCleanObjects(MD->getParent());
  return true;
}

void FunctionAnalysis::addVar(const VarDecl *VD) {
  if (Index.count(VD))
    return;
  Tracked T{VD, VarKind::Pointer, nullptr};
  if (!classifyType(VD->getType(), Ctx, T.Kind, T.Object))
    return;
  Index[VD] = Vars.size();
  Vars.push_back(T);
}

// Finds the locals bound to pooled objects: the only ones the CFG pass looks
// at.
void FunctionAnalysis::collect(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return;
  auto IsLocal = [&](const VarDecl *VD) {
    return VD && VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) &&
           !VD->isInvalidDecl() && VD->getDeclContext() == &FD;
  };
  auto Note = [&](const VarDecl *VD, const Expr *RHS) {
    if (!IsLocal(VD) || !RHS)
      return;
    AcquireSite Site;
    if (!acquireSite(RHS, VD->getType()->isReferenceType(), Site))
      return;
    addVar(VD);
    if (Index.count(VD))
      Sites[Site.Call] = Site;
  };
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        Note(VD, VD->getInit());
  } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (BO->getOpcode() == BO_Assign)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
        Note(dyn_cast<VarDecl>(DRE->getDecl()), BO->getRHS());
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
    if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(OC->getArg(0)->IgnoreParenImpCasts()))
        Note(dyn_cast<VarDecl>(DRE->getDecl()), OC->getArg(1));
  }
  for (const Stmt *C : S->children())
    collect(C);
}

// Follows an occurrence of a tracked variable outwards until its effect on
// the object is known.
Role FunctionAnalysis::classify(const DeclRefExpr *DRE, const Tracked &T,
                                const Expr *&AcquireCall, const Stmt *&At) {
  const Expr *E = DRE;
  bool Deref = T.Kind == VarKind::Reference; // E denotes the object itself
  bool Smart = T.Kind == VarKind::Smart;     // E is the smart pointer
  for (unsigned Guard = 0; Guard < 32; ++Guard) {
    const Stmt *P = PM->getParent(E);
    while (P && (isa<ParenExpr>(P) || isa<ImplicitCastExpr>(P) ||
                 isa<FullExpr>(P) || isa<MaterializeTemporaryExpr>(P) ||
                 isa<CXXBindTemporaryExpr>(P))) {
      E = cast<Expr>(P);
      P = PM->getParent(E);
    }
    if (!P)
      return Role::Neutral;
    At = P;

    if (const auto *UO = dyn_cast<UnaryOperator>(P)) {
      switch (UO->getOpcode()) {
      case UO_Deref:
        if (Deref || Smart)
          return Role::Neutral;
        Deref = true;
        E = UO;
        continue;
      case UO_AddrOf:
        if (!Deref)
          return Role::Escape;
        Deref = false;
        E = UO;
        continue;
      case UO_LNot:
        return Deref ? Role::Use : Role::Neutral;
      default:
        return Deref ? Role::Use : Role::Escape;
      }
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(P)) {
      if (AS->getBase()->IgnoreParenImpCasts() != E->IgnoreParenImpCasts() ||
          Deref || Smart)
        return Role::Neutral;
      Deref = true;
      E = AS;
      continue;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(P)) {
      bool OnObject = ME->isArrow() ? (!Deref && !Smart) : Deref;
      if (!OnObject) {
        if (!Smart || ME->isArrow())
          return Role::Neutral;
        // A member of the smart pointer itself.
        const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
        StringRef N = methodName(MD);
        const Stmt *Call = PM->getParent(ME);
        if (N == "get" && Call && isa<CXXMemberCallExpr>(Call)) {
          Smart = false; // now a raw pointer
          E = cast<Expr>(Call);
          continue;
        }
        if (isa_and_nonnull<CXXConversionDecl>(MD))
          return Role::Neutral; // explicit operator bool
        return Role::Escape;    // reset(), release(), swap()...
      }
      const ValueDecl *Member = ME->getMemberDecl();
      if (const auto *MD = dyn_cast<CXXMethodDecl>(Member)) {
        if (MD->isStatic())
          return Role::Neutral;
        return Check.isResetMethod(MD) ? Role::Reset : Role::Use;
      }
      if (isa<FieldDecl>(Member))
        return Role::Use;
      return Role::Neutral;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(P);
        OC && OC->getNumArgs() >= 1 && OC->getArg(0) == E) {
      OverloadedOperatorKind Op = OC->getOperator();
      if (Smart && !Deref) {
        if (Op == OO_Arrow) {
          Smart = false;
          E = OC;
          continue;
        }
        if (Op == OO_Star) {
          Smart = false;
          Deref = true;
          E = OC;
          continue;
        }
        if (Op == OO_Equal) {
          AcquireCall = OC->getNumArgs() == 2 ? OC->getArg(1) : nullptr;
          return Role::Acquire;
        }
        if (Op == OO_EqualEqual || Op == OO_ExclaimEqual || Op == OO_Exclaim)
          return Role::Neutral;
        return Role::Escape;
      }
      if (Deref) // the object is the left operand: `*b = {}`, `*b << x`
        return Op == OO_Equal ? Role::Reset : Role::Use;
      // fall through to the argument rules
    }
    if (isa<CallExpr>(P) || isa<CXXConstructExpr>(P)) {
      if (const auto *CE = dyn_cast<CallExpr>(P)) {
        if (CE->getCallee() == E)
          return Role::Neutral;
        if (utils::isStdMoveOrForwardCall(CE)) {
          E = CE;
          continue;
        }
      }
      if (const auto *CCE = dyn_cast<CXXConstructExpr>(P);
          CCE && Smart && !Deref && CCE->getConstructor() &&
          CCE->getConstructor()->isCopyOrMoveConstructor()) {
        E = CCE; // the smart pointer handed on by value
        continue;
      }
      return callArgRole(cast<Expr>(P), E, Deref, Smart);
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(P)) {
      bool IsLHS = BO->getLHS()->IgnoreParenImpCasts() == E->IgnoreParenImpCasts();
      if (BO->getOpcode() == BO_Assign) {
        if (IsLHS) {
          if (Deref)
            return Role::Reset;
          AcquireCall = BO->getRHS();
          return Role::Acquire;
        }
        return Deref ? Role::Use : Role::Escape;
      }
      if (BO->isComparisonOp() || BO->isLogicalOp())
        return Deref ? Role::Use : Role::Neutral;
      if (BO->getOpcode() == BO_Comma)
        return IsLHS ? Role::Neutral : Role::Escape;
      return Deref ? Role::Use : Role::Escape;
    }
    if (const auto *CO = dyn_cast<ConditionalOperator>(P)) {
      if (CO->getCond()->IgnoreParenImpCasts() == E->IgnoreParenImpCasts())
        return Deref ? Role::Use : Role::Neutral;
      return Role::Escape;
    }
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(P)) {
      if (Cast->getType()->isVoidType())
        return Role::Neutral;
      if (Cast->getType()->isBooleanType() && !Deref)
        return Role::Neutral;
      E = Cast;
      continue;
    }
    if (isa<IfStmt>(P) || isa<WhileStmt>(P) || isa<DoStmt>(P) ||
        isa<ForStmt>(P) || isa<SwitchStmt>(P))
      return Deref ? Role::Use : Role::Neutral;
    if (const auto *DS = dyn_cast<DeclStmt>(P)) {
      // `for (auto &x : *b)` binds the implicit range variable: a read.
      if (DS->isSingleDecl())
        if (const auto *VD = dyn_cast<VarDecl>(DS->getSingleDecl());
            VD && VD->isImplicit() && Deref)
          return Role::Use;
      return Role::Escape;
    }
    if (const auto *IL = dyn_cast<InitListExpr>(P))
      return Deref && !IL->getType()->isRecordType() ? Role::Use : Role::Escape;
    return Role::Escape; // returned, thrown, captured, deleted...
  }
  return Role::Escape;
}

// The effect of passing the object (Deref), a smart pointer (Smart) or a raw
// pointer to it as argument Arg of Call.
Role FunctionAnalysis::callArgRole(const Expr *Call, const Expr *Arg,
                                   bool Deref, bool Smart) {
  const FunctionDecl *Callee = nullptr;
  llvm::ArrayRef<const Expr *> Args;
  unsigned Offset = 0;
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    Callee = CE->getDirectCallee();
    Args = llvm::ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs());
    // A member operator's first argument is its object.
    if (isa<CXXOperatorCallExpr>(CE) && isa_and_nonnull<CXXMethodDecl>(Callee))
      Offset = 1;
    // Returned to the pool.
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Callee);
        MD && Check.isReleaseName(methodName(MD))) {
      const CXXRecordDecl *Obj = nullptr;
      if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE))
        Obj = writtenObjectClass(MCE);
      if (Check.isPoolClass(Obj) || Check.isPoolClass(MD->getParent()))
        return Role::Release;
    }
  } else if (const auto *CCE = dyn_cast<CXXConstructExpr>(Call)) {
    Callee = CCE->getConstructor();
    Args = llvm::ArrayRef<const Expr *>(CCE->getArgs(), CCE->getNumArgs());
  }
  const auto *It = llvm::find(Args, Arg);
  if (It == Args.end())
    return Role::Neutral;
  unsigned ArgIdx = It - Args.begin();

  Role Unknown = Check.assumeUnknownCallsReset() ? Role::MaybeReset : Role::Use;
  QualType PT;
  if (Callee && ArgIdx >= Offset && ArgIdx - Offset < Callee->getNumParams())
    PT = Callee->getParamDecl(ArgIdx - Offset)->getType();
  if (PT.isNull() || PT->isDependentType())
    return Deref ? Unknown : (Smart ? Role::Escape : Unknown);
  PT = PT.getCanonicalType();

  if (Deref) {
    if (!PT->isReferenceType())
      return Role::Use; // copied
    QualType Pointee = PT.getNonReferenceType();
    if (Pointee.isConstQualified() && !PT->isRValueReferenceType())
      return Role::Use;
    return Unknown;
  }
  if (Smart) {
    if (!PT->isReferenceType() || PT->isRValueReferenceType())
      return Role::Escape; // ownership handed over
    return Unknown;
  }
  // A raw pointer.
  QualType V = PT.getNonReferenceType();
  if (PT->isReferenceType() && !V.isConstQualified())
    return Role::Escape; // the callee may rebind it (std::swap)
  if (V->isBooleanType())
    return Role::Neutral;
  if (V->isPointerType())
    return V->getPointeeType().isConstQualified() ? Role::Use : Unknown;
  return Unknown;
}

void FunctionAnalysis::apply(unsigned Idx, Role R, const Stmt *Site,
                             const DeclRefExpr *DRE, const Expr *AcquireCall,
                             State &S, bool Record) {
  uint8_t &St = S[Idx];
  auto Candidate = [&](bool AfterRelease) {
    if (Record)
      Candidates.push_back({Idx, AfterRelease, DRE,
                            !AfterRelease && (St & Clean) != 0});
  };
  switch (R) {
  case Role::Neutral:
    return;
  case Role::Use:
    if (St & Dirty)
      Candidate(false);
    if (St & Released)
      Candidate(true);
    return;
  case Role::Reset:
  case Role::MaybeReset:
    if (St & Released)
      Candidate(true);
    if (St && Record)
      FirstReset.try_emplace(Idx, Site);
    if (St)
      St = Clean | (St & Released);
    return;
  case Role::Release:
    if (St && Record)
      FirstRelease.try_emplace(Idx, Site);
    if (St)
      St = Released;
    return;
  case Role::Escape:
    St = 0;
    return;
  case Role::Acquire: {
    AcquireSite AS;
    const Expr *Call = AcquireCall ? stripWrappers(AcquireCall) : nullptr;
    auto It = Call ? Sites.find(Call) : Sites.end();
    if (It == Sites.end()) {
      St = 0; // rebound to something that is not from a pool
      return;
    }
    if (It->second.StartsDirty && Check.resetMethodFor(Vars[Idx].Object).size()) {
      St = Dirty;
      if (Record)
        FirstDirtyAcquire.try_emplace(Idx, It->second.Call);
    } else {
      St = Clean;
    }
    return;
  }
  }
}

void FunctionAnalysis::transfer(const CFGBlock &B, State &S, bool Record) {
  for (const CFGElement &El : B) {
    auto CS = El.getAs<CFGStmt>();
    if (!CS)
      continue;
    const Stmt *St = CS->getStmt();
    if (const auto *DS = dyn_cast<DeclStmt>(St)) {
      for (const Decl *D : DS->decls()) {
        const auto *VD = dyn_cast<VarDecl>(D);
        auto It = VD ? Index.find(VD) : Index.end();
        if (It == Index.end())
          continue;
        if (const Expr *Init = VD->getInit()) {
          const Expr *Call = stripWrappers(Init);
          if (const auto *UO = dyn_cast<UnaryOperator>(Call);
              UO && UO->getOpcode() == UO_Deref)
            Call = stripWrappers(UO->getSubExpr());
          apply(It->second, Role::Acquire, DS, nullptr, Call, S, Record);
        } else {
          S[It->second] = 0;
        }
      }
      continue;
    }
    const auto *DRE = dyn_cast<DeclRefExpr>(St);
    if (!DRE)
      continue;
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    auto It = VD ? Index.find(VD) : Index.end();
    if (It == Index.end())
      continue;
    const Expr *AcquireCall = nullptr;
    const Stmt *Site = DRE;
    Role R = classify(DRE, Vars[It->second], AcquireCall, Site);
    apply(It->second, R, Site, DRE, AcquireCall, S, Record);
  }
}

void FunctionAnalysis::run() {
  Stmt *Body = FD.getBody();
  if (!Body || isa<CoroutineBodyStmt>(Body))
    return;
  collect(Body);
  if (Vars.empty())
    return;

  CFG::BuildOptions Opts;
  Opts.setAllAlwaysAdd();
  std::unique_ptr<CFG> G = CFG::buildCFG(&FD, Body, &Ctx, Opts);
  if (!G)
    return;
  PM = std::make_unique<ParentMap>(Body);

  const unsigned N = G->getNumBlockIDs();
  std::vector<State> In(N, State(Vars.size(), 0));
  std::vector<bool> Seen(N, false);
  std::deque<const CFGBlock *> Work{&G->getEntry()};
  Seen[G->getEntry().getBlockID()] = true;
  std::vector<bool> Queued(N, false);
  Queued[G->getEntry().getBlockID()] = true;
  unsigned Steps = 0;
  while (!Work.empty() && ++Steps < 100000) {
    const CFGBlock *B = Work.front();
    Work.pop_front();
    Queued[B->getBlockID()] = false;
    State S = In[B->getBlockID()];
    transfer(*B, S, /*Record=*/false);
    for (const CFGBlock *Succ : B->succs()) {
      if (!Succ)
        continue;
      State &SuccIn = In[Succ->getBlockID()];
      bool Changed = !Seen[Succ->getBlockID()];
      Seen[Succ->getBlockID()] = true;
      for (unsigned I = 0; I < S.size(); ++I)
        if ((SuccIn[I] | S[I]) != SuccIn[I]) {
          SuccIn[I] |= S[I];
          Changed = true;
        }
      if (Changed && !Queued[Succ->getBlockID()]) {
        Queued[Succ->getBlockID()] = true;
        Work.push_back(Succ);
      }
    }
  }
  if (!Work.empty())
    return; // did not converge: say nothing

  for (const CFGBlock *B : *G) {
    if (!B || !Seen[B->getBlockID()])
      continue;
    State S = In[B->getBlockID()];
    transfer(*B, S, /*Record=*/true);
  }
  report();
}

void FunctionAnalysis::report() {
  const SourceManager &SM = Ctx.getSourceManager();
  auto Before = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(A, B);
  };
  // One diagnostic per variable and rule: its first use in the source.
  llvm::DenseMap<std::pair<unsigned, unsigned>, const Candidate *> First;
  for (const Candidate &C : Candidates) {
    const Candidate *&Slot = First[{C.Var, C.AfterRelease ? 1u : 0u}];
    if (!Slot || Before(C.At->getBeginLoc(), Slot->At->getBeginLoc()))
      Slot = &C;
  }
  llvm::SmallVector<const Candidate *, 4> Ordered;
  for (auto &KV : First)
    Ordered.push_back(KV.second);
  llvm::sort(Ordered, [&](const Candidate *A, const Candidate *B) {
    if (A->At == B->At)
      return A->AfterRelease < B->AfterRelease;
    return Before(A->At->getBeginLoc(), B->At->getBeginLoc());
  });
  for (const Candidate *C : Ordered) {
    SourceLocation Loc = C->At->getBeginLoc();
    if (Loc.isInvalid() || SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
      continue;
    const Tracked &T = Vars[C->Var];
    if (C->AfterRelease) {
      Check.diag(Loc, "'%0' is used after it was returned to the pool")
          << T.Var->getName();
      auto It = FirstRelease.find(C->Var);
      if (It != FirstRelease.end())
        Check.diag(It->second->getBeginLoc(), "'%0' is returned to the pool here",
                   DiagnosticIDs::Note)
            << T.Var->getName();
      continue;
    }
    auto Acq = FirstDirtyAcquire.find(C->Var);
    if (Acq == FirstDirtyAcquire.end())
      continue;
    const AcquireSite &Site = Sites[Acq->second];
    Check.diag(Loc, "'%0' comes from '%1' and is used before it is reset; "
                    "call '%2()' first")
        << T.Var->getName() << Site.What << Check.resetMethodFor(T.Object);
    Check.diag(Site.Call->getBeginLoc(), "'%0' is acquired here",
               DiagnosticIDs::Note)
        << T.Var->getName();
    if (C->Conditional) {
      auto R = FirstReset.find(C->Var);
      if (R != FirstReset.end())
        Check.diag(R->second->getBeginLoc(),
                   "'%0' is reset here, but not on every path to the use",
                   DiagnosticIDs::Note)
            << T.Var->getName();
    }
  }
}

void PoolResetCheck::analyzeFunction(const FunctionDecl *FD, ASTContext &Ctx) {
  FunctionAnalysis(*this, *FD, Ctx).run();
}

} // namespace clang::tidy::memchecks
