//===--- FreshAllocation.h - what a heap allocation makes -------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Is this expression a fresh heap allocation of one object, and of which
// type; does every return of a function hand back such an allocation? The
// forms are the ones a value could replace: `new T`, `std::make_unique<T>()`,
// `std::unique_ptr<T>(new T)` (and their shared_ptr twins), under parens,
// copies, moves and `std::move`.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_FRESHALLOCATION_H
#define MEMCHECKS_UTILS_FRESHALLOCATION_H

#include "utils/Compat.h"
#include "utils/FunctionContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::memchecks::utils {

/// What a fresh allocation expression allocates.
struct FreshAllocation {
  const Expr *E = nullptr;           ///< the make_unique call or the new
  const CXXNewExpr *New = nullptr;   ///< set for `new T` forms
  const CallExpr *Factory = nullptr; ///< set for make_unique / make_shared
  QualType Type;                     ///< the allocated T
};

/// The one object \p E allocates afresh: a `new T` of the global allocation
/// function, with no placement arguments and not an array, bare or wrapped in
/// a smart pointer with the default deleter; or `std::make_unique<T>(...)`.
/// The shared_ptr forms count only with \p AllowShared.
compat::Optional<FreshAllocation> freshAllocation(const Expr *E,
                                                  bool AllowShared);

/// The allocation of a fresh \p T that every return of \p F's function
/// hands back, either directly or through a local initialised by it that
/// does not escape and is not deleted; the first such allocation, or null
/// when some return does anything else or there is no return. Returns of
/// lambdas and local classes inside the function are not its returns.
const Expr *allocationEveryReturnMakes(QualType T, bool AllowShared,
                                       FunctionContext &F);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_FRESHALLOCATION_H
