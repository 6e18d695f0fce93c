//===--- LoopStringFormatCheck.h - memchecks -----------------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_LOOPSTRINGFORMATCHECK_H
#define MEMCHECKS_LOOPSTRINGFORMATCHECK_H

#include "utils/ColdPaths.h"
#include "utils/Compat.h"
#include "utils/FunctionCheck.h"
#include "utils/KeptParams.h"
#include "utils/Options.h"
#include "utils/StringGrowth.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include <string>

namespace clang::tidy::memchecks {

/// Flags a new formatted string built on every loop iteration and thrown away.
///
/// For the user-facing documentation see docs/checks/loop-string-format.md.
class LoopStringFormatCheck : public utils::FunctionCheck {
public:
  LoopStringFormatCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void onEndOfTranslationUnit() override;

private:
  bool wantsFunction(const FunctionDecl &FD) override;
  void checkFunction(utils::FunctionContext &F) override;
  class BodyWalker;
  friend class BodyWalker;

  const std::string FormatFunctionsSpelling;
  const std::string StringTypesSpelling;
  const bool FlagSmallToString;
  const bool IgnoreColdPaths;
  const utils::RegexListOption ColdFunctions;
  utils::ColdPaths Cold;
  utils::KeptParams Kept;
  // Qualified names with a leading `::`, inline namespaces left out.
  llvm::StringSet<> FormatFunctions;
  llvm::StringSet<> StringTypes;
  // Answers per declaration, for this translation unit.
  llvm::DenseMap<const Decl *, bool> FormatCallees;
  llvm::DenseMap<const Decl *, bool> StringRecords;
  /// Longest lengths of string variables, for the function being walked.
  utils::StringBounds StringBounds;

  bool isFormatFunction(const NamedDecl *Callee);
  /// Whether \p Loop holds anything the walk could report.
  bool mayBuildString(const Stmt &Loop);
  bool isStringType(QualType T);
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_LOOPSTRINGFORMATCHECK_H
