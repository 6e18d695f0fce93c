//===--- StdLibrary.cpp - what the standard library's names mean ----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/StdLibrary.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/StringSet.h"

namespace clang::tidy::memchecks::utils {

bool isStdAlgorithm(const FunctionDecl &FD) {
  if (!FD.isInStdNamespace() || !FD.getIdentifier() || isa<CXXMethodDecl>(FD))
    return false;
  static const llvm::StringSet<> Names = {
      "adjacent_find", "all_of", "any_of", "binary_search", "clamp",
      "copy_if", "count_if", "equal", "equal_range", "exclusive_scan",
      "find_end", "find_first_of", "find_if", "find_if_not", "for_each",
      "for_each_n", "generate", "generate_n", "includes", "inclusive_scan",
      "inner_product", "is_heap", "is_heap_until", "is_partitioned",
      "is_permutation", "is_sorted", "is_sorted_until",
      "lexicographical_compare", "lower_bound", "make_heap", "max",
      "max_element", "merge", "min", "min_element", "minmax",
      "minmax_element", "mismatch", "next_permutation", "none_of",
      "nth_element", "partial_sort", "partial_sort_copy", "partition",
      "partition_copy", "partition_point", "pop_heap", "prev_permutation",
      "push_heap", "reduce", "remove_copy_if", "remove_if", "replace_copy_if",
      "replace_if", "search", "search_n", "set_difference",
      "set_intersection", "set_symmetric_difference", "set_union",
      "sort", "sort_heap", "stable_partition", "stable_sort", "transform",
      "transform_exclusive_scan", "transform_inclusive_scan",
      "transform_reduce", "unique", "unique_copy", "upper_bound",
      "accumulate", "adjacent_difference", "partial_sum"};
  return Names.count(FD.getName()) != 0;
}

} // namespace clang::tidy::memchecks::utils
