//===--- AllocationAnalysis.cpp - may this function allocate? -------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/AllocationAnalysis.h"
#include "utils/ASTHelpers.h"
#include "utils/Compat.h"
#include "utils/StdLibrary.h"
#include "utils/TypeSize.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringSwitch.h"
#include <algorithm>

namespace clang::tidy::memchecks::utils {

const char DefaultAllocationFunctions[] =
    "malloc;calloc;realloc;reallocarray;aligned_alloc;posix_memalign;"
    "memalign;valloc;pvalloc;strdup;strndup;wcsdup;asprintf;vasprintf;"
    "getline;getdelim;operator new;operator new\\[\\]";

// A call chain deeper than this is not followed; its tail counts as
// "no allocation found" for this query only.
static constexpr unsigned MaxDepth = 64;

// libstdc++ keeps a std::function target in place when it is trivially
// copyable and at most this large (two pointers).
static constexpr uint64_t StdFunctionLocalBytes = 16;

namespace {

const CXXRecordDecl *recordOf(QualType T) {
  if (T.isNull() || T->isDependentType())
    return nullptr;
  return T.getNonReferenceType()->getAsCXXRecordDecl();
}

// `std::string`, `std::vector`, `std::ostringstream`: the name a reader
// knows, without template arguments.
std::string stdClassName(const CXXRecordDecl *RD) {
  StringRef Name = RD->getName();
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Name.consume_front("basic_") && Args.size() > 0 &&
        Args[0].getKind() == TemplateArgument::Type) {
      QualType C = Args[0].getAsType();
      if (C->isSpecificBuiltinType(BuiltinType::Char_S) ||
          C->isSpecificBuiltinType(BuiltinType::Char_U))
        return ("std::" + Name).str();
      if (C->isWideCharType())
        return ("std::w" + Name).str();
      return ("std::basic_" + Name).str();
    }
  }
  return ("std::" + RD->getName()).str();
}

// `oss << a << b`: the stream at the root of a chain of insertions.
const Expr *streamRoot(const Expr *E) {
  for (unsigned Guard = 0; E && Guard < 256; ++Guard) {
    E = E->IgnoreParenImpCasts();
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
    if (!Op || (Op->getOperator() != OO_LessLess &&
                Op->getOperator() != OO_GreaterGreater) ||
        Op->getNumArgs() < 1)
      break;
    E = Op->getArg(0);
  }
  return E;
}

bool isInSystemHeader(const Decl *D, const SourceManager &SM) {
  SourceLocation L = D->getLocation();
  return L.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(L));
}

} // namespace

bool isMarkedHot(const FunctionDecl *FD) {
  if (!FD)
    return false;
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    FD = Pattern;
  for (const FunctionDecl *R : FD->redecls()) {
    if (compat::hasNonAllocatingEffect(R))
      return true;
    for (const auto *A : R->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == "memchecks::hot")
        return true;
  }
  return false;
}

std::string AllocationAnalysis::displayName(const FunctionDecl *FD) {
  if (!FD)
    return "?";
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    const CXXRecordDecl *RD = MD->getParent();
    if (RD->isLambda())
      return "lambda";
    if (stdKind(RD) != StdKind::None ||
        (RD->isInStdNamespace() && RD->getIdentifier()))
      return stdClassName(RD) + "::" + FD->getNameAsString();
  }
  if (FD->isInStdNamespace())
    return "std::" + FD->getNameAsString();
  return qualifiedName(FD);
}

class AllocationAnalysis::Walker {
public:
  Walker(AllocationAnalysis &A, const FunctionDecl *Owner, ASTContext &Ctx,
         std::vector<AllocationSite> &Out, bool StopAtFirst)
      : A(A), Owner(Owner), Ctx(Ctx), SM(Ctx.getSourceManager()), Out(Out),
        StopAtFirst(StopAtFirst) {}

  void walkFunction(const FunctionDecl *FD) {
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        visit(Init->getInit());
    visit(FD->getBody());
  }

private:
  // A summary stops at the first site that allocates; a `delete` alone
  // does not stop it, so the note chain leads to an allocation when there
  // is one.
  bool done() const { return StopAtFirst && FoundAllocation; }

