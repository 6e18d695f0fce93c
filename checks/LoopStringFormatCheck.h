//===--- LoopStringFormatCheck.h - memchecks -----------------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_LOOPSTRINGFORMATCHECK_H
#define MEMCHECKS_LOOPSTRINGFORMATCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "utils/ColdPaths.h"
#include "utils/Compat.h"
#include "utils/KeptParams.h"
#include "utils/Options.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include <string>

namespace clang::tidy::memchecks {

/// Flags a new formatted string built on every loop iteration and thrown away.
///
/// For the user-facing documentation see docs/checks/loop-string-format.md.
class LoopStringFormatCheck : public ClangTidyCheck {
public:
  LoopStringFormatCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  compat::Optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_IgnoreUnlessSpelledInSource;
  }

private:
  class BodyWalker;
  friend class BodyWalker;

  const std::string FormatFunctionsSpelling;
  const std::string StringTypesSpelling;
  const bool FlagSmallToString;
  const bool IgnoreColdPaths;
  const std::string ColdFunctionsSpelling;
  const utils::NameRegexList ColdFunctions;
  utils::ColdPaths Cold;
  utils::KeptParams Kept;
  // Qualified names with a leading `::`, inline namespaces left out.
  llvm::StringSet<> FormatFunctions;
  llvm::StringSet<> StringTypes;
  // Answers per declaration, for this translation unit.
  llvm::DenseMap<const Decl *, bool> FormatCallees;
  llvm::DenseMap<const Decl *, bool> StringRecords;

  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx);
  bool isFormatFunction(const NamedDecl *Callee);
  bool isStringType(QualType T);
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_LOOPSTRINGFORMATCHECK_H
