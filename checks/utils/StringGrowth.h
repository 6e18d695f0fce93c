//===--- StringGrowth.h - what a string concatenation allocates -*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// `a + b` on strings does not always build a new string. The standard's
// operator+ overloads that take an rvalue string append to, or insert into,
// that rvalue and return it ([string.op.plus]), so `"_" + name()` grows the
// string `name()` returned; and a result short enough for the small-string
// buffer never touches the heap. A buffer reused across iterations saves
// nothing in either case: the callee's allocation stays, and there was no
// other. This header answers, for one `+` chain, whether the chain itself
// may allocate.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_STRINGGROWTH_H
#define MEMCHECKS_UTILS_STRINGGROWTH_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include <optional>

namespace clang::tidy::memchecks::utils {

/// The characters a basic_string of \p StringType keeps without allocating:
/// 15 for `char`, 7 for `char16_t`, 3 for `wchar_t` and `char32_t` (the
/// smallest of libstdc++'s, libc++'s and MSVC's buffers). Null when the type
/// is not a specialization whose character type has a known size.
std::optional<unsigned> smallStringCapacity(QualType StringType,
                                            const ASTContext &Ctx);

/// The longest string a call can return, in characters, when it is knowable
/// from the call alone: `to_string`/`to_wstring` of an integer, or
/// `absl::StrCat` of one (its widest decimal spelling, sign included). Null
/// otherwise.
std::optional<unsigned> longestFormattedInteger(const CallExpr &Call,
                                                const ASTContext &Ctx);

/// Whether the chain of string `operator+` calls rooted at \p Chain may
/// allocate a string of its own, as opposed to only the strings its operands
/// produce. \p IsFormatCall says which calls the caller reports as building a
/// string themselves (a `std::format`); their result counts as part of the
/// chain. The chain may allocate unless one of these holds:
/// - every operand has a known longest length and their sum fits the
///   small-string buffer: literals, characters, a choice between them,
///   `std::string(1, c)`, `to_string` of an integer, a `const` string
///   initialised so, or a local of \p FunctionBody (may be null) only ever
///   assigned such strings;
/// - the chain's storage is the rvalue string one non-format call returned,
///   every other operand is a literal or a character, and those add at most a
///   small buffer's worth of characters: the callee's allocation is the only
///   one, and no buffer outside the loop removes it.
///
/// \p Memo keeps the bounds of variables between calls for one function
/// body (a local's bound looks at every write to it); may be null.
using StringBounds = llvm::DenseMap<const VarDecl *, std::optional<unsigned>>;
bool concatenationMayAllocate(
    const CXXOperatorCallExpr &Chain, const ASTContext &Ctx,
    const Stmt *FunctionBody,
    llvm::function_ref<bool(const CallExpr &)> IsFormatCall,
    StringBounds *Memo = nullptr);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_STRINGGROWTH_H
