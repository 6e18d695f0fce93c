//===--- ShownFiles.h - where clang-tidy shows a diagnostic -----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_SHOWNFILES_H
#define MEMCHECKS_UTILS_SHOWNFILES_H

#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Regex.h"
#include <memory>

namespace clang::tidy {
class ClangTidyContext;
} // namespace clang::tidy

namespace clang::tidy::memchecks::utils {

/// Which files clang-tidy shows a warning in: the main file, and a header
/// when HeaderFilterRegex matches it (and, on LLVM 19, ExcludeHeaderFilterRegex
/// does not), a system header only with SystemHeaders. A check that skips
/// the code of the other files loses no diagnostic the user would see, only
/// the time spent on it; the summaries still read any callee's body.
class ShownFiles {
public:
  explicit ShownFiles(ClangTidyContext &Tidy) : Tidy(Tidy) {}

  /// Whether a warning at \p Loc (its expansion, as clang-tidy takes it)
  /// would be shown.
  bool shows(SourceLocation Loc, const SourceManager &SM);

private:
  void startTranslationUnit(const SourceManager &SM);

  ClangTidyContext &Tidy;
  // Per translation unit: the source manager and main file it was built for.
  const SourceManager *ForManager = nullptr;
  const void *ForMainFile = nullptr;
  FileID MainFile;
  bool SystemHeaders = false;
  std::unique_ptr<llvm::Regex> HeaderFilter, ExcludeFilter;
  llvm::DenseMap<FileID, bool> ByFile;
};

// Its own namespace: the matcher macros open a namespace `internal`, which
// would hide ast_matchers::internal from the code of utils.
namespace matchers {

/// The nodes that lie in a file clang-tidy shows warnings in (by their
/// location: a declaration's name, a statement's start). Cheap after the
/// first node of each file; put it before the other predicates of a matcher.
AST_POLYMORPHIC_MATCHER_P(isInShownFile,
                          AST_POLYMORPHIC_SUPPORTED_TYPES(Decl, Stmt),
                          ShownFiles *, Files) {
  SourceLocation Loc;
  if constexpr (std::is_base_of_v<Decl, NodeType>)
    Loc = Node.getLocation();
  else
    Loc = Node.getBeginLoc();
  return Files->shows(Loc, Finder->getASTContext().getSourceManager());
}

} // namespace matchers

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_SHOWNFILES_H
