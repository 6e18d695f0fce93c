//===--- Compat.h - the one place LLVM majors differ ------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// memchecks builds against LLVM 14, 15, 16 and 19. Every API difference
// between those majors is hidden here; check code never tests
// LLVM_VERSION_MAJOR itself.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_COMPAT_H
#define MEMCHECKS_UTILS_COMPAT_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"

namespace clang::tidy {
struct ClangTidyOptions;
} // namespace clang::tidy

namespace clang::tidy::memchecks::compat {

inline constexpr unsigned LLVMMajor = LLVM_VERSION_MAJOR;

inline bool startsWith(llvm::StringRef S, llvm::StringRef Prefix) {
#if LLVM_VERSION_MAJOR >= 16
  return S.starts_with(Prefix);
#else
  return S.startswith(Prefix);
#endif
}

inline bool endsWith(llvm::StringRef S, llvm::StringRef Suffix) {
#if LLVM_VERSION_MAJOR >= 16
  return S.ends_with(Suffix);
#else
  return S.endswith(Suffix);
#endif
}

/// C++23 explicit object parameter (`void f(this T self)`); Clang 18+.
inline bool isExplicitObjectParam(const ParmVarDecl *P) {
#if LLVM_VERSION_MAJOR >= 18
  return P && P->isExplicitObjectParameter();
#else
  (void)P;
  return false;
#endif
}

/// Whether \p M takes an explicit object parameter; Clang 18+.
inline bool isExplicitObjectMemberFunction(const CXXMethodDecl *M) {
#if LLVM_VERSION_MAJOR >= 18
  return M && M->isExplicitObjectMemberFunction();
#else
  (void)M;
  return false;
#endif
}

/// Whether \p M is an implicit-object (classic) member function.
inline bool isImplicitObjectMemberFunction(const CXXMethodDecl *M) {
#if LLVM_VERSION_MAJOR >= 18
  return M && M->isImplicitObjectMemberFunction();
#else
  return M && M->isInstance();
#endif
}

/// `[[clang::nonallocating]]` / `[[clang::nonblocking]]` on \p FD's type.
/// Clang 19 parses them as function effects; earlier majors drop them with a
/// warning, so the answer there is always false.
bool hasNonAllocatingEffect(const FunctionDecl *FD);

/// ExcludeHeaderFilterRegex (LLVM 19+): headers whose diagnostics clang-tidy
/// drops although HeaderFilterRegex matches them; empty when unset or older.
llvm::StringRef excludeHeaderFilter(const ClangTidyOptions &Options);

/// The name clang-tidy matches its header filters against for a diagnostic
/// in \p FID (the name the file was looked up by); empty when \p FID has no
/// file entry (a macro buffer, `<built-in>`), which clang-tidy always shows.
llvm::StringRef fileNameForHeaderFilter(const SourceManager &SM, FileID FID);

/// The type of a `std::optional`-like result, spelled the same on all majors.
template <typename T> using Optional =
#if LLVM_VERSION_MAJOR >= 16
    std::optional<T>;
#else
    llvm::Optional<T>;
#endif

} // namespace clang::tidy::memchecks::compat

#endif // MEMCHECKS_UTILS_COMPAT_H
