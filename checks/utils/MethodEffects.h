//===--- MethodEffects.h - does a method only write its own value -*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Whether calling a function can have an effect beyond the object it is
// called on: a write through a pointer or reference member, a global, I/O,
// an allocation. Transitive over every body the TU can see; a function
// without a visible body is assumed to have outside effects.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_METHODEFFECTS_H
#define MEMCHECKS_UTILS_METHODEFFECTS_H

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "utils/FunctionSummaries.h"
#include <functional>

namespace clang::tidy::memchecks::utils {

/// Whether \p M is a const member function returning a non-const reference.
/// Unless the class has a mutable member, that reference cannot be into the
/// object: a write through it reaches storage the object does not own
/// (`T &operator[](int) const { return start_[i]; }` of a view).
bool isShallowConstAccessor(const CXXMethodDecl *M);

class MethodEffects {
public:
  /// \p IsValueType answers for a class whose every member is known to be
  /// self-contained without looking at bodies (the standard value types plus
  /// the user's own list); \p IsHandleType for a class never to trust.
  MethodEffects(std::function<bool(const CXXRecordDecl *)> IsValueType,
                std::function<bool(const CXXRecordDecl *)> IsHandleType);

  /// Whether \p FD writes only the members of the object it is called on
  /// (if a method), its own locals and by-value parameters, and what its
  /// non-const reference parameters refer to; and calls only functions that
  /// do the same. Recursion is assumed self-contained; the answer does not
  /// depend on which function of a cycle is asked about first.
  bool isSelfContained(const FunctionDecl *FD);

  /// Whether copying, mutating and destroying a \p T cannot reach anything
  /// outside the object: no reference members, no destructor with a body of
  /// its own, all members and bases alike. Pointers count as values (the
  /// pointee is not part of the object), but a class that hands out
  /// writable storage from a const member (see isShallowConstAccessor) is a
  /// view of that storage, not a value.
  bool isValueLike(QualType T);

  /// Whether \p T's own copy constructor and destructor, and its bases',
  /// cannot reach anything outside the object, whatever its fields are: the
  /// outer conditions of isValueLike without those on fields. A field of a
  /// value-like type inside such a class is the copy's own: the other
  /// members' special members cannot see it.
  bool isValueShell(QualType T);

  /// Whether \p T is one of the value types (IsValueType) whose stored
  /// types are values, value shells or handles: an insert or erase changes
  /// only its own element array, whatever the elements hold.
  bool ownsElementArray(QualType T);

  /// Whether a call of the non-static member \p M can change the object it
  /// is called on. No only when \p M's body is visible and names the object
  /// only to read it: fields loaded, const members called, passed by value
  /// or by const reference, returned, or non-const members called on it
  /// that are themselves no (a virtual one only when final). A body that is
  /// not visible may write. Members of a cycle that write nothing else write
  /// nothing; the answer does not depend on which is asked about first.
  bool mayWriteObject(const CXXMethodDecl *M);

  /// Whether \p FD can change what its reference parameter \p Idx refers
  /// to. No only when its body is visible and names the parameter only to
  /// read it (as mayWriteObject reads `*this`; passing it on by non-const
  /// reference counts as a write).
  bool mayWriteParam(const FunctionDecl *FD, unsigned Idx);

  /// Whether every member function of \p RD is known self-contained.
  bool isKnownValueClass(const CXXRecordDecl *RD) const;

  /// Whether \p E names storage that \p FD owns: a member of `*this`, a
  /// local, a by-value parameter, a temporary, or a non-const reference
  /// parameter.
  bool isOwnLocation(const Expr *E, const FunctionDecl *FD);

  /// Forget every cached answer (end of the translation unit).
  void clear();

private:
  bool computeMayWriteObject(const CXXMethodDecl *M);
  bool computeSelfContained(const FunctionDecl *FD);
  bool scan(const Stmt *S, const FunctionDecl *FD);
  bool callIsSelfContained(const CallExpr *Call, const FunctionDecl *FD);
  bool argsAreOwn(const FunctionDecl *Callee, llvm::ArrayRef<const Expr *> Args,
                  const FunctionDecl *FD);
  bool computeValueLike(QualType T, bool WithFields);
  /// \p Compute's answer for \p Key from \p Summaries, or \p WhenTooDeep,
  /// remembered as a guess, once the questions nest too deep.
  template <typename KeyT>
  bool boundedQuery(FunctionSummaries<KeyT, bool> &Summaries, KeyT Key,
                    bool WhenTooDeep, llvm::function_ref<bool()> Compute) {
    return Summaries.get(Key, [&] {
      if (CallDepth >= MaxCallDepth) {
        Summaries.guessed();
        return WhenTooDeep;
      }
      ++CallDepth;
      bool Result = Compute();
      --CallDepth;
      return Result;
    });
  }

  std::function<bool(const CXXRecordDecl *)> IsValueType;
  std::function<bool(const CXXRecordDecl *)> IsHandleType;
  /// Both questions, keyed by the canonical FunctionDecl or Type: a cycle
  /// can run through both (a copy constructor whose body copies the class).
  FunctionSummaries<const void *, bool> Memo{true};
  unsigned CallDepth = 0;
  /// Deep call chains are rare in the bodies that matter; past this depth
  /// the answer is the cautious one.
  static constexpr unsigned MaxCallDepth = 12;
  /// Members of a cycle that write nothing else are assumed not to write.
  FunctionSummaries<const CXXMethodDecl *, bool> Writers{false};
  llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>, bool> ParamWriters;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_METHODEFFECTS_H
