//===--- ConstOverloads.h - a non-const member that only reads --*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// On a non-const object, `m.find(k)`, `m.at(k)` and `v[i]` call the
// non-const overloads, which on the object itself do what the const ones do:
// only the access the result gives differs. A by-value parameter or copy
// that is only looked up this way would compile, and behave the same, as a
// `const &`.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_CONSTOVERLOADS_H
#define MEMCHECKS_UTILS_CONSTOVERLOADS_H

#include "clang/AST/DeclCXX.h"

namespace clang::tidy::memchecks::utils {

/// The const overload of the non-const member \p M when calling \p M
/// changes nothing in the object, so that through a `const &` the twin is
/// called instead, with the same effect: a member of the same class with
/// the same name and parameter types (for a conversion function, a const
/// conversion to the same type but for `const` and `&`), where either the
/// class is a standard value type (whose overload pairs the standard
/// defines alike) or \p M's body is only `return` of a member of `*this`.
/// Null for anything else.
const CXXMethodDecl *readOnlyConstTwin(const CXXMethodDecl &M);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_CONSTOVERLOADS_H
