//===--- Options.h - list-valued check options ------------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_OPTIONS_H
#define MEMCHECKS_UTILS_OPTIONS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include <string>
#include <vector>

namespace clang::tidy::memchecks::utils {

/// Splits a `;`-separated option value, trimming blanks and dropping empties.
std::vector<std::string> splitList(llvm::StringRef Value);

/// Joins a list back into the option spelling.
std::string joinList(const std::vector<std::string> &Items);

/// A `;`-separated list of regular expressions matched against qualified
/// names (`::ns::Type`, with the leading `::`, as well as `ns::Type`), spelled
/// as utils::qualifiedName does: without template arguments, so matching
/// costs the length of the names the user wrote. The answer for a
/// declaration is remembered (a list lives as long as its check: one TU).
class NameRegexList {
public:
  explicit NameRegexList(llvm::StringRef Value);
  bool empty() const { return Regexes.empty(); }
  bool matches(llvm::StringRef Name) const;
  bool matches(const NamedDecl *D) const;
  /// The first pattern that is not a valid regex, or empty.
  llvm::StringRef firstInvalid() const { return Invalid; }

private:
  std::vector<std::unique_ptr<llvm::Regex>> Regexes;
  mutable llvm::DenseMap<const Decl *, bool> Memo;
  std::string Invalid;
};

/// A check option whose value is a NameRegexList. Built in the check's
/// constructor, it reports its first invalid pattern as a configuration
/// error naming `CheckName.Option` (the run goes on without that pattern),
/// and store() writes back the value as the user spelled it.
class RegexListOption {
public:
  RegexListOption(const ClangTidyCheck &Check,
                  const ClangTidyCheck::OptionsView &Options,
                  llvm::StringRef CheckName, llvm::StringRef Option,
                  llvm::StringRef Default = "");
  bool empty() const { return List.empty(); }
  bool matches(llvm::StringRef Name) const { return List.matches(Name); }
  bool matches(const NamedDecl *D) const { return List.matches(D); }
  const NameRegexList &list() const { return List; }
  llvm::StringRef spelling() const { return Spelling; }
  void store(const ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Opts) const {
    Options.store(Opts, Option, Spelling);
  }

private:
  const std::string Option;
  const std::string Spelling;
  const NameRegexList List;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_OPTIONS_H
