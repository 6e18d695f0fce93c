//===--- StdLibrary.cpp - what the standard library's names mean ----------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/StdLibrary.h"
#include "utils/ASTHelpers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::memchecks::utils {

bool isStdInPlaceAlgorithm(const FunctionDecl &FD) {
  if (!FD.isInStdNamespace() || !FD.getIdentifier() || isa<CXXMethodDecl>(FD))
    return false;
  static const llvm::StringSet<> Names = {
      "fill",      "generate",         "inplace_merge", "iota",
      "make_heap", "nth_element",      "partial_sort",  "partition",
      "pop_heap",  "push_heap",        "replace",       "replace_if",
      "reverse",   "rotate",           "shuffle",       "sort",
      "sort_heap", "stable_partition", "stable_sort"};
  return Names.count(FD.getName()) != 0;
}

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

bool isStdValueType(const CXXRecordDecl *RD) {
  if (!RD || !RD->isInStdNamespace() || !RD->getIdentifier())
    return false;
  return llvm::StringSwitch<bool>(RD->getName())
      .Cases("basic_string", "vector", "map", "multimap", "set", "multiset",
             true)
      .Cases("unordered_map", "unordered_multimap", "unordered_set",
             "unordered_multiset", true)
      .Cases("deque", "list", "forward_list", "array", true)
      .Cases("optional", "pair", "tuple", true)
      .Default(false);
}

/// The standard's stateless helpers a container is parameterised with.
static bool isStdHelper(const CXXRecordDecl &RD) {
  return llvm::StringSwitch<bool>(RD.getName())
      .Cases("allocator", "char_traits", "less", "greater", "less_equal", true)
      .Cases("greater_equal", "equal_to", "hash", true)
      .Default(false);
}

static bool isStdClosedType(QualType T, unsigned Depth);

/// Whether every type argument of \p RD (if a specialization) is std-closed.
static bool hasClosedArguments(const CXXRecordDecl &RD, unsigned Depth) {
  return llvm::all_of(typeArguments(RD), [&](QualType Arg) {
    return isStdClosedType(Arg, Depth + 1);
  });
}

static bool isStdClosedType(QualType T, unsigned Depth) {
  const Type *Base = T.getCanonicalType()->getBaseElementTypeUnsafe();
  if (Base->isDependentType() || Base->isReferenceType() ||
      Base->isEnumeralType() || Depth > 8)
    return false;
  if (Base->isScalarType())
    return true; // arithmetic, pointers, member pointers, nullptr
  const auto *RD = Base->getAsCXXRecordDecl();
  return RD && RD->isInStdNamespace() && RD->getIdentifier() &&
         isa<ClassTemplateSpecializationDecl>(RD) &&
         (isStdValueType(RD) || isStdHelper(*RD)) &&
         hasClosedArguments(*RD, Depth);
}

bool isLibraryClassOfClosedTypes(const CXXRecordDecl &RD) {
  const DeclContext *DC = RD.getDeclContext();
  while (DC && !DC->isFileContext())
    DC = DC->getParent();
  const auto *NS = dyn_cast_or_null<NamespaceDecl>(DC);
  bool Library = RD.isInStdNamespace() ||
                 (NS && NS->getIdentifier() && NS->getName() == "__gnu_cxx");
  return Library && hasClosedArguments(RD, 0);
}

bool isStdClosedType(QualType T) { return isStdClosedType(T, 0); }

bool isStdElementAccessor(const CXXMethodDecl &MD) {
  const CXXRecordDecl *RD = MD.getParent();
  if (MD.isStatic() || !MD.getReturnType()->isLValueReferenceType() ||
      !isStdValueType(RD))
    return false;
  if (MD.getOverloadedOperator() == OO_Subscript)
    return llvm::any_of(RD->methods(), [](const CXXMethodDecl *M) {
      return M->getOverloadedOperator() == OO_Subscript && M->isConst();
    });
  if (MD.getOverloadedOperator() == OO_Star)
    return MD.getNumParams() == 0;
  return MD.getDeclName().isIdentifier() &&
         llvm::StringSwitch<bool>(MD.getName())
             .Cases("at", "front", "back", "value", true)
             .Default(false);
}

bool isStdHandleType(const CXXRecordDecl *RD) {
  if (!RD || isStdValueType(RD))
    return false;
  if (RD->isInStdNamespace())
    return true;
  // Library internals such as __gnu_cxx::__normal_iterator, and every other
  // class of a system header that is not known to be a value.
  const SourceManager &SM = RD->getASTContext().getSourceManager();
  return SM.isInSystemHeader(SM.getExpansionLoc(RD->getLocation()));
}

