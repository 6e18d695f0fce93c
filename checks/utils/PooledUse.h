//===--- PooledUse.h - what one use does to a pooled object -----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// What one occurrence of a local that holds a pooled object (a pointer, a
// reference or a smart pointer) does to that object: tests the pointer,
// reads or writes the object, resets it, gives it back to its pool, rebinds
// the local, or lets the pointer go where it can no longer be followed.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_POOLEDUSE_H
#define MEMCHECKS_UTILS_POOLEDUSE_H

#include "utils/FunctionContext.h"
#include "utils/PoolProtocol.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::memchecks::utils {

enum class PooledUse {
  Neutral,    ///< tests or compares the pointer
  Use,        ///< reads or writes the object
  Reset,      ///< resets it (reset method, assignment of a new value)
  MaybeReset, ///< hands it to a call that may reset it
  Release,    ///< returns it to its pool
  Escape,     ///< rebinds, aliases or gives away the pointer: stop tracking
  Assigned,   ///< the local is assigned a new value (NewValue)
};

struct PooledUseAt {
  PooledUse Kind = PooledUse::Neutral;
  /// Where the effect happens: the outermost expression looked at (the
  /// reset call, the release call...); the reference itself at the least.
  const Stmt *At = nullptr;
  /// For Assigned: the value assigned (null when it cannot be told).
  const Expr *NewValue = nullptr;
};

/// What \p Ref, an occurrence of a local of \p F held as \p Holder, does to
/// the object it holds, following it outwards through dereferences, member
/// accesses, casts and calls. A call the protocol does not know, that may
/// write the object, is a MaybeReset when \p UnknownCallsReset and a Use
/// otherwise.
PooledUseAt classifyPooledUse(const DeclRefExpr &Ref, PooledHolder Holder,
                              const PoolProtocol &Protocol,
                              bool UnknownCallsReset, FunctionContext &F);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_POOLEDUSE_H
