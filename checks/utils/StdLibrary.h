//===--- StdLibrary.h - what the standard library's names mean --*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_STDLIBRARY_H
#define MEMCHECKS_UTILS_STDLIBRARY_H

#include "clang/AST/Decl.h"

namespace clang::tidy::memchecks::utils {

/// Whether \p FD is a std algorithm of <algorithm> or <numeric> that calls
/// the function objects it is given only while it runs and keeps none of
/// them (`std::for_each`, `std::sort`, `std::accumulate`, ...).
bool isStdAlgorithm(const FunctionDecl &FD);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_STDLIBRARY_H
