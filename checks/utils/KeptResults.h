//===--- KeptResults.h - do callers keep a returned pointer -----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// `std::unique_ptr<Point> makePoint()` could return a `Point` only if no
// caller needs the pointer itself. Which functions' returned pointers does
// some caller in the translation unit keep as a pointer?
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_KEPTRESULTS_H
#define MEMCHECKS_UTILS_KEPTRESULTS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::memchecks::utils {

/// The functions among \p Candidates (canonical declarations) whose
/// returned pointer some caller of the TU may need as a pointer: a caller
/// releases it, stores it, passes it on, returns it or tests it; calls it
/// outside a function body; names it in a dependent call; or the function's
/// address is taken, so its callers are not all seen. A caller that only
/// dereferences the result (`f()->m`, `*f()`, a local used only through `->`
/// and `*`) or drops it would do as well with a value. One walk of the TU.
llvm::DenseSet<const FunctionDecl *>
resultsKeptAsPointers(const llvm::DenseSet<const FunctionDecl *> &Candidates,
                      ASTContext &Ctx);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_KEPTRESULTS_H
