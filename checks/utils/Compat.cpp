//===--- Compat.cpp - the one place LLVM majors differ --------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/Compat.h"
#include "clang-tidy/ClangTidyOptions.h"

namespace clang::tidy::memchecks::compat {

bool hasNonAllocatingEffect(const FunctionDecl *FD) {
#if LLVM_VERSION_MAJOR >= 19
  if (!FD)
    return false;
  for (const FunctionEffect &E :
       FunctionEffectsRef::get(FD->getType()).effects())
    if (E.kind() == FunctionEffect::Kind::NonAllocating ||
        E.kind() == FunctionEffect::Kind::NonBlocking)
      return true;
  return false;
#else
  (void)FD;
  return false;
#endif
}

llvm::StringRef excludeHeaderFilter(const ClangTidyOptions &Options) {
#if LLVM_VERSION_MAJOR >= 19
  if (Options.ExcludeHeaderFilterRegex)
    return *Options.ExcludeHeaderFilterRegex;
#else
  (void)Options;
#endif
  return {};
}

llvm::StringRef fileNameForHeaderFilter(const SourceManager &SM, FileID FID) {
#if LLVM_VERSION_MAJOR >= 17
  if (OptionalFileEntryRef File = SM.getFileEntryRefForID(FID))
    return File->getName();
#else
  if (const FileEntry *File = SM.getFileEntryForID(FID))
    return File->getName();
#endif
  return {};
}

} // namespace clang::tidy::memchecks::compat
