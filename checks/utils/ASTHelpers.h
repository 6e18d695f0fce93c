//===--- ASTHelpers.h - small AST questions shared by checks ----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_ASTHELPERS_H
#define MEMCHECKS_UTILS_ASTHELPERS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::memchecks::utils {

/// Whether \p D is, or sits inside, an implicit template instantiation or
/// specialization. Checks analyse the written template once and skip these,
/// so one source location is reported at most once.
bool isInTemplateInstantiation(const Decl *D);

/// Whether \p FD is `std::move` or `std::forward`.
bool isStdMoveOrForward(const FunctionDecl *FD);

/// Whether \p Call is a one-argument call of `std::move` or `std::forward`.
bool isStdMoveOrForwardCall(const CallExpr *Call);

/// Whether a fix-it may touch \p Loc: a real file location, not in a macro
/// expansion or a system header.
bool isEditableLocation(SourceLocation Loc, const SourceManager &SM);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_ASTHELPERS_H
