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
#include "utils/FunctionCheck.h"
#include "utils/MethodEffects.h"
#include "utils/ObservedAfter.h"
#include "utils/Options.h"
#include "clang/AST/ParentMap.h"
#include "utils/StmtParents.h"
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
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

  /// How one use of the copy treats it.
  struct Use {
    enum Kind { Read, Mutation, Escape } K = Escape;
    const Expr *Site = nullptr; ///< the mutating expression
    std::string What;           ///< `inc`, `++`, `+=`
  };

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
  struct FunctionScope {
    const FunctionDecl *FD;
    const Stmt *Body;
    utils::StmtParents *Parents; ///< indexed on the first question
    const ParentMap &pm() const { return Parents->map(); }
    ASTContext *Ctx;
    utils::ObservationFlow *Flow; ///< built on the first question
    /// In an instantiation, the copies to look at (the ones whose type the
    /// template left dependent); empty means all.
    llvm::ArrayRef<SourceLocation> OnlyCopiesAt;
    bool Instantiation;
    bool wants(const VarDecl &V) const {
      return !Instantiation || llvm::is_contained(OnlyCopiesAt, V.getLocation());
    }
  };
  void analyseFunction(const FunctionDecl *FD, ASTContext &Ctx,
                       llvm::ArrayRef<SourceLocation> OnlyCopiesAt = {});
  void analyseInstantiation(const FunctionDecl *FD, ASTContext &Ctx);
  void collect(const Stmt *S, const FunctionScope &F,
               const CXXForRangeStmt *RangeFor);
  void analyseCopy(const VarDecl &Var, utils::CopyShape Shape,
                   const FunctionScope &F, const CXXForRangeStmt *RangeFor);
  void report(const VarDecl &Var, utils::CopyShape Shape,
              const FunctionScope &F, const CXXForRangeStmt *RangeFor,
              const DeclRefExpr *Ref, const Use &Mut, bool WithFix,
              bool FixIsCertain);
  void analyseTemporaryCall(const CallExpr *Call, const FunctionScope &F);
  bool isValueType(const CXXRecordDecl *RD) const;
  bool isHandleType(const CXXRecordDecl *RD) const;
  bool isCopyableValue(QualType T);
  Use classify(const DeclRefExpr *Ref, const FunctionScope &F);
  Use classifyMethodCall(const CallExpr *Call, const CXXMethodDecl *M,
                         const FunctionScope &F, const Expr *&Cur);
  Use classifyArgument(const Expr *Call, const Expr *Arg,
                       const FunctionScope &F);
  bool isDiscarded(const Expr *E, const ParentMap &PM) const;
  /// `&` before the name, when binding by reference is sure to compile and
  /// to see the same object for as long as the copy lives.
  compat::Optional<FixItHint> referenceFix(const VarDecl &Var,
                                           const CXXForRangeStmt *RangeFor,
                                           const FunctionScope &F);

  const utils::RegexListOption ValueTypes;
  const utils::RegexListOption HandleTypes;
  utils::MethodEffects Effects;
  llvm::DenseSet<unsigned> Reported; // raw encodings of reported locations
  /// Per template pattern: where it declares copies of a dependent type.
  utils::DependentCopyIndex DependentCopies;
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_MUTATIONONCOPYCHECK_H
