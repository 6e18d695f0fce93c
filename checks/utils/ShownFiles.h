//===--- ShownFiles.h - where clang-tidy shows a diagnostic -----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_SHOWNFILES_H
#define MEMCHECKS_UTILS_SHOWNFILES_H

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
/// the code of the other files loses only warnings clang-tidy would drop
/// (but for one clang-tidy keeps because a note of it lies in a shown file);
/// the summaries still read any callee's body.
class ShownFiles {
public:
  explicit ShownFiles(ClangTidyContext &Tidy) : Tidy(Tidy) {}

  /// Whether a warning at \p Loc (its expansion, as clang-tidy takes it)
  /// would be shown.
  bool shows(SourceLocation Loc, const SourceManager &SM);
  ClangTidyContext &context() const { return Tidy; }

private:
  void startTranslationUnit(const SourceManager &SM);
  bool showsFile(FileID File, const SourceManager &SM);

  ClangTidyContext &Tidy;
  // Per translation unit: the source manager it was built for.
  const SourceManager *ForManager = nullptr;
  FileID MainFile;
  // The locations of the file asked about last, and its answer.
  SourceLocation::UIntTy LastBegin = 0, LastEnd = 0;
  bool LastShown = true;
  bool SystemHeaders = false;
  std::unique_ptr<llvm::Regex> HeaderFilter, ExcludeFilter;
  llvm::DenseMap<FileID, bool> ByFile;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_SHOWNFILES_H
