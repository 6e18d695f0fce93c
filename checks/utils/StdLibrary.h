//===--- StdLibrary.h - what the standard library's names mean --*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Every list of standard library names memchecks knows, in one place: the
// value containers and the handle types, the allocating classes and their
// growing or inserting members, the smart pointers, the sync primitives and
// the algorithms.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_STDLIBRARY_H
#define MEMCHECKS_UTILS_STDLIBRARY_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::memchecks::utils {

/// One of the standard library's value types: every non-const member writes
/// only the object's own state (`std::vector`, `std::map`, `std::string`...).
bool isStdValueType(const CXXRecordDecl *RD);

/// Whether every member of \p T runs only standard library code on objects
/// of the standard library's own types: a scalar, a pointer or an array of
/// them, or a std value type (isStdValueType) whose type arguments are such
/// types or the standard helpers (`std::allocator`, `std::less`, `std::hash`,
/// `std::char_traits`, `std::equal_to`, ...) of them.
/// `std::vector<std::string>` is one; `std::vector<Item>` is not (Item's copy
/// or comparison is the user's), nor is an enum (its `operator<` may be the
/// user's).
bool isStdClosedType(QualType T);

/// Whether \p RD is a class of the standard library (its implementation's
/// namespaces included) whose type arguments are all std-closed: an
/// iterator of a `std::vector<std::string>`, a `std::initializer_list<int>`,
/// `std::string_view`. Given to a member of a std-closed type, it runs no
/// code of the user's.
bool isLibraryClassOfClosedTypes(const CXXRecordDecl &RD);

/// Whether \p MD is a non-const element accessor of a std value type that
/// changes nothing: `at`, `front`, `back`, `value` and `operator*` returning
/// an lvalue reference, and an `operator[]` that has a const twin (a map's
/// has none: it inserts). The reference it returns names a part of the
/// object; what is done with it decides whether the object changes.
bool isStdElementAccessor(const CXXMethodDecl &MD);

/// A standard library (or other system header) class that is not a known
/// value type: smart pointers, iterators, views, streams, `std::function` and
/// the rest. Copies of these share state with the original, or are not worth
/// the risk.
bool isStdHandleType(const CXXRecordDecl *RD);

/// The standard classes whose members may allocate, as
/// AllocationAnalysis tells them apart.
enum class StdKind {
  None,
  String,
  Sequence, // vector, deque, list, forward_list
  Deque,
  Map,     // map, unordered_map (operator[] inserts)
  Set,     // the other associative containers
  Adaptor, // stack, queue, priority_queue
  StringStream,
  Any,
  Function,
};

/// The StdKind of \p RD; None for any other class.
StdKind stdKind(const CXXRecordDecl *RD);

/// Whether the member \p Name of a \p K may grow its storage (insert,
/// append, reserve, resize, assign...).
bool isGrowingMember(StringRef Name, StdKind K);

/// Whether the free function std::\p Name allocates (make_unique,
/// to_string, format, stable_sort...).
bool isAllocatingStdFreeFunction(StringRef Name);

/// Member functions whose argument becomes part of a container
/// (`push_back`, `emplace*`, `insert*`, `try_emplace`, `push`, `operator[]`).
bool isContainerInsertion(const FunctionDecl *FD);

/// How a pointer to one object is held.
enum class PointerHolder { Raw, Unique, Shared };

/// T of `std::unique_ptr<T>` (with the default deleter) or of
/// `std::shared_ptr<T>`, with \p Kind set; null for anything else.
QualType smartPointee(QualType Ty, PointerHolder &Kind);

/// Whether \p D is a std type whose address is its identity: locks,
/// atomics, threads, latches.
bool isSyncPrimitive(const NamedDecl *D);

/// Whether \p FD is a std algorithm of <algorithm> or <numeric> that calls
/// the function objects it is given only while it runs and keeps none of
/// them (`std::for_each`, `std::sort`, `std::accumulate`, ...).
bool isStdAlgorithm(const FunctionDecl &FD);

/// Whether \p FD is a std algorithm that rearranges or overwrites, in
/// place, the range its first two arguments give (`std::sort`,
/// `std::reverse`, `std::fill`, ...).
bool isStdInPlaceAlgorithm(const FunctionDecl &FD);

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_STDLIBRARY_H