StdKind stdKind(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier() || !RD->isInStdNamespace())
    return StdKind::None;
  return llvm::StringSwitch<StdKind>(RD->getName())
      .Case("basic_string", StdKind::String)
      .Cases("vector", "list", "forward_list", StdKind::Sequence)
      .Case("deque", StdKind::Deque)
      .Cases("map", "unordered_map", StdKind::Map)
      .Cases("multimap", "set", "multiset", "unordered_multimap",
             "unordered_set", "unordered_multiset", StdKind::Set)
      .Cases("stack", "queue", "priority_queue", StdKind::Adaptor)
      .Cases("basic_stringbuf", "basic_ostringstream", "basic_istringstream",
             "basic_stringstream", StdKind::StringStream)
      .Case("any", StdKind::Any)
      .Case("function", StdKind::Function)
      .Default(StdKind::None);
}

bool isGrowingMember(StringRef Name, StdKind K) {
  bool Common =
      llvm::StringSwitch<bool>(Name)
          .Cases("push_back", "push_front", "emplace_back", "emplace_front",
                 "emplace", "emplace_hint", true)
          .Cases("emplace_after", "insert", "insert_after", "insert_or_assign",
                 "try_emplace", true)
          .Cases("insert_range", "append_range", "prepend_range", "push",
                 "push_range", true)
          .Cases("resize", "reserve", "rehash", "shrink_to_fit", "assign", true)
          .Default(false);
  if (Common)
    return true;
  switch (K) {
  case StdKind::String:
    return llvm::StringSwitch<bool>(Name)
        .Cases("append", "replace", "substr",
               "operator+=", "resize_and_overwrite", true)
        .Default(false);
  case StdKind::Map:
    return Name == "operator[]";
  case StdKind::StringStream:
    return Name == "str";
  default:
    return false;
  }
}

bool isAllocatingStdFreeFunction(StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      .Cases("make_unique", "make_unique_for_overwrite", "make_shared",
             "make_shared_for_overwrite", true)
      .Cases("allocate_shared", "allocate_shared_for_overwrite", "to_string",
             "to_wstring", true)
      .Cases("format", "vformat", "getline", "stable_sort", true)
      .Cases("stable_partition", "inplace_merge", "async", true)
      .Default(false);
}

bool isContainerInsertion(const FunctionDecl *FD) {
  if (!isa_and_nonnull<CXXMethodDecl>(FD))
    return false;
  // `map[key]` stores the key when it is new.
  if (FD->getOverloadedOperator() == OO_Subscript)
    return true;
  if (!FD->getIdentifier())
    return false;
  return llvm::StringSwitch<bool>(FD->getName())
      .Cases("push_back", "push_front", "push", "insert", true)
      .Cases("emplace", "emplace_back", "emplace_front", "emplace_hint", true)
      .Cases("try_emplace", "insert_or_assign", "insert_after", "emplace_after",
             true)
      .Default(false);
}

/// T of `std::unique_ptr<T>` (with the default deleter) or of
/// `std::shared_ptr<T>`; null for anything else.
QualType smartPointee(QualType Ty, PointerHolder &Kind) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Ty.getCanonicalType()->getAsCXXRecordDecl());
  if (!Spec || !Spec->getIdentifier() || !Spec->isInStdNamespace())
    return {};
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
    return {};
  StringRef Name = Spec->getName();
  if (Name == "unique_ptr" && Args.size() == 2) {
    if (Args[1].getKind() != TemplateArgument::Type)
      return {};
    const auto *Deleter = Args[1].getAsType()->getAsCXXRecordDecl();
    if (!Deleter || !Deleter->getIdentifier() ||
        Deleter->getName() != "default_delete" || !Deleter->isInStdNamespace())
      return {};
    Kind = PointerHolder::Unique;
    return Args[0].getAsType();
  }
  if (Name == "shared_ptr" && Args.size() == 1) {
    Kind = PointerHolder::Shared;
    return Args[0].getAsType();
  }
  return {};
}

bool isSyncPrimitive(const NamedDecl *D) {
  static const llvm::StringSet<> StdNames = {"mutex",
                                             "recursive_mutex",
                                             "timed_mutex",
                                             "shared_mutex",
                                             "recursive_timed_mutex",
                                             "shared_timed_mutex",
                                             "atomic",
                                             "atomic_flag",
                                             "atomic_ref",
                                             "once_flag",
                                             "condition_variable",
                                             "condition_variable_any",
                                             "thread",
                                             "jthread",
                                             "latch",
                                             "barrier",
                                             "counting_semaphore",
                                             "binary_semaphore"};
  return D && D->getIdentifier() && D->isInStdNamespace() &&
         StdNames.count(D->getName());
}

} // namespace clang::tidy::memchecks::utils
