//===--- FunctionSummaries.h - a memo of transitive summaries --*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A memo for answers that are computed from the answers of the functions (or
// types) a body refers to, over a graph that may have cycles. A query for a
// key that is still being computed (recursion) gets the optimistic answer
// Assumed. An answer that relied on such an assumption, directly or through
// another answer, is tentative: it serves as the visited set until the
// outermost query returns, then it is dropped, so that a later query starting
// elsewhere computes it again and sees how the cycle really ended. A settled
// answer cannot be undone by more knowledge and is final at once (the
// summaries are monotone: Assumed is the optimistic end, and by default every
// other answer is the pessimistic one; a client whose answers have steps in
// between says which are settled). The answers therefore never depend on the
// order in which the keys are first asked for.
//
// A client that gives up on a key (a depth budget) calls guessed(): every
// answer that depends on the guess stays tentative.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_FUNCTIONSUMMARIES_H
#define MEMCHECKS_UTILS_FUNCTIONSUMMARIES_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>

namespace clang::tidy::memchecks::utils {

template <typename KeyT, typename ValueT> class FunctionSummaries {
public:
  /// \p IsSettled says which answers no more knowledge can change; by
  /// default, all but \p Assumed.
  explicit FunctionSummaries(ValueT Assumed,
                             bool (*IsSettled)(const ValueT &) = nullptr)
      : Assumed(Assumed), IsSettled(IsSettled) {}

  /// The answer for \p Key, from the memo or from \p Compute, which may ask
  /// for other keys (and for \p Key itself) through get().
  ValueT get(KeyT Key, llvm::function_ref<ValueT()> Compute) {
    if (auto F = Final.find(Key); F != Final.end())
      return F->second;
    if (auto T = Tentative.find(Key); T != Tentative.end()) {
      touch(T->second.DependsOn, T->second.Guessed);
      return T->second.Value;
    }
    if (auto S = OnStack.find(Key); S != OnStack.end()) {
      touch(S->second, false);
      return Assumed;
    }
    unsigned MyDepth = Depth++;
    OnStack[Key] = MyDepth;
    unsigned SavedMin = MinTouched;
    bool SavedGuess = Guess;
    MinTouched = ~0U;
    Guess = false;
    ValueT Result = Compute();
    OnStack.erase(Key);
    --Depth;
    if (!(Result == Assumed))
      // Answers computed so far may have assumed this one was Assumed.
      Tentative.clear();
    if (!Guess && (MinTouched >= MyDepth || settled(Result)))
      Final[Key] = Result;
    else
      Tentative[Key] = {Result, std::min(MinTouched, MyDepth), Guess};
    MinTouched = std::min(SavedMin, MinTouched);
    Guess = SavedGuess || Guess;
    if (Depth == 0) {
      Tentative.clear();
      MinTouched = ~0U;
      Guess = false;
    }
    return Result;
  }

  /// The current query's answer rests on a guess (a budget ran out): nothing
  /// that depends on it is kept past the outermost query.
  void guessed() { touch(0, true); }

  void clear() {
    Final.clear();
    Tentative.clear();
    OnStack.clear();
    Depth = 0;
    MinTouched = ~0U;
    Guess = false;
  }

private:
  struct Entry {
    ValueT Value;
    unsigned DependsOn; ///< the lowest stack depth the answer relied on
    bool Guessed;
  };
  bool settled(const ValueT &V) const {
    return IsSettled ? IsSettled(V) : !(V == Assumed);
  }
  void touch(unsigned OnDepth, bool Guessed) {
    MinTouched = std::min(MinTouched, OnDepth);
    Guess = Guess || Guessed;
  }

  const ValueT Assumed;
  bool (*const IsSettled)(const ValueT &);
  llvm::DenseMap<KeyT, ValueT> Final;
  llvm::DenseMap<KeyT, Entry> Tentative;
  llvm::DenseMap<KeyT, unsigned> OnStack; // -> depth
  unsigned Depth = 0;
  unsigned MinTouched = ~0U;
  bool Guess = false;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_FUNCTIONSUMMARIES_H
