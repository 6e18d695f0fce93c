//===--- TypeSize.h - guarded sizeof for diagnostics ------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_TYPESIZE_H
#define MEMCHECKS_UTILS_TYPESIZE_H

#include "utils/Compat.h"
#include "clang/AST/ASTContext.h"
#include <cstdint>
#include <string>

namespace clang::tidy::memchecks::utils {

/// The size in bytes from which a copy is "large": the default
/// `SizeThreshold` of large-value-param and large-copy, chosen from
/// bench/patterns/param_passing.cpp (docs/checks/large-value-param.md).
constexpr uint64_t DefaultLargeSizeThreshold = 128;

/// sizeof(\p T) in bytes, or nothing when asking would be unsafe or
/// meaningless: dependent, incomplete, invalid or undeduced types, references,
/// functions and void. Every check calls this instead of getTypeSize.
compat::Optional<uint64_t> sizeInBytes(QualType T, const ASTContext &Ctx);

/// The type as the user wrote it, without the elaborated keyword noise
/// (`Big`, not `struct Big`), for diagnostics.
std::string typeName(QualType T, const ASTContext &Ctx);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_TYPESIZE_H
