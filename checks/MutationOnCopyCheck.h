//===--- MutationOnCopyCheck.h - memchecks ----------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_MUTATIONONCOPYCHECK_H
#define MEMCHECKS_MUTATIONONCOPYCHECK_H

#include "utils/Compat.h"
#include "utils/CopyAnalysis.h"
#include "utils/CopyUses.h"
#include "utils/FunctionCheck.h"
#include "utils/FunctionContext.h"
#include "utils/MethodEffects.h"
#include "utils/ObservedAfter.h"
#include "utils/Options.h"
#include <memory>
#include <string>

namespace clang::tidy::memchecks {

/// Flags a mutation of a copy that is never observed afterwards.
///
/// For the user-facing documentation see docs/checks/mutation-on-copy.md.
class MutationOnCopyCheck : public utils::FunctionCheck {
public:
  MutationOnCopyCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void onEndOfTranslationUnit() override;

  using Use = utils::CopyUse;

private:
  void checkFunction(utils::FunctionContext &F) override;
  void analyseFunction(utils::FunctionContext &F,
                       llvm::ArrayRef<SourceLocation> OnlyCopiesAt = {});
  void checkInstantiation(const FunctionDecl &FD, ASTContext &Ctx) override;
  /// Every copy and call of F's body (one walk), lambdas left out.
  void collect(utils::FunctionContext &F);
  void analyseCopy(const VarDecl &Var, utils::CopyShape Shape,
                   utils::FunctionContext &F, const CXXForRangeStmt *RangeFor);
  void report(const VarDecl &Var, utils::CopyShape Shape,
              utils::FunctionContext &F, const CXXForRangeStmt *RangeFor,
              const DeclRefExpr *Ref, const Use &Mut, bool WithFix,
              bool FixIsCertain);
  void analyseTemporaryCall(const CallExpr *Call, utils::FunctionContext &F);
  bool isValueType(const CXXRecordDecl *RD) const;
  bool isHandleType(const CXXRecordDecl *RD) const;
  bool isCopyableValue(QualType T);
  /// In an instantiation, only the copies whose type the template left
  /// dependent are looked at.
  bool wants(const VarDecl &V, const utils::FunctionContext &F) const;

  const utils::RegexListOption ValueTypes;
  const utils::RegexListOption HandleTypes;
  /// A callee defined in another TU writes what it takes by non-const
  /// reference (see CopyUses::opaqueCalleeWrites).
  const bool OpaqueCalleesWrite;
  utils::MethodEffects Effects;
  utils::CopyUses Uses;
  llvm::DenseSet<unsigned> Reported; // raw encodings of reported locations
  /// While an instantiation is analysed: where its dependent copies are.
  llvm::ArrayRef<SourceLocation> OnlyCopiesAt;
  /// Per template pattern: where it declares copies of a dependent type.
  utils::DependentCopyIndex DependentCopies;
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_MUTATIONONCOPYCHECK_H
