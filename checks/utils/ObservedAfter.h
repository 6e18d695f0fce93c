//===--- ObservedAfter.h - is this object observed after a point -*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Whether a local object's state after a given expression can still be seen
// by the function: is there a path in the control-flow graph from the
// expression to a use that observes the object, loop back edges included,
// that does not first re-create the object.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_OBSERVEDAFTER_H
#define MEMCHECKS_UTILS_OBSERVEDAFTER_H

#include "utils/FunctionContext.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::memchecks::utils {

/// Every DeclRefExpr inside \p Body naming \p Var or, when \p Var is a
/// structured binding declaration, one of its bindings.
llvm::SmallVector<const DeclRefExpr *, 8>
findObjectRefs(const VarDecl &Var, const Stmt &Body, ASTContext &Ctx);

/// Whether control can reach one of \p Observers after \p Site has run:
/// later in the same straight-line code, on any branch, or through a loop's
/// back edge, but not across a new execution of \p Var's declaration (a
/// loop body that declares the object makes a fresh one on each turn).
/// Observers inside \p Site run before its write and do not count. An
/// observer in a `catch` handler counts for a site in its `try` block.
/// \p Overwrites replace the whole object without reading it (`c = {};`
/// with a defaulted assignment): a path that meets one first ends there,
/// like a new execution of the declaration.
/// The graph is \p F's, built on the first question and shared by every
/// later one (one per function, not one per variable: the checks run in the
/// editor on every keystroke). When the body has no CFG, or a node cannot be
/// placed in it, the answer is yes.
bool isObservedAfter(FunctionContext &F, const VarDecl &Var, const Stmt &Site,
                     llvm::ArrayRef<const Stmt *> Observers,
                     llvm::ArrayRef<const Stmt *> Overwrites = {});

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_OBSERVEDAFTER_H
