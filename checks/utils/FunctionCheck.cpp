//===--- FunctionCheck.cpp - checks that analyse whole functions ----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/FunctionCheck.h"
#include "utils/ASTHelpers.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <map>
#include <mutex>

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks::utils {

static constexpr char FunctionID[] = "memchecks-function";
static constexpr char LambdaID[] = "memchecks-lambda";

namespace {
/// A written function definition outside system headers: not implicit,
/// defaulted, deleted or a template instantiation. One matcher layer that
/// asks these in C++: the match finder tries it on every declaration of the
/// TU, and each nested matcher costs a traversal-kind switch and a node-kind
/// test of its own.
AST_MATCHER(FunctionDecl, isWrittenDefinition) {
  if (!Node.isThisDeclarationADefinition() || Node.isImplicit() ||
      Node.isDefaulted() || Node.isDeleted())
    return false;
  TemplateSpecializationKind TSK = Node.getTemplateSpecializationKind();
  if (TSK == TSK_ImplicitInstantiation ||
      TSK == TSK_ExplicitInstantiationDefinition)
    return false;
  const SourceManager &SM = Finder->getASTContext().getSourceManager();
  SourceLocation Expansion = SM.getExpansionLoc(Node.getBeginLoc());
  return Expansion.isInvalid() || !SM.isInSystemHeader(Expansion);
}
} // namespace

/// The function matchers of one translation unit, shared by its function
/// checks (one match finder is one TU). Each function is tested once for
/// all checks (shown file, template instantiation, well formed) and handed
/// to every check that wants it, in the order the checks joined.
class FunctionDispatch : public MatchFinder::MatchCallback {
public:
  explicit FunctionDispatch(ClangTidyContext &Tidy) : Shown(Tidy) {}

  void join(FunctionCheck &Check, FunctionCheck::Lambdas L, MatchFinder &F) {
    if (Checks.empty())
      F.addMatcher(
          traverse(TK_IgnoreUnlessSpelledInSource,
                   functionDecl(isWrittenDefinition()).bind(FunctionID)),
          this);
    bool WithLambdas = L == FunctionCheck::Lambdas::Included;
    if (WithLambdas && !LambdasMatched) {
      F.addMatcher(
          traverse(
              TK_IgnoreUnlessSpelledInSource,
              lambdaExpr(unless(isExpansionInSystemHeader())).bind(LambdaID)),
          this);
      LambdasMatched = true;
    }
    Checks.push_back({&Check, WithLambdas});
  }

  void leave(FunctionCheck &Check) {
    llvm::erase_if(Checks, [&](const Member &M) { return M.Check == &Check; });
  }

  void run(const MatchFinder::MatchResult &Result) override {
    const FunctionDecl *FD = Result.Nodes.getNodeAs<FunctionDecl>(FunctionID);
    const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>(LambdaID);
    if (Lambda)
      FD = Lambda->getCallOperator();
    // The cheap tests first: isWellFormed walks the whole body. A function in
    // a file whose warnings clang-tidy would drop is not analysed.
    if (!FD || FD->isInvalidDecl() || !FD->doesThisDeclarationHaveABody() ||
        !FD->getBody() ||
        !Shown.shows(FD->getLocation(), Result.Context->getSourceManager()) ||
        isInTemplateInstantiation(FD))
      return;
    enum class Tri { Unknown, No, Yes } WellFormed = Tri::Unknown;
    for (const Member &M : Checks) {
      if ((Lambda && !M.Lambdas) || !M.Check->wantsFunction(*FD))
        continue;
      if (WellFormed == Tri::Unknown)
        WellFormed = isWellFormed(*FD) ? Tri::Yes : Tri::No;
      if (WellFormed == Tri::No)
        return;
      M.Check->checkFunction(*FD, *Result.Context);
    }
  }

  /// clang-tidy's check profile charges the shared matchers to the first
  /// check that joined.
  StringRef getID() const override {
    if (Checks.empty())
      return "memchecks-functions";
    // Through the base: ClangTidyCheck makes it private on LLVM 14.
    const MatchFinder::MatchCallback &First = *Checks.front().Check;
    return First.getID();
  }

private:
  struct Member {
    FunctionCheck *Check;
    bool Lambdas;
  };
  llvm::SmallVector<Member, 8> Checks;
  bool LambdasMatched = false;
  ShownFiles Shown;
};

/// The dispatch of each live match finder. The checks of a TU hold it; it
/// goes with the last of them, so a finder at a reused address gets a new
/// one. Several finders live at once in clangd's threads.
static std::mutex RegistryMutex;
static std::map<const MatchFinder *, std::weak_ptr<FunctionDispatch>> &
registry() {
  static std::map<const MatchFinder *, std::weak_ptr<FunctionDispatch>> R;
  return R;
}

void FunctionCheck::registerFunctionMatchers(MatchFinder *Finder, Lambdas L) {
  {
    std::lock_guard<std::mutex> Lock(RegistryMutex);
    auto &R = registry();
    for (auto It = R.begin(); It != R.end();)
      It = It->second.expired() ? R.erase(It) : std::next(It);
    std::weak_ptr<FunctionDispatch> &Entry = R[Finder];
    Dispatch = Entry.lock();
    if (!Dispatch) {
      Dispatch = std::make_shared<FunctionDispatch>(Shown.context());
      Entry = Dispatch;
    }
  }
  Dispatch->join(*this, L, *Finder);
  // The finder calls onStartOfTranslationUnit/onEndOfTranslationUnit only
  // on the callbacks of its matchers: one that meets the one
  // TranslationUnitDecl keeps the check among them.
  Finder->addMatcher(translationUnitDecl(), this);
}

FunctionCheck::~FunctionCheck() {
  if (Dispatch)
    Dispatch->leave(*this);
}

} // namespace clang::tidy::memchecks::utils
