//===--- StringGrowth.cpp - what a string concatenation allocates ---------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "utils/StringGrowth.h"
#include "utils/ASTHelpers.h"
#include "utils/Mutations.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <functional>

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
  std::string Name = qualifiedName(FD);
  QualType T;
  if (Name == "std::to_string" || Name == "std::to_wstring" ||
      Name == "fmt::to_string") {
    T = FD->getParamDecl(0)->getType().getNonReferenceType();
  } else if (Name == "absl::StrCat") {
    // absl::StrCat(const AlphaNum &): the integer the AlphaNum is made of.
    const auto *CE = dyn_cast<CXXConstructExpr>(Call.getArg(0)->IgnoreImplicit());
    if (!CE || CE->getNumArgs() != 1)
      return std::nullopt;
    T = CE->getArg(0)->IgnoreParenImpCasts()->getType();
  } else {
    return std::nullopt;
  }
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

namespace {
/// What a bound on a string's length may look at.
struct BoundScope {
  const CXXRecordDecl *String;
  const ASTContext &Ctx;
  const Stmt *Body; ///< the function, for locals' writes; may be null
  StringBounds *Memo; ///< may be null
  unsigned Depth = 0;
};
} // namespace

static std::optional<unsigned> longestString(const Expr *E, BoundScope &S);

static std::optional<unsigned> integerConstant(const Expr *E,
                                               const ASTContext &Ctx) {
  Expr::EvalResult R;
  if (E->isValueDependent() || !E->EvaluateAsInt(R, Ctx) ||
      R.Val.getInt().isNegative() || R.Val.getInt().getActiveBits() > 16)
    return std::nullopt;
  return static_cast<unsigned>(R.Val.getInt().getZExtValue());
}

/// A constructed string of known longest length: from a literal
/// (`std::string(", ")`, `std::string s(c ? "a" : "bc")`), or `n` copies of
/// a character with `n` a constant (`std::string(1, c)`).
static std::optional<unsigned> constructedLength(const CXXConstructExpr &CE,
                                                 BoundScope &S) {
  unsigned N = CE.getNumArgs();
  while (N > 0 && isa<CXXDefaultArgExpr>(CE.getArg(N - 1)))
    --N;
  if (N == 1)
    return longestString(CE.getArg(0), S);
  const CXXConstructorDecl *Ctor = CE.getConstructor();
  if (N == 2 && Ctor && Ctor->getNumParams() >= 2 &&
      Ctor->getParamDecl(0)->getType()->isIntegerType() &&
      Ctor->getParamDecl(1)->getType()->isAnyCharacterType())
    return integerConstant(CE.getArg(0), S.Ctx);
  return std::nullopt;
}

/// Whether every write to the local \p VD in \p S.Body is an assignment of
/// a string of at most \p Bound characters; \p Bound grows to the longest.
static bool writesAreBounded(const VarDecl &VD, unsigned &Bound,
                             BoundScope &S) {
  if (!S.Body)
    return false;
  llvm::SmallVector<const DeclRefExpr *, 8> Refs;
  llvm::SmallPtrSet<const DeclRefExpr *, 4> Assigned;
  bool Ok = true;
  std::function<void(const Stmt *)> Walk = [&](const Stmt *St) {
    if (!St || !Ok)
      return;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(St);
        Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      if (const auto *L =
              dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts());
          L && L->getDecl() == &VD) {
        std::optional<unsigned> Len = longestString(Op->getArg(1), S);
        if (!Len)
          Ok = false;
        else
          Bound = std::max(Bound, *Len);
        Assigned.insert(L);
      }
    if (const auto *R = dyn_cast<DeclRefExpr>(St); R && R->getDecl() == &VD)
      Refs.push_back(R);
    for (const Stmt *C : St->children())
      Walk(C);
  };
  Walk(S.Body);
  if (!Ok)
    return false;
  ScopeMutations Mutations(*S.Body, const_cast<ASTContext &>(S.Ctx));
  for (const DeclRefExpr *R : Refs)
    if (!Assigned.count(R) && Mutations.mayMutate(*R))
      return false;
  return true;
}

