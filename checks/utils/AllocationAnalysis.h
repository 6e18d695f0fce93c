//===--- AllocationAnalysis.h - may this function allocate? -----*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Finds the operations in a function body that may allocate on the heap, and
// answers "may a call to this function allocate?" transitively through every
// callee whose body the translation unit holds. Functions declared in system
// headers are leaves: they are judged by name (the allocating members of the
// standard containers, strings, streams, std::function and std::any; the
// allocating free functions) instead of by reading libstdc++'s bodies.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_ALLOCATIONANALYSIS_H
#define MEMCHECKS_UTILS_ALLOCATIONANALYSIS_H

#include "utils/FunctionSummaries.h"
#include "utils/Options.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::memchecks::utils {

/// One operation that may allocate.
struct AllocationSite {
  SourceLocation Loc;
  /// What allocates, as the subject of a sentence:
  /// `'std::to_string'`, `'new'`, `constructing 'std::string'`.
  std::string Subject;
  /// The same as a verb phrase: `calls 'std::to_string'`, `uses 'new'`.
  std::string Phrase;
  /// Set when the allocation happens inside this callee (its definition).
  const FunctionDecl *Callee = nullptr;
  /// Only releases memory (`delete`); a summary prefers any other site.
  bool OnlyFrees = false;
};

struct AllocationConfig {
  /// `;`-separated regexes on qualified names of functions that allocate.
  std::string AllocationFunctions;
  /// Accept std::function copies, and constructions from callables that fit
  /// its small buffer.
  bool AllowStdFunction = false;
  /// Treat calls to functions without a visible body, and indirect calls, as
  /// allocating.
  bool Strict = false;
  /// Callees that are verified on their own (hot functions) and trusted.
  std::function<bool(const FunctionDecl *)> IsTrusted;
};

/// The default for AllocationFunctions: the C and POSIX allocators.
extern const char DefaultAllocationFunctions[];

/// Whether \p FD (or the template it was instantiated from) carries
/// `[[clang::nonallocating]]`, `[[clang::nonblocking]]` (where the compiler
/// parses them) or `[[clang::annotate("memchecks::hot")]]`.
bool isMarkedHot(const FunctionDecl *FD);

/// Per-translation-unit analysis; summaries are cached until reset().
class AllocationAnalysis {
public:
  explicit AllocationAnalysis(AllocationConfig Config);

  /// Every operation in \p FD's body (and constructor initializers) that may
  /// allocate, in source order.
  std::vector<AllocationSite> sitesIn(const FunctionDecl *FD, ASTContext &Ctx);

  /// The first allocation reachable from a call to the definition \p FD, or
  /// null. Safe on recursion.
  const AllocationSite *summary(const FunctionDecl *FD, ASTContext &Ctx);

  /// Drops every cached summary (at the end of a translation unit).
  void reset();

  /// How diagnostics name a function: `ns::f`, `std::string::append`,
  /// `lambda`.
  static std::string displayName(const FunctionDecl *FD);

  const AllocationConfig &config() const { return Config; }

private:
  class Walker;
  friend class Walker;

  const AllocationConfig Config;
  const NameRegexList AllocationFunctions;
  const AllocationSite *computeSummary(const FunctionDecl *FD, ASTContext &Ctx);

  /// A function still being analysed is assumed not to allocate; a summary
  /// that only frees may still turn into an allocation through the cycle.
  FunctionSummaries<const FunctionDecl *, const AllocationSite *> Memo{
      nullptr,
      [](const AllocationSite *const &S) { return S && !S->OnlyFrees; }};
  /// Owns every site a summary points to.
  std::vector<std::unique_ptr<AllocationSite>> Summaries;
  unsigned Depth = 0;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_ALLOCATIONANALYSIS_H
