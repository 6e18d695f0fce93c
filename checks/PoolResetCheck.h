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
#include "llvm/ADT/DenseMap.h"
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
  bool isPoolClass(const CXXRecordDecl *RD) const;
  bool isAcquireName(StringRef Name) const;
  bool isReleaseName(StringRef Name) const;
  bool isResetMethod(const CXXMethodDecl *MD) const;
  /// The reset method to suggest for objects of \p RD, or empty when the
  /// class has none (then use-before-reset is not reported for it).
  StringRef resetMethodFor(const CXXRecordDecl *RD);
  /// Whether \p Pool resets what it hands out itself (its release or acquire
  /// body, visible in the TU, calls a reset method).
  bool handsOutCleanObjects(const CXXRecordDecl *Pool);
  bool assumeUnknownCallsReset() const { return AssumeUnknownCallsReset; }

private:
  bool wantsFunction(const FunctionDecl &FD) override;
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
  void analyzeFunction(const FunctionDecl *FD, ASTContext &Ctx);

  const utils::RegexListOption PoolTypes;
  const std::vector<std::string> AcquireMethods;
  const std::vector<std::string> ReleaseMethods;
  const std::vector<std::string> ResetMethods;
  const bool AssumeUnknownCallsReset;

  // Per-TU caches.
  llvm::DenseSet<const FunctionDecl *> Analyzed;
  llvm::DenseMap<const CXXRecordDecl *, std::string> ResetNames;
  llvm::DenseMap<const CXXRecordDecl *, bool> CleanPools;
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_POOLRESETCHECK_H
