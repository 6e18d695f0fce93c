//===--- FunctionCheck.h - checks that analyse whole functions --*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_FUNCTIONCHECK_H
#define MEMCHECKS_UTILS_FUNCTIONCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "utils/Compat.h"
#include "utils/FunctionContext.h"
#include "utils/ShownFiles.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <memory>

namespace clang::tidy::memchecks::utils {

class FunctionDispatch;

/// The base of a check that analyses whole functions: it hands
/// checkFunction() each function the user wrote, once. That is a definition
/// outside system headers, valid, with a body the analyses can walk
/// (isWellFormed), not implicit, defaulted or deleted, and not an implicit
/// instantiation: the written template is analysed instead, so a source
/// location is reported at most once. Functions in files whose warnings
/// clang-tidy would not show (ShownFiles) are not analysed.
///
/// Every function check of a translation unit shares one function matcher
/// and one lambda matcher (FunctionDispatch): the match finder tries each
/// matcher on every declaration of the TU, system headers included, so one
/// matcher per check would cost that many tries per declaration. The tests
/// every check asks (shown file, well formed) are answered once per function
/// for all of them.
class FunctionCheck : public ClangTidyCheck {
public:
  ~FunctionCheck() override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  compat::Optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_IgnoreUnlessSpelledInSource;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override {
    registerFunctionMatchers(Finder);
  }
  /// The nodes of a check's own matchers. Functions do not come here: the
  /// shared matcher hands them to checkFunction().
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override {}

protected:
  FunctionCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context), Shown(*Context) {}

  /// The files this check's warnings are shown in, for the nodes of the
  /// check's own matchers.
  ShownFiles &shownFiles() { return Shown; }

  enum class Lambdas { Included, Excluded };
  enum class Instantiations { Included, Excluded };
  /// Joins the translation unit's shared function matchers: every written
  /// function definition and, unless excluded, every lambda's call operator
  /// (under TK_IgnoreUnlessSpelledInSource a call operator is only reached
  /// through its LambdaExpr); when included, every instantiated function
  /// definition outside system headers goes to checkInstantiation().
  void registerFunctionMatchers(ast_matchers::MatchFinder *Finder,
                                Lambdas L = Lambdas::Included,
                                Instantiations I = Instantiations::Excluded);

  /// Asked before the body is walked for errors: a check that looks at few
  /// functions (hot ones, say) picks them here, with cheap structural tests
  /// first, and the others cost nothing.
  virtual bool wantsFunction(const FunctionDecl &FD) { return true; }

  /// One written function (F.function(); its body is not null, and
  /// F.wellFormed()). \p F is the function's one context, shared with the
  /// other checks: its walk (FunctionContext::walk), parents and control
  /// flow are built once for all of them.
  virtual void checkFunction(FunctionContext &F) = 0;

  /// One instantiated function definition (for a check that joined with
  /// Instantiations::Included), as the match finder meets it: not tested for
  /// a body, a shown file or well-formedness.
  virtual void checkInstantiation(const FunctionDecl &FD, ASTContext &Ctx) {}

private:
  friend class FunctionDispatch;
  ShownFiles Shown;
  std::shared_ptr<FunctionDispatch> Dispatch;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_FUNCTIONCHECK_H
