//===--- StringGrowth.cpp - what a string concatenation allocates ---------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/StringGrowth.h"
#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::memchecks::utils {

std::optional<unsigned> smallStringCapacity(QualType StringType,
                                            const ASTContext &Ctx) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      StringType.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return std::nullopt;
  QualType CharT = Spec->getTemplateArgs()[0].getAsType();
  if (CharT->isDependentType() || CharT->isIncompleteType())
    return std::nullopt;
  int64_t Size = Ctx.getTypeSizeInChars(CharT).getQuantity();
  if (Size != 1 && Size != 2 && Size != 4)
    return std::nullopt;
  // A 16-byte buffer, one character kept for the terminator.
  return static_cast<unsigned>(16 / Size - 1);
}

static unsigned decimalDigits(uint64_t V) {
  unsigned N = 1;
  while (V >= 10) {
    V /= 10;
    ++N;
  }
  return N;
}

std::optional<unsigned> longestFormattedInteger(const CallExpr &Call,
                                                const ASTContext &Ctx) {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD || !FD->getIdentifier() || FD->getNumParams() != 1 ||
      Call.getNumArgs() != 1)
    return std::nullopt;
  StringRef Name = FD->getName();
  if (Name != "to_string" && Name != "to_wstring")
    return std::nullopt;
  QualType T = FD->getParamDecl(0)->getType().getNonReferenceType();
  if (T->isDependentType() || !T->isIntegerType() || T->isEnumeralType())
    return std::nullopt;
  uint64_t Bits = Ctx.getTypeSize(T);
  if (Bits == 0 || Bits > 64)
    return std::nullopt;
  if (T->isSignedIntegerType())
    return decimalDigits(uint64_t(1) << (Bits - 1)) + 1; // and a '-'
  return decimalDigits(Bits == 64 ? ~uint64_t(0)
                                  : (uint64_t(1) << Bits) - 1);
}

namespace {
/// The operands of one `+` chain, as far as their lengths go.
struct Operands {
  unsigned KnownChars = 0;     ///< literals, characters, bounded calls
  unsigned Unbounded = 0;      ///< operands of unknown length
  unsigned UnboundedCalls = 0; ///< of those, rvalues of non-format calls
};
} // namespace

/// \p E without the nodes that do not change which string it is: implicit
/// conversions and temporaries, parentheses, a string copy or move.
static const Expr *sameString(const Expr *E) {
  while (true) {
    const Expr *N = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *CE = dyn_cast<CXXConstructExpr>(N);
        CE && CE->getNumArgs() == 1 && CE->getConstructor() &&
        CE->getConstructor()->isCopyOrMoveConstructor())
      N = CE->getArg(0);
    if (N == E)
      return E;
    E = N;
  }
}

/// The length of a string literal \p E spells, possibly as the argument of
/// a string constructor (`std::string(", ")`).
static std::optional<unsigned> literalLength(const Expr *E) {
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
    E = sameString(Cast->getSubExpr());
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    if (CE->getNumArgs() == 0)
      return std::nullopt;
    for (unsigned I = 1, N = CE->getNumArgs(); I < N; ++I)
      if (!isa<CXXDefaultArgExpr>(CE->getArg(I)))
        return std::nullopt;
    E = CE->getArg(0)->IgnoreParenImpCasts();
  }
  if (const auto *SL = dyn_cast<StringLiteral>(E))
    return SL->getLength();
  if (isa<CharacterLiteral>(E))
    return 1u;
  return std::nullopt;
}

static void collect(const Expr *E, const CXXRecordDecl *String,
                    const ASTContext &Ctx,
                    llvm::function_ref<bool(const CallExpr &)> IsFormatCall,
                    Operands &Out) {
  E = sameString(E);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2 &&
      Op->getType()->getAsCXXRecordDecl() == String) {
    collect(Op->getArg(0), String, Ctx, IsFormatCall, Out);
    collect(Op->getArg(1), String, Ctx, IsFormatCall, Out);
    return;
  }
  if (std::optional<unsigned> Len = literalLength(E)) {
    Out.KnownChars += *Len;
    return;
  }
  const auto *Call = dyn_cast<CallExpr>(E);
  if (Call && !E->isGLValue() && E->getType()->getAsCXXRecordDecl() == String) {
    if (std::optional<unsigned> Len = longestFormattedInteger(*Call, Ctx)) {
      Out.KnownChars += *Len;
      return;
    }
    ++Out.Unbounded;
    if (!IsFormatCall(*Call))
      ++Out.UnboundedCalls;
    return;
  }
  ++Out.Unbounded; // an lvalue string, a constructed one: any length
}

bool concatenationMayAllocate(
    const CXXOperatorCallExpr &Chain, const ASTContext &Ctx,
    llvm::function_ref<bool(const CallExpr &)> IsFormatCall) {
  std::optional<unsigned> Capacity = smallStringCapacity(Chain.getType(), Ctx);
  const CXXRecordDecl *String = Chain.getType()->getAsCXXRecordDecl();
  if (!Capacity || !String)
    return true;
  Operands Ops;
  collect(&Chain, String, Ctx, IsFormatCall, Ops);
  if (Ops.KnownChars > *Capacity)
    return true;
  if (Ops.Unbounded == 0)
    return false; // fits the small-string buffer
  // The chain grows the one string a call returned, by a few characters.
  return !(Ops.Unbounded == 1 && Ops.UnboundedCalls == 1);
}

} // namespace clang::tidy::memchecks::utils
