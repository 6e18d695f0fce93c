//===--- CommentAbove.h - what the comment above a decl says ----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// What does the comment written just above a declaration say? A function's
// comment may state a contract its body does not show yet, such as "returns
// null when ...": a result the code must keep able to produce.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_COMMENTABOVE_H
#define MEMCHECKS_UTILS_COMMENTABOVE_H

#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include <string>

namespace clang::tidy::memchecks::utils {

/// The comment written just above \p D (`//` lines or `/* */` blocks, above
/// its template header for a function template), lower-cased; empty when
/// there is none. Any comment counts, not only documentation comments.
std::string commentAbove(const Decl &D, const SourceManager &SM);

/// Whether a comment above a declaration of \p FD says that it may return
/// an empty pointer: the words "null", "nullptr", "empty", "nothing" or
/// "none". Such a result is part of the contract even when today's body
/// never produces it.
bool documentsEmptyResult(const FunctionDecl &FD, const SourceManager &SM);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_COMMENTABOVE_H