/// The longest the string variable \p VD can hold: a `const` one is its
/// initializer's; a local one that is only ever assigned bounded strings
/// (`std::string sfx = "()"; if (v) sfx = "(_j)";`) the longest of them.
static std::optional<unsigned> variableLength(const VarDecl &VD,
                                              BoundScope &S) {
  if (VD.getType()->isReferenceType() ||
      VD.getType()->getAsCXXRecordDecl() != S.String || !VD.getInit() ||
      VD.isInvalidDecl() || S.Depth > 4)
    return std::nullopt;
  if (S.Memo) {
    // Unbounded while it is being computed: a variable assigned from itself.
    auto [It, New] = S.Memo->try_emplace(&VD, std::nullopt);
    if (!New)
      return It->second;
  }
  ++S.Depth;
  std::optional<unsigned> Len = longestString(VD.getInit(), S);
  if (Len && !VD.getType().isConstQualified()) {
    unsigned Bound = *Len;
    if (!VD.hasLocalStorage() || VD.isStaticLocal() ||
        !writesAreBounded(VD, Bound, S))
      Len = std::nullopt;
    else
      Len = Bound;
  }
  --S.Depth;
  if (S.Memo)
    (*S.Memo)[&VD] = Len;
  return Len;
}

/// The longest string \p E can be, when the code alone says so: literals,
/// characters, a choice between such, strings constructed from them, `+`
/// chains of them, `to_string` of an integer, variables bounded as above.
static std::optional<unsigned> longestString(const Expr *E, BoundScope &S) {
  E = sameString(E);
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
    E = sameString(Cast->getSubExpr());
  if (const auto *SL = dyn_cast<StringLiteral>(E))
    return SL->getLength();
  if (isa<CharacterLiteral>(E))
    return 1u;
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    std::optional<unsigned> T = longestString(CO->getTrueExpr(), S);
    std::optional<unsigned> F = T ? longestString(CO->getFalseExpr(), S)
                                  : std::nullopt;
    if (!F)
      return std::nullopt;
    return std::max(*T, *F);
  }
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return constructedLength(*CE, S);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2) {
    std::optional<unsigned> L = longestString(Op->getArg(0), S);
    std::optional<unsigned> R = L ? longestString(Op->getArg(1), S)
                                  : std::nullopt;
    if (!R)
      return std::nullopt;
    return *L + *R;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return longestFormattedInteger(*Call, S.Ctx);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
      return variableLength(*VD, S);
  return std::nullopt;
}

static void collect(const Expr *E, BoundScope &S,
                    llvm::function_ref<bool(const CallExpr &)> IsFormatCall,
                    Operands &Out) {
  E = sameString(E);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2 &&
      Op->getType()->getAsCXXRecordDecl() == S.String) {
    collect(Op->getArg(0), S, IsFormatCall, Out);
    collect(Op->getArg(1), S, IsFormatCall, Out);
    return;
  }
  if (std::optional<unsigned> Len = longestString(E, S)) {
    Out.KnownChars += *Len;
    return;
  }
  const auto *Call = dyn_cast<CallExpr>(E);
  if (Call && !E->isGLValue() &&
      E->getType()->getAsCXXRecordDecl() == S.String) {
    ++Out.Unbounded;
    if (!IsFormatCall(*Call))
      ++Out.UnboundedCalls;
    return;
  }
  ++Out.Unbounded; // an lvalue string, a constructed one: any length
}

bool concatenationMayAllocate(
    const CXXOperatorCallExpr &Chain, const ASTContext &Ctx,
    const Stmt *FunctionBody,
    llvm::function_ref<bool(const CallExpr &)> IsFormatCall,
    StringBounds *Memo) {
  std::optional<unsigned> Capacity = smallStringCapacity(Chain.getType(), Ctx);
  const CXXRecordDecl *String = Chain.getType()->getAsCXXRecordDecl();
  if (!Capacity || !String)
    return true;
  Operands Ops;
  BoundScope Scope{String, Ctx, FunctionBody, Memo};
  collect(&Chain, Scope, IsFormatCall, Ops);
  if (Ops.KnownChars > *Capacity)
    return true;
  if (Ops.Unbounded == 0)
    return false; // fits the small-string buffer
  // The chain grows the one string a call returned, by a few characters.
  return !(Ops.Unbounded == 1 && Ops.UnboundedCalls == 1);
}

} // namespace clang::tidy::memchecks::utils
