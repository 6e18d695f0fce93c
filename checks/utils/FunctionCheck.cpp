//===--- FunctionCheck.cpp - checks that analyse whole functions ----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/FunctionCheck.h"
#include "utils/ASTHelpers.h"
#include "utils/Prefiltered.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <map>
#include <mutex>

using namespace clang::ast_matchers;

namespace clang::tidy::memchecks::utils {

// Both matchers bind their node (a function or a lambda) to this one name,
// looked up once per match; it is short enough for std::string's inline
// buffer, since the match finder copies it into one for each binding.
static constexpr char NodeID[] = "mc-node";

namespace {
/// What the shared function matcher hands on: every written function
/// definition outside system headers (not implicit, defaulted, deleted or a
/// template instantiation) and, when a check asks for them, every
/// instantiated definition outside system headers. One matcher layer that
/// asks this in C++: the match finder tries it on every declaration of the
/// TU, and each nested matcher costs a traversal-kind switch and a node-kind
/// test of its own.
///
/// It binds the function itself and is tried on function declarations only:
/// one matcher layer, not three.
/// The matcher runs as written (TK_AsIs) so that it meets instantiations;
/// a written definition is taken only where a matcher that ignores what is
/// not spelled in source would meet it.
class DispatchedFunction
    : public ast_matchers::internal::MatcherInterface<FunctionDecl> {
public:
  explicit DispatchedFunction(const bool &WithInstantiations)
      : WithInstantiations(WithInstantiations) {}
  bool matches(
      const FunctionDecl &Node, ast_matchers::internal::ASTMatchFinder *Finder,
      ast_matchers::internal::BoundNodesTreeBuilder *Builder) const override {
    const FunctionDecl *FD = &Node;
    // Every check reads the body, so a definition without one (defaulted,
    // deleted, an alias) is of no use; most declarations are prototypes, and
    // the body test is the cheap one.
    if (!FD->doesThisDeclarationHaveABody() ||
        !FD->isThisDeclarationADefinition())
      return false;
    if (isInstantiatedDefinition(*FD)) {
      if (!WithInstantiations)
        return false;
    } else if (Finder->IsMatchingInASTNodeNotSpelledInSource() ||
               FD->isImplicit() || FD->isDefaulted() || FD->isDeleted()) {
      return false;
    }
    const SourceManager &SM = Finder->getASTContext().getSourceManager();
    SourceLocation Expansion = SM.getExpansionLoc(FD->getBeginLoc());
    if (Expansion.isValid() && SM.isInSystemHeader(Expansion))
      return false;
    Builder->setBinding(NodeID, DynTypedNode::create(*FD));
    return true;
  }

private:
  const bool &WithInstantiations;
};
} // namespace

/// The function matchers of one translation unit, shared by its function
/// checks (one match finder is one TU). Each function is tested once for
/// all checks (shown file, template instantiation, well formed) and handed
/// to every check that wants it, in the order the checks joined; an
/// instantiated definition goes to the checks that asked for instantiations
/// (checkInstantiation), untested.
class FunctionDispatch : public MatchFinder::MatchCallback {
public:
  explicit FunctionDispatch(ClangTidyContext &Tidy) : Shown(Tidy) {}

  void join(FunctionCheck &Check, FunctionCheck::Lambdas L,
            FunctionCheck::Instantiations I, MatchFinder &F) {
    if (Checks.empty())
      F.addMatcher(
          internal::DynTypedMatcher(
              internal::makeMatcher(new DispatchedFunction(WithInstantiations)))
              .dynCastTo(ASTNodeKind::getFromNodeKind<Decl>())
              .unconditionalConvertTo<Decl>(),
          this);
    bool Instances = I == FunctionCheck::Instantiations::Included;
    WithInstantiations |= Instances;
    bool WithLambdas = L == FunctionCheck::Lambdas::Included;
    if (WithLambdas && !LambdasMatched) {
      F.addMatcher(
          traverse(
              TK_IgnoreUnlessSpelledInSource,
              lambdaExpr(unless(isExpansionInSystemHeader())).bind(NodeID)),
          this);
      LambdasMatched = true;
    }
    Checks.push_back({&Check, WithLambdas, Instances});
  }

  void leave(FunctionCheck &Check) {
    llvm::erase_if(Checks, [&](const Member &M) { return M.Check == &Check; });
  }

  void run(const MatchFinder::MatchResult &Result) override {
    const auto &Bound = Result.Nodes.getMap();
    auto It = Bound.find(llvm::StringRef(NodeID));
    if (It == Bound.end())
      return;
    const FunctionDecl *FD = It->second.get<FunctionDecl>();
    const auto *Lambda = It->second.get<LambdaExpr>();
    if (Lambda)
      FD = Lambda->getCallOperator();
    else if (FD && isInstantiatedDefinition(*FD)) {
      for (const Member &M : Checks)
        if (M.Instantiations)
          M.Check->checkInstantiation(*FD, *Result.Context);
      return;
    }
    // The cheap tests first: wellFormed() walks the whole body. A function in
    // a file whose warnings clang-tidy would drop is not analysed.
    if (!FD || FD->isInvalidDecl() || !FD->doesThisDeclarationHaveABody() ||
        !FD->getBody() ||
        !Shown.shows(FD->getLocation(), Result.Context->getSourceManager()) ||
        isInTemplateInstantiation(FD))
      return;
    // One context for every check: its walk and indexes are built on the
    // first question, so a function no check wants costs nothing.
    compat::Optional<FunctionContext> F;
    for (const Member &M : Checks) {
      if ((Lambda && !M.Lambdas) || !M.Check->wantsFunction(*FD))
        continue;
      if (!F) {
        F.emplace(*FD, *Result.Context);
        F->lendNodeStorage(std::move(SpareNodes));
      }
      if (!F->wellFormed())
        break;
      M.Check->checkFunction(*F);
    }
    if (F)
      SpareNodes = F->releaseNodes();
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
    bool Instantiations;
  };
  llvm::SmallVector<Member, 8> Checks;
  /// The node buffer of the last function's context, lent to the next one.
  std::vector<FunctionContext::Node> SpareNodes;
  bool LambdasMatched = false;
  bool WithInstantiations = false; // read by the function matcher
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

void FunctionCheck::registerFunctionMatchers(MatchFinder *Finder, Lambdas L,
                                             Instantiations I) {
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
  Dispatch->join(*this, L, I, *Finder);
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
