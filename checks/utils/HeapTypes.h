//===--- HeapTypes.h - could this type be a value ---------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Does an object of type T have to live on the heap, or could it be a plain
// value? Some types ask for the heap by design: polymorphic ones, those that
// cannot move, whose address is their identity, that choose their own
// allocation, that only factories build, or that hand out shared pointers
// to themselves.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_HEAPTYPES_H
#define MEMCHECKS_UTILS_HEAPTYPES_H

#include "clang/AST/Type.h"

namespace clang::tidy::memchecks::utils {

/// Whether a heap object of type \p T could be a value without changing what
/// the program does: an arithmetic or enumeration type, or a complete,
/// non-dependent, non-polymorphic, movable class that holds no sync primitive
/// (std or pthread) and declares no `operator new` of its own or in a base.
/// Arrays and volatile types are not.
bool couldBeValue(QualType T);

/// Whether \p T is a class whose every constructor other than copy and move
/// is private or protected: its factories build it on the heap on purpose.
bool onlyBuiltByFactories(QualType T);

/// Whether \p T derives from std::enable_shared_from_this: its methods may
/// ask for the shared_ptr that owns it.
bool sharesItself(QualType T);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_HEAPTYPES_H
