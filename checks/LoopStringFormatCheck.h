//===--- LoopStringFormatCheck.h - memchecks -----------------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_LOOPSTRINGFORMATCHECK_H
#define MEMCHECKS_LOOPSTRINGFORMATCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::memchecks {

/// Flags a new formatted string built on every loop iteration and thrown away.
class LoopStringFormatCheck : public ClangTidyCheck {
public:
  LoopStringFormatCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context) {}
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override {}
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override {}
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_LOOPSTRINGFORMATCHECK_H
