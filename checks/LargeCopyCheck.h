//===--- LargeCopyCheck.h - memchecks ---------------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_LARGECOPYCHECK_H
#define MEMCHECKS_LARGECOPYCHECK_H

#include "utils/Compat.h"
#include "utils/CopyAnalysis.h"
#include "utils/FunctionCheck.h"
#include "utils/FunctionContext.h"
#include "utils/LocalWrites.h"
#include "utils/Options.h"
#include "utils/ShownFiles.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::memchecks {

/// Flags large objects copied only to be read: a range-for variable declared
/// by value, a local copy of an lvalue that stays unchanged while the copy
/// lives, or a lambda capture by copy in a lambda that does not outlive its
/// call, measured in bytes.
class LargeCopyCheck : public utils::FunctionCheck {
public:
  LargeCopyCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;

private:
  bool wantsFunction(const FunctionDecl &FD) override;
  /// Every range-for, local and lambda call the user wrote in \p FD (its
  /// member initializers, its body and the lambdas in them).
  void checkFunction(utils::FunctionContext &F) override;
  void checkCaptures(const LambdaExpr &L, const CallExpr &Call,
                     ASTContext &Ctx);
  /// \p Loop is the range-for that declares \p Var, or null for a local;
  /// \p Instance the template instantiation \p Var belongs to when its
  /// written type is dependent (reported once, without a fix-it).
  void checkCopy(const VarDecl &Var, const CXXForRangeStmt *Loop,
                 ASTContext &Ctx, const FunctionDecl *Instance = nullptr);
  void checkInstantiation(const FunctionDecl &Instance,
                          ASTContext &Ctx) override;
  void onEndOfTranslationUnit() override;

  const uint64_t SizeThreshold;
  const utils::RegexListOption IgnoredTypes;
  /// Per function template, where it declares copies of a dependent type.
  utils::DependentCopyIndex DependentCopies;
  /// Dependent copies already reported for one instantiation.
  llvm::DenseSet<SourceLocation> ReportedDependent;
  /// The functions whose copies were looked at, for this TU.
  utils::FunctionContexts Contexts;
  /// What the copies' lives may write, and which functions run callbacks.
  utils::WriteReaches Writes;
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_LARGECOPYCHECK_H
