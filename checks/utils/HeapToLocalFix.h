//===--- HeapToLocalFix.h - rewrite a heap object as a local ----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Which edits turn a local heap object into a local variable? The
// declaration `auto p = std::make_unique<T>(args);` (or `T *p = new T(args);`)
// becomes `T p(args);`, every `p->m` becomes `p.m`, every `*p` becomes `p`,
// and a `delete p;` goes, with its line when it stands alone.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_HEAPTOLOCALFIX_H
#define MEMCHECKS_UTILS_HEAPTOLOCALFIX_H

#include "utils/EscapeAnalysis.h"
#include "utils/FreshAllocation.h"
#include "utils/FunctionContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::memchecks::utils {

/// The fix-it that turns \p VD, a local pointer (\p Raw, whose one delete is
/// the first of \p Uses' deletes) or smart pointer initialised by \p A, a
/// fresh \p T, into a local of its block in \p F. Empty when any piece of it
/// cannot be written safely: the declaration is not alone in its statement
/// or not in a block, something to edit is in a macro or a system header, the
/// initializer is not spelled `(...)` or `{...}`, or `T p(...)` could be read
/// as a function declaration. `()` and `{}` become `{}` (which keeps the
/// zeroing) or nothing when a user-provided default constructor runs anyway.
llvm::SmallVector<FixItHint, 8>
heapToLocalFix(const VarDecl &VD, const FreshAllocation &A, QualType T,
               bool Raw, const PointerUses &Uses, FunctionContext &F);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_HEAPTOLOCALFIX_H
