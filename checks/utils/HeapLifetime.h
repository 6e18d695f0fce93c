//===--- HeapLifetime.h - does a heap object die like a local ---*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Does a local heap object die where a local of its block would, and when
// its `delete` comes earlier, could anyone tell? A local that replaces it
// dies at the end of the block, so the heap object may become one only when
// that moves no destruction anybody observes.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_HEAPLIFETIME_H
#define MEMCHECKS_UTILS_HEAPLIFETIME_H

#include "utils/EscapeAnalysis.h"
#include "utils/FunctionContext.h"
#include "clang/AST/Decl.h"

namespace clang::tidy::memchecks::utils {

/// How the life of a local heap object compares with that of a local.
enum class HeapLifetime {
  /// Not like a local: not exactly one `delete p;` that is a statement of
  /// the declaring block after the declaration, or a delete whose earlier
  /// end the program may observe.
  Other,
  /// It ends where a local of the block would end: a smart pointer that is
  /// never reset, or a `delete p;` followed by nothing that could tell.
  AtBlockEnd,
  /// `delete p;` ends it before the block ends, and nothing can observe the
  /// difference: the destructor does nothing, or only frees memory (a std
  /// string or container).
  EarlierUnobserved,
};

/// The HeapLifetime of \p VD, a local pointer (\p Raw) or smart pointer to a
/// \p T, whose uses in \p F are \p Uses (and do not escape).
HeapLifetime heapLifetime(const VarDecl &VD, QualType T, bool Raw,
                          const PointerUses &Uses, FunctionContext &F);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_HEAPLIFETIME_H
