//===--- Prefiltered.h - a cheap test before a matcher ----------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The match finder tries a check's matchers on every node of their kind in
// the translation unit, system headers included. Each nested matcher costs a
// traversal-kind switch, an implicit-node skip and a node-kind test of its
// own before it looks at anything, so a matcher of eight parts on every
// variable costs more than most analyses. prefiltered() asks a plain C++
// test first, a necessary condition of the matcher, and runs the matcher
// itself (which decides, and binds) only on the nodes that pass it.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_PREFILTERED_H
#define MEMCHECKS_UTILS_PREFILTERED_H

#include "clang/ASTMatchers/ASTMatchers.h"

namespace clang::tidy::memchecks::utils {

template <typename T>
class PrefilteredMatcher : public ast_matchers::internal::MatcherInterface<T> {
public:
  using Test = bool (*)(const T &);
  PrefilteredMatcher(Test Cheap, ast_matchers::internal::Matcher<T> Full)
      : Cheap(Cheap), Full(std::move(Full)) {}
  bool matches(
      const T &Node, ast_matchers::internal::ASTMatchFinder *Finder,
      ast_matchers::internal::BoundNodesTreeBuilder *Builder) const override {
    return Cheap(Node) && Full.matches(Node, Finder, Builder);
  }

private:
  const Test Cheap;
  const ast_matchers::internal::Matcher<T> Full;
};

/// Matches what \p Full matches; \p Cheap must hold of every node \p Full
/// matches.
template <typename T>
ast_matchers::internal::Matcher<T>
prefiltered(bool (*Cheap)(const T &), ast_matchers::internal::Matcher<T> Full) {
  return ast_matchers::internal::makeMatcher(
      new PrefilteredMatcher<T>(Cheap, std::move(Full)));
}

/// Whether \p FD is a definition that is a template instantiation, as
/// `functionDecl(isDefinition(), isTemplateInstantiation())` asks.
inline bool isInstantiatedDefinition(const FunctionDecl &FD) {
  TemplateSpecializationKind TSK = FD.getTemplateSpecializationKind();
  return FD.isThisDeclarationADefinition() &&
         (TSK == TSK_ImplicitInstantiation ||
          TSK == TSK_ExplicitInstantiationDefinition);
}

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_PREFILTERED_H
