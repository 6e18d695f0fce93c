//===--- Compat.cpp - the one place LLVM majors differ --------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/Compat.h"

namespace clang::tidy::memchecks::compat {

bool hasNonAllocatingEffect(const FunctionDecl *FD) {
#if LLVM_VERSION_MAJOR >= 19
  if (!FD)
    return false;
  for (const FunctionEffect &E :
       FunctionEffectsRef::get(FD->getType()).effects())
    if (E.kind() == FunctionEffect::Kind::NonAllocating ||
        E.kind() == FunctionEffect::Kind::NonBlocking)
      return true;
  return false;
#else
  (void)FD;
  return false;
#endif
}

} // namespace clang::tidy::memchecks::compat
