//===--- HotPathAllocCheck.h - memchecks ------------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_HOTPATHALLOCCHECK_H
#define MEMCHECKS_HOTPATHALLOCCHECK_H

#include "utils/AllocationAnalysis.h"
#include "utils/Compat.h"
#include "utils/FunctionCheck.h"
#include "utils/Options.h"
#include "llvm/ADT/DenseSet.h"
#include <set>
#include <string>
#include <utility>

namespace clang::tidy::memchecks {

/// Flags operations that may allocate on the heap inside functions marked
/// hot, directly or through the functions they call.
///
/// For the user-facing documentation see docs/checks/hot-path-alloc.md.
class HotPathAllocCheck : public utils::FunctionCheck {
public:
  HotPathAllocCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void onEndOfTranslationUnit() override;

private:
  bool wantsFunction(const FunctionDecl &FD) override;
  void checkFunction(utils::FunctionContext &F) override;
  bool isHot(const FunctionDecl *FD) const;
  void verify(const FunctionDecl *Body, const FunctionDecl *Hot,
              ASTContext &Ctx);

  const utils::RegexListOption HotFunctions;
  const utils::RegexListOption AllocationFunctions;
  const bool AllowStdFunction;
  const bool Strict;
  utils::AllocationAnalysis Analysis;
  // A template's instantiations share source locations: report each once.
  std::set<std::pair<unsigned, std::string>> Reported;
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_HOTPATHALLOCCHECK_H
