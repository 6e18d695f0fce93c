//===--- ObservedAfter.h - is this object observed after a point -*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Whether a local object's state after a given expression can still be seen
// by the function: a later use in source order, or an earlier use that a
// loop's back edge brings control to again.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_OBSERVEDAFTER_H
#define MEMCHECKS_UTILS_OBSERVEDAFTER_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::memchecks::utils {

/// Every DeclRefExpr inside \p Body naming \p Var or, when \p Var is a
/// structured binding declaration, one of its bindings.
llvm::SmallVector<const DeclRefExpr *, 8>
findObjectRefs(const VarDecl &Var, const Stmt &Body, ASTContext &Ctx);

/// Whether any use in \p Refs other than those inside \p Site may run after
/// \p Site: later in source order, or inside a loop around \p Site that does
/// not also contain \p Var's declaration (a loop that re-creates the object on
/// every iteration does not carry its state). Any goto in \p Body makes the
/// answer yes.
bool isObservedAfter(const VarDecl &Var, const Expr &Site,
                     llvm::ArrayRef<const DeclRefExpr *> Refs,
                     const Stmt &Body, const ParentMap &PM,
                     const SourceManager &SM);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_OBSERVEDAFTER_H
