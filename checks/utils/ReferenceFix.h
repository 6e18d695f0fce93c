//===--- ReferenceFix.h - memchecks -----------------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_REFERENCEFIX_H
#define MEMCHECKS_UTILS_REFERENCEFIX_H

#include "utils/Compat.h"
#include "utils/FunctionContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Diagnostic.h"

namespace clang::tidy::memchecks::utils {

/// The edit that binds the copy \p Var (a range-for element when
/// \p RangeFor is given, else a local) by reference: `&` before the name,
/// when binding by reference is sure to compile and to see the same object
/// for as long as the copy lives. None otherwise.
compat::Optional<FixItHint> referenceFix(const VarDecl &Var,
                                         const CXXForRangeStmt *RangeFor,
                                         FunctionContext &F);

/// The type to write instead of \p Var's to bind it by const reference:
/// `const auto &` where the type is deduced, else `const T &` as written
/// (\p AsWritten: in an instantiation, whose type is substituted, the
/// template's spelling) or as printed.
std::string constReferenceSpelling(const VarDecl &Var, const ASTContext &Ctx,
                                   bool AsWritten);

/// `T x` -> `const T &x`: the insertions of `const ` (unless the type is
/// const already) and `&`, or nothing where the declaration cannot be
/// edited.
llvm::SmallVector<FixItHint, 2> constReferenceFixes(const VarDecl &Var,
                                                    const ASTContext &Ctx);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_REFERENCEFIX_H
