//===--- LargeValueParamCheck.h - memchecks ---------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_LARGEVALUEPARAMCHECK_H
#define MEMCHECKS_LARGEVALUEPARAMCHECK_H

#include "utils/Compat.h"
#include "utils/FunctionCheck.h"
#include "utils/Options.h"
#include "llvm/ADT/DenseSet.h"
#include <vector>

namespace clang::tidy::memchecks {

/// Flags parameters of large object types passed by value to functions that
/// only read them.
///
/// For the user-facing documentation see docs/checks/large-value-param.md.
class LargeValueParamCheck : public utils::FunctionCheck {
public:
  LargeValueParamCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void onEndOfTranslationUnit() override;

private:
  bool wantsFunction(const FunctionDecl &FD) override;
  void checkFunction(utils::FunctionContext &F) override;
  /// Who decides the function's signature.
  enum class Signature {
    Free,        ///< the function itself
    Virtual,     ///< a virtual function, or an override
    MayOverride, ///< a member of a class template with a dependent base
  };
  static Signature signatureOf(const FunctionDecl &FD);
  struct Finding {
    const FunctionDecl *Function;
    const ParmVarDecl *Param;
    unsigned Index;
    uint64_t Size;
    Signature Sig;
    /// `&p.m` somewhere: the fix-it goes on a note.
    const UnaryOperator *PartAddress;
    /// The parameter's only use copies it, and moving is cheaper than
    /// copying: the advice is std::move there, not a const reference.
    const CXXConstructExpr *SoleCopy;
  };
  void report(const Finding &F, bool AddressTaken);
  void reportSoleCopy(const Finding &F, const std::string &Name);
  bool fixes(const Finding &F, bool AddressTaken,
             llvm::SmallVectorImpl<FixItHint> &Fixes);

  const uint64_t SizeThreshold;
  const utils::RegexListOption IgnoredTypes;
  const bool CheckVirtual;
  ClangTidyContext *const Ctx;
  ASTContext *AST = nullptr;
  // Reported at the end of the TU, once every use of every function
  // (address taken or not) has been seen.
  std::vector<Finding> Findings;
};

} // namespace clang::tidy::memchecks

#endif // MEMCHECKS_LARGEVALUEPARAMCHECK_H
