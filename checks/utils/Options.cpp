//===--- Options.cpp - list-valued check options --------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/Options.h"
#include "utils/ASTHelpers.h"

namespace clang::tidy::memchecks::utils {

std::vector<std::string> splitList(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Value.split(Parts, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  std::vector<std::string> Result;
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (!P.empty())
      Result.push_back(P.str());
  }
  return Result;
}

std::string joinList(const std::vector<std::string> &Items) {
  std::string Out;
  for (const std::string &I : Items) {
    if (!Out.empty())
      Out += ';';
    Out += I;
  }
  return Out;
}

NameRegexList::NameRegexList(llvm::StringRef Value) {
  for (const std::string &Pattern : splitList(Value)) {
    auto R = std::make_unique<llvm::Regex>("^(" + Pattern + ")$");
    std::string Error;
    if (!R->isValid(Error)) {
      if (Invalid.empty())
        Invalid = Pattern;
      continue;
    }
    Regexes.push_back(std::move(R));
  }
}

bool NameRegexList::matches(llvm::StringRef Name) const {
  for (const auto &R : Regexes)
    if (R->match(Name))
      return true;
  return false;
}

bool NameRegexList::matches(const NamedDecl *D) const {
  if (!D || Regexes.empty())
    return false;
  auto [It, Inserted] = Memo.try_emplace(D->getCanonicalDecl(), false);
  if (Inserted) {
    std::string Qualified = qualifiedName(D);
    It->second = matches(Qualified) || matches("::" + Qualified);
  }
  return It->second;
}

RegexListOption::RegexListOption(const ClangTidyCheck &Check,
                                 const ClangTidyCheck::OptionsView &Options,
                                 llvm::StringRef CheckName,
                                 llvm::StringRef Option,
                                 llvm::StringRef Default)
    : Option(Option.str()), Spelling(Options.get(Option, Default)),
      List(Spelling) {
  if (!List.firstInvalid().empty())
    Check.configurationDiag("invalid regular expression '%0' in option '%1'")
        << List.firstInvalid() << (CheckName + "." + Option).str();
}

} // namespace clang::tidy::memchecks::utils
