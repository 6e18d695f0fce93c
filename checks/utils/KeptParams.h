//===--- KeptParams.h - does a callee keep what it is given -----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// `void setText(const std::string &s) { text = s; }`: an argument passed by
// reference is still kept when the callee's visible body copies it into
// storage that outlives the call. Asked about a string built in a loop, the
// answer says whether it is the product of the iteration or thrown away.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_KEPTPARAMS_H
#define MEMCHECKS_UTILS_KEPTPARAMS_H

#include "utils/FunctionContext.h"
#include "utils/FunctionSummaries.h"
#include "utils/StdLibrary.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

namespace clang::tidy::memchecks::utils {

/// Answers, memoized per translation unit, whether a function keeps a copy
/// of one of its parameters beyond the call.
class KeptParams {
public:
  /// Whether \p FD keeps the value of its parameter \p Idx beyond the call,
  /// judged from its visible body and member initializers: the value (or a
  /// copy, or an object constructed from it that keeps it) is assigned to,
  /// used to initialise, or inserted into storage that is not one of the
  /// function's own locals (a member, a global, a container reached through
  /// a reference or pointer), or passed to a function that keeps it; or,
  /// in a template, handed to a type-dependent expression (a construction
  /// or call that only instantiations resolve). False when no body is
  /// visible. Inside a recursion cycle a call still being
  /// analysed counts as not keeping, and nothing decided under that guess is
  /// remembered, so answers do not depend on the order of questions.
  bool keeps(const FunctionDecl &FD, unsigned Idx, ASTContext &Ctx);

  void clear() {
    Memo.clear();
    Contexts.clear();
  }

private:
  FunctionSummaries<std::pair<const FunctionDecl *, unsigned>, bool> Memo{false};
  /// One per callee whose body is followed, for all its parameters.
  FunctionContexts Contexts;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_KEPTPARAMS_H
