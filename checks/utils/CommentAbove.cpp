//===--- CommentAbove.cpp - what the comment above a decl says ------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/CommentAbove.h"
#include "utils/Compat.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/Support/Regex.h"

namespace clang::tidy::memchecks::utils {

std::string commentAbove(const Decl &D, const SourceManager &SM) {
  SourceLocation Loc = SM.getExpansionLoc(D.getBeginLoc());
  if (const auto *FD = dyn_cast<FunctionDecl>(&D))
    if (const FunctionTemplateDecl *FT = FD->getDescribedFunctionTemplate())
      Loc = SM.getExpansionLoc(FT->getBeginLoc());
  std::pair<FileID, unsigned> At = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  StringRef Buf = SM.getBufferData(At.first, &Invalid);
  if (Invalid || At.second > Buf.size())
    return {};
  std::string Text;
  size_t End = At.second;
  while (true) {
    StringRef Before = Buf.substr(0, End).rtrim();
    if (compat::endsWith(Before, "*/")) {
      size_t Open = Before.rfind("/*");
      if (Open == StringRef::npos)
        break;
      Text += Before.substr(Open).lower();
      End = Open;
      continue;
    }
    size_t LineStart = Before.rfind('\n');
    LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
    StringRef Line = Before.substr(LineStart).ltrim();
    if (Before.empty() || !compat::startsWith(Line, "//"))
      break;
    Text += Line.lower();
    Text += '\n';
    End = LineStart;
  }
  return Text;
}

bool documentsEmptyResult(const FunctionDecl &FD, const SourceManager &SM) {
  static const llvm::Regex Words(
      "(^|[^a-z0-9_])(null|nullptr|empty|nothing|none)([^a-z0-9_]|$)");
  for (const FunctionDecl *Redecl : FD.redecls())
    if (Words.match(commentAbove(*Redecl, SM)))
      return true;
  return false;
}

} // namespace clang::tidy::memchecks::utils