  void add(SourceLocation Loc, std::string Subject, std::string Phrase,
           const FunctionDecl *Callee = nullptr, bool OnlyFrees = false) {
    Out.push_back({Loc, std::move(Subject), std::move(Phrase), Callee,
                   OnlyFrees});
    FoundAllocation |= !OnlyFrees;
  }

  void visitChildren(const Stmt *S) {
    for (const Stmt *Child : S->children()) {
      if (done())
        return;
      visit(Child);
    }
  }

  void visit(const Stmt *S) {
    if (!S || done())
      return;
    // Unevaluated operands and constant expressions run at compile time.
    if (isa<UnaryExprOrTypeTraitExpr, CXXNoexceptExpr, ConstantExpr>(S))
      return;
    if (const auto *TI = dyn_cast<CXXTypeidExpr>(S))
      if (!TI->isPotentiallyEvaluated())
        return;
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          // A static local is initialised once, not on every call.
          if (!VD->isStaticLocal())
            visit(VD->getInit());
      return;
    }
    if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(S)) {
      visit(DA->getExpr());
      return;
    }
    if (const auto *DI = dyn_cast<CXXDefaultInitExpr>(S)) {
      visit(DI->getExpr());
      return;
    }
    if (const auto *New = dyn_cast<CXXNewExpr>(S))
      onNew(New);
    else if (const auto *Del = dyn_cast<CXXDeleteExpr>(S))
      onDelete(Del);
    else if (const auto *Throw = dyn_cast<CXXThrowExpr>(S))
      add(Throw->getThrowLoc(), "'throw'", "throws");
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
      onConstruct(Construct);
    else if (const auto *Call = dyn_cast<CallExpr>(S))
      onCall(Call);
    visitChildren(S);
  }

  // A user-written operator new/delete is analysed like any callee.
  bool throughUserOperator(const FunctionDecl *Op, SourceLocation Loc) {
    if (!Op || Op->isImplicit() || isInSystemHeader(Op, SM))
      return false;
    onUserCallee(Op, Loc);
    return true;
  }

  void onNew(const CXXNewExpr *New) {
    const FunctionDecl *Op = New->getOperatorNew();
    if (Op && Op->isReservedGlobalPlacementOperator())
      return; // placement new into existing storage
    if (throughUserOperator(Op, New->getBeginLoc()))
      return;
    add(New->getBeginLoc(), "'new'", "uses 'new'");
  }

  void onDelete(const CXXDeleteExpr *Del) {
    if (throughUserOperator(Del->getOperatorDelete(), Del->getBeginLoc()))
      return;
    add(Del->getBeginLoc(), "'delete'", "uses 'delete'", nullptr,
        /*OnlyFrees=*/true);
  }

  void onConstruct(const CXXConstructExpr *CE) {
    const CXXConstructorDecl *Ctor = CE->getConstructor();
    if (!Ctor || Ctor->isInvalidDecl() || CE->getType()->isDependentType())
      return;
    const CXXRecordDecl *RD = Ctor->getParent();
    StdKind K = stdKind(RD);
    if (K == StdKind::None) {
      if (Ctor->isTrivial() || isInSystemHeader(Ctor, SM))
        return;
      onUserCallee(Ctor, CE->getBeginLoc());
      return;
    }
    if (Ctor->isMoveConstructor())
      return;
    SourceLocation Loc = CE->getBeginLoc();
    std::string Name = stdClassName(RD);
    if (Ctor->isCopyConstructor()) {
      if (K == StdKind::Function && A.Config.AllowStdFunction)
        return;
      add(Loc, "copying '" + Name + "'", "copies '" + Name + "'");
      return;
    }
    if (CE->getNumArgs() == 0 || Ctor->isDefaultConstructor()) {
      // libstdc++'s deque allocates its map even when empty; the string
      // streams are never cheap to set up.
      if (K != StdKind::Deque && K != StdKind::StringStream)
        return;
    }
    const Expr *Arg0 =
        CE->getNumArgs() > 0 ? CE->getArg(0)->IgnoreParenImpCasts() : nullptr;
    if (K == StdKind::String && Arg0) {
      // A literal that fits the small buffer is copied in place.
      if (const auto *SL = dyn_cast<StringLiteral>(Arg0)) {
        uint64_t Capacity = 15 / std::max(1u, SL->getCharByteWidth());
        if (SL->getLength() <= Capacity)
          return;
      }
    }
    if (K == StdKind::Function && Arg0) {
      QualType T = Arg0->getType();
      if (T->isNullPtrType())
        return;
      if (A.Config.AllowStdFunction) {
        if (T->isFunctionPointerType() || T->isMemberPointerType() ||
            T->isFunctionType())
          return;
        compat::Optional<uint64_t> Size = sizeInBytes(T, Ctx);
        if (Size && *Size <= StdFunctionLocalBytes &&
            T.isTriviallyCopyableType(Ctx))
          return;
        if (Size) {
          std::string Bytes = std::to_string(*Size);
          add(Loc,
              "constructing 'std::function' from a " + Bytes +
                  "-byte callable",
              "constructs 'std::function' from a " + Bytes + "-byte callable");
          return;
        }
      }
    }
    add(Loc, "constructing '" + Name + "'", "constructs '" + Name + "'");
  }

  void onCall(const CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    SourceLocation Loc = Call->getExprLoc();
    if (!FD) {
      const Expr *Callee = Call->getCallee();
      if (A.Config.Strict && Callee && !Call->isTypeDependent() &&
          !Callee->isTypeDependent() && !Call->getCalleeDecl() &&
          !isa<CXXPseudoDestructorExpr>(Callee->IgnoreParens()))
        add(Loc, "an indirect call", "makes an indirect call");
      else if (A.Config.Strict && Call->getCalleeDecl() &&
               !isa<FunctionDecl>(Call->getCalleeDecl()) &&
               !Callee->isTypeDependent())
        add(Loc, "an indirect call", "makes an indirect call");
      return;
    }
    if (FD->isInvalidDecl())
      return;
    // Before the builtin test: malloc and strdup are library builtins.
    if (A.AllocationFunctions.matches(FD)) {
      std::string Name = "'" + qualifiedName(FD) + "'";
      add(Loc, Name, "calls " + Name);
      return;
    }
    if (FD->getBuiltinID() != 0)
      return;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      if (MD->getParent()->isLambda() && isLexicallyInOwner(MD->getParent()))
        return; // its body is walked where the lambda is written
    if (FD->isInStdNamespace() || isInSystemHeader(FD, SM)) {
      onLibraryCall(Call, FD, Loc);
      return;
    }
    onUserCallee(FD, Loc);
  }

  bool isLexicallyInOwner(const CXXRecordDecl *Closure) const {
    for (const DeclContext *DC = Closure->getDeclContext(); DC;
         DC = DC->getParent())
      if (DC == Owner)
        return true;
    return false;
  }

  void onUserCallee(const FunctionDecl *FD, SourceLocation Loc) {
    if (A.Config.IsTrusted && A.Config.IsTrusted(FD))
      return;
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def) || !Def) {
      if (FD->isDefaulted() || FD->isDeleted() || FD->isTrivial())
        return;
      if (A.Config.Strict) {
        std::string Name = "'" + displayName(FD) + "'";
        add(Loc, Name + " (no visible body)",
            "calls " + Name + " (no visible body)");
      }
      return;
    }
    if (const AllocationSite *Inner = A.summary(Def, Ctx)) {
      std::string Name = "'" + displayName(FD) + "'";
      add(Loc, Name, "calls " + Name, Def, Inner->OnlyFrees);
    }
  }

  void libraryAllocates(SourceLocation Loc, const FunctionDecl *FD) {
    std::string Name = "'" + displayName(FD) + "'";
    add(Loc, Name, "calls " + Name);
  }

  // Functions from system headers are leaves, judged by name.
  void onLibraryCall(const CallExpr *Call, const FunctionDecl *FD,
                     SourceLocation Loc) {
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    StdKind K = MD ? stdKind(MD->getParent()) : StdKind::None;
    StringRef Name = FD->getIdentifier() ? FD->getName() : StringRef();
    std::string Spelling = FD->getNameAsString();

    // Insertions into a string stream, member or free operator<<.
    if (FD->getOverloadedOperator() == OO_LessLess ||
        (MD && (Name == "write" || Name == "put"))) {
      const Expr *Stream = nullptr;
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
        Stream = Member->getImplicitObjectArgument();
      else if (Call->getNumArgs() > 0)
        Stream = Call->getArg(0);
      if (Stream) {
        if (const CXXRecordDecl *RD = recordOf(streamRoot(Stream)->getType()))
          if (stdKind(RD) == StdKind::StringStream) {
            std::string S = "'" + stdClassName(RD) + "'";
            add(Loc, "writing to " + S, "writes to " + S);
            return;
          }
      }
    }

    if (K != StdKind::None) {
      if (MD->isMoveAssignmentOperator())
        return;
      if (Spelling == "operator=" || MD->isCopyAssignmentOperator()) {
        if (K == StdKind::Function) {
          if (A.Config.AllowStdFunction)
            return;
          if (Call->getNumArgs() > 0 &&
              Call->getArg(Call->getNumArgs() - 1)->getType()->isNullPtrType())
            return;
        }
        libraryAllocates(Loc, FD);
        return;
      }
      if (isGrowingMember(Spelling, K)) {
        libraryAllocates(Loc, FD);
        return;
      }
    }
    if (!MD && FD->isInStdNamespace() && isAllocatingStdFreeFunction(Name)) {
      libraryAllocates(Loc, FD);
      return;
    }
    // Anything from a library that hands back a new string, container or
    // std::function by value built it on the heap (operator+, substr, str,
    // fmt::format, absl::StrCat...).
    QualType Ret = FD->getReturnType();
    if (!Ret->isReferenceType() && !Ret->isPointerType()) {
      const CXXRecordDecl *RD = recordOf(Ret);
      StdKind RK = stdKind(RD);
      if (RK != StdKind::None && RK != StdKind::StringStream) {
        libraryAllocates(Loc, FD);
        return;
      }
    }
  }

  AllocationAnalysis &A;
  const FunctionDecl *Owner;
  ASTContext &Ctx;
  const SourceManager &SM;
  std::vector<AllocationSite> &Out;
  const bool StopAtFirst;
  bool FoundAllocation = false;
};

