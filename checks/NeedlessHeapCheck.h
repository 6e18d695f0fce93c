//===--- NeedlessHeapCheck.h - memchecks -----------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_NEEDLESSHEAPCHECK_H
#define MEMCHECKS_NEEDLESSHEAPCHECK_H

#include "utils/FunctionCheck.h"
#include "utils/FunctionContext.h"
#include <vector>

namespace clang::tidy::memchecks {

/// Flags small objects put on the heap that could be values: functions that
/// return a fresh `std::unique_ptr` to a small type, and local heap objects
/// whose pointer never leaves their function.
///
/// For the user-facing documentation see docs/checks/needless-heap.md.
class NeedlessHeapCheck : public utils::FunctionCheck {
public:
  NeedlessHeapCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus11;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;

private:
  struct ReturnFinding {
    const FunctionDecl *Function;
    QualType Type;
    uint64_t Size;
    const Expr *FirstAllocation;
  };
  /// The locals of one function (a lambda's too), then its returns.
  void checkFunction(utils::FunctionContext &F) override;
  void checkReturns(const FunctionDecl &FD, ASTContext &Ctx);
  void checkLocal(const VarDecl &VD, ASTContext &Ctx);

  const uint64_t SizeThreshold;
  const uint64_t StackSizeThreshold;
  const bool CheckSharedPtr;
  ASTContext *AST = nullptr;
  /// The functions looked at, for this TU.
  utils::FunctionContexts Contexts;
  // Reported at the end of the TU, once every use of every function
  // (address taken or not) has been seen.
  std::vector<ReturnFinding> Returns;
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_NEEDLESSHEAPCHECK_H
