//===--- HotPathAllocCheck.h - memchecks -----------------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_HOTPATHALLOCCHECK_H
#define MEMCHECKS_HOTPATHALLOCCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::memchecks {

/// Flags operations that may allocate inside functions marked hot.
class HotPathAllocCheck : public ClangTidyCheck {
public:
  HotPathAllocCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context) {}
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override {}
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override {}
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_HOTPATHALLOCCHECK_H