AllocationAnalysis::AllocationAnalysis(AllocationConfig C)
    : Config(std::move(C)), AllocationFunctions(Config.AllocationFunctions) {}

std::vector<AllocationSite>
AllocationAnalysis::sitesIn(const FunctionDecl *FD, ASTContext &Ctx) {
  std::vector<AllocationSite> Sites;
  if (!FD || FD->isInvalidDecl() || !FD->hasBody() || !isWellFormed(*FD))
    return Sites;
  Walker(*this, FD, Ctx, Sites, /*StopAtFirst=*/false).walkFunction(FD);
  return Sites;
}

const AllocationSite *AllocationAnalysis::summary(const FunctionDecl *FD,
                                                  ASTContext &Ctx) {
  if (!FD || FD->isInvalidDecl())
    return nullptr;
  // Recursion: a function's own operations are reported by whoever asked
  // about it first.
  return Memo.get(FD, [&]() -> const AllocationSite * {
    if (Depth >= MaxDepth) {
      Memo.guessed();
      return nullptr;
    }
    ++Depth;
    const AllocationSite *Result = computeSummary(FD, Ctx);
    --Depth;
    return Result;
  });
}

const AllocationSite *AllocationAnalysis::computeSummary(const FunctionDecl *FD,
                                                         ASTContext &Ctx) {
  if (!isWellFormed(*FD))
    return nullptr; // code that failed to compile allocates nothing we know
  std::vector<AllocationSite> Sites;
  Walker(*this, FD, Ctx, Sites, /*StopAtFirst=*/true).walkFunction(FD);
  if (Sites.empty())
    return nullptr;
  auto Best =
      std::find_if(Sites.begin(), Sites.end(),
                   [](const AllocationSite &S) { return !S.OnlyFrees; });
  Summaries.push_back(std::make_unique<AllocationSite>(
      Best != Sites.end() ? *Best : Sites.front()));
  return Summaries.back().get();
}

void AllocationAnalysis::reset() {
  Memo.clear();
  Summaries.clear();
  Depth = 0;
}

} // namespace clang::tidy::memchecks::utils
