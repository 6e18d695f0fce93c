//===--- LocalWrites.h - does a statement write beyond its locals -*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_LOCALWRITES_H
#define MEMCHECKS_UTILS_LOCALWRITES_H

#include "clang/AST/Stmt.h"

namespace clang::tidy::memchecks::utils {

/// What a stretch of code may change besides the function's own local
/// values (locals and by-value parameters that are not references or
/// pointers, and their members).
enum class WriteReach {
  LocalsOnly, ///< no write, no call that could write, beyond local values
  Calls,      ///< only that: calls of functions that take nothing writable
              ///< (they could still change globals)
  Anything,   ///< a write through a reference, pointer, `this` or global, a
              ///< non-const member call on one, an argument passed by
              ///< non-const reference or pointer, `new` or `delete`
};

/// The widest reach of any expression under \p S. `const` member calls and
/// trivial or defaulted copies count as reading.
WriteReach writeReach(const Stmt *S);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_LOCALWRITES_H
