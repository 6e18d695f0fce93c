//===--- PoolResetCheck.h - memchecks -----------------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_POOLRESETCHECK_H
#define MEMCHECKS_POOLRESETCHECK_H

#include "utils/Compat.h"
#include "utils/FunctionCheck.h"
#include "utils/Options.h"
#include "utils/PoolProtocol.h"
#include "llvm/ADT/DenseSet.h"
#include <string>
#include <vector>

namespace clang::tidy::memchecks {

/// Flags pooled objects used before they are reset or after they are returned.
///
/// For the user-facing documentation see docs/checks/pool-reset.md.
class PoolResetCheck : public utils::FunctionCheck {
public:
  PoolResetCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;

  // Used by the per-function analysis in PoolResetCheck.cpp.
  utils::PoolProtocol &protocol() { return Protocol; }
  bool assumeUnknownCallsReset() const { return AssumeUnknownCallsReset; }

private:
  bool wantsFunction(const FunctionDecl &FD) override;
  void checkFunction(utils::FunctionContext &F) override;

  const utils::RegexListOption PoolTypes;
  const std::vector<std::string> AcquireMethods;
  const std::vector<std::string> ReleaseMethods;
  const std::vector<std::string> ResetMethods;
  const bool AssumeUnknownCallsReset;
  utils::PoolProtocol Protocol; // per-TU caches of what the classes do

  llvm::DenseSet<const FunctionDecl *> Analyzed; // per TU
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_POOLRESETCHECK_H
