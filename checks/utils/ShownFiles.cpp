//===--- ShownFiles.cpp - where clang-tidy shows a diagnostic -------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/ShownFiles.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "utils/Compat.h"

namespace clang::tidy::memchecks::utils {

void ShownFiles::startTranslationUnit(const SourceManager &SM) {
  ForManager = &SM;
  MainFile = SM.getMainFileID();
  ByFile.clear();
  LastBegin = LastEnd = 0;
  // The options clang-tidy's diagnostic consumer reads, compiled the same
  // way: an empty or invalid expression matches nothing.
  const ClangTidyOptions &Options = Tidy.getOptions();
  SystemHeaders = Options.SystemHeaders && *Options.SystemHeaders;
  HeaderFilter = std::make_unique<llvm::Regex>(
      Options.HeaderFilterRegex ? *Options.HeaderFilterRegex : "");
  ExcludeFilter =
      std::make_unique<llvm::Regex>(compat::excludeHeaderFilter(Options));
}

bool ShownFiles::shows(SourceLocation Loc, const SourceManager &SM) {
  if (Loc.isInvalid())
    return true;
  // Checks are created for each translation unit; the source manager is
  // compared only to be safe.
  if (&SM != ForManager)
    startTranslationUnit(SM);
  // The matchers meet nodes in source order: most questions are about the
  // file of the previous one, answered from its range of locations.
  if (Loc.isFileID() && Loc.getRawEncoding() >= LastBegin &&
      Loc.getRawEncoding() < LastEnd)
    return LastShown;
  FileID File = SM.getDecomposedExpansionLoc(Loc).first;
  bool Shown = showsFile(File, SM);
  if (Loc.isFileID()) {
    LastBegin = SM.getLocForStartOfFile(File).getRawEncoding();
    LastEnd = SM.getLocForEndOfFile(File).getRawEncoding() + 1;
    LastShown = Shown;
  }
  return Shown;
}

bool ShownFiles::showsFile(FileID File, const SourceManager &SM) {
  if (File == MainFile)
    return true;
  auto [It, New] = ByFile.try_emplace(File, true);
  if (!New)
    return It->second;
  bool Invalid = false;
  const SrcMgr::SLocEntry &Entry = SM.getSLocEntry(File, &Invalid);
  if (Invalid || !Entry.isFile())
    return true;
  // Line markers can make part of a file count as the main file.
  if (Entry.getFile().hasLineDirectives())
    return true;
  if (!SystemHeaders &&
      SrcMgr::isSystem(Entry.getFile().getFileCharacteristic()))
    return It->second = false;
  llvm::StringRef Name = compat::fileNameForHeaderFilter(SM, File);
  if (Name.empty())
    return true;
  return It->second = HeaderFilter->match(Name) && !ExcludeFilter->match(Name);
}

} // namespace clang::tidy::memchecks::utils
