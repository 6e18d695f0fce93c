//===--- CopyAnalysis.h - is this expression a copy, and of what -*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Which objects are copies of another object, and which types behave as
// values (copying them copies the whole state) rather than as handles
// (copying them shares the state with the original).
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_COPYANALYSIS_H
#define MEMCHECKS_UTILS_COPYANALYSIS_H

#include "utils/FunctionContext.h"
#include "utils/StdLibrary.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::memchecks::utils {

/// The shapes in which a named object is a copy of another one.
enum class CopyShape {
  RangeElement,   ///< `for (auto c : cs)`, including `for (auto [k, v] : m)`
  Local,          ///< `auto c = cs[0];`, copy-initialised from an lvalue
  Param,          ///< a by-value function or lambda parameter
  ExplicitObject, ///< `void f(this T self)`
};

/// Whether code outside \p RD can copy-construct it: a public copy
/// constructor that is not deleted is declared, or the implicit one would be
/// (no move operation declared, every base and member copyable). A type
/// that can only be moved is passed by value to hand its ownership over.
bool isCopyConstructible(const CXXRecordDecl *RD);

/// A strong typedef of a scalar: a trivially copyable class whose whole
/// state is one scalar field (directly, or through one such class), with
/// no other fields and only empty bases (`struct TileIndex { uint32_t v; };`).
/// Passed by value, it is used like the scalar it wraps.
bool isScalarWrapper(QualType T);

/// Whether copying a \p T runs a copy constructor someone wrote outside the
/// standard library: \p T's own, or that of a base, a member, an array
/// element or what a std container of it holds (its element type, its
/// allocator). Such a copy is not known to equal its source: it may leave
/// out a cache, not take the allocator along, count or log itself, give a
/// new identity. A copy the compiler writes member by member, and a std
/// value type's copy, do equal it.
bool hasAuthoredCopy(QualType T);

/// The lvalue that \p Init copy-constructs its object from, or null when
/// \p Init is not a copy of an lvalue (a prvalue such as a factory call, a
/// move, a converting construction). For a scalar, the lvalue that \p Init
/// loads without conversion.
const Expr *copiedLValue(const Expr *Init);

/// Whether the lvalue (or pointer) \p E may name an object, or a part of
/// one, that a temporary of its own full-expression owns: a member or
/// element of a temporary, what a call returns by reference or pointer when
/// its object is such a temporary (`make().name()`, `*make().get()`,
/// `*makeUnique()`), or when an argument of the returned type is
/// (`std::max(a, make())`). That object dies at the end of the
/// full-expression: a reference bound to it would dangle.
bool mayReferIntoTemporary(const Expr *E);

/// Whether a full-expression in \p Life names both the copy \p Copy and,
/// as a value of the copy's type, what the variable \p Source it copies
/// holds (`EXPECT_EQ(a, b)`, `s1.data() == s2.data()`, `f == v[0]`): the
/// copy is set beside its source, and bound by reference the two would be
/// one object, which that expression can tell (a test of the copy, a
/// comparison that becomes always true, a call that writes one and reads
/// the other). Such a copy is deliberate. The source given only as what
/// holds the copied value (`emit(region, section)` of a region copied from
/// `section.regions`) is not that.
bool usedWithItsSource(const VarDecl &Copy, const VarDecl &Source,
                       llvm::ArrayRef<const Stmt *> Life);

/// The source text of the lvalue that the local \p Var copies (see
/// copiedLValue), when it is spelled outside macros, on one line and in at
/// most \p MaxLength characters; empty otherwise.
StringRef shortCopiedText(const VarDecl &Var, size_t MaxLength);

/// If \p Var is a copy in one of the named shapes, which one. Only the shape
/// is decided here; whether the type is a value type is asked separately.
bool classifyCopy(const VarDecl &Var, const CXXForRangeStmt *EnclosingRangeFor,
                  CopyShape &Shape);

/// When \p Object (the implicit object of a member call) is a temporary
/// returned by value from a function call, that call.
const CallExpr *temporaryFromCall(const Expr *Object);

/// The parent of \p E when it still names \p E's object or a part of it:
/// parentheses, a no-op or derived-to-base cast, a field of it that is not
/// a reference, an element of it when it is an array. Null otherwise.
const Expr *sameObjectParent(const Expr *E, FunctionContext &F);

/// The variable an lvalue like `a`, `a.b.c` or `a.b[2]` is rooted at, or null
/// (also null for `this`-rooted paths, reported through \p ThisRooted).
const VarDecl *rootVariable(const Expr *LValue, bool &ThisRooted);

/// The variable whose change could change or invalidate the object \p LValue
/// names, or null: as rootVariable, and also through the elements and
/// accessors of a variable: the `v` of `v[i]`, `v.at(i)`, `v.front()`,
/// `a[2]`, and the `it` of `*it` or `it->x` when the iterator keeps the value
/// itself (std::istream_iterator). Null where the object does not move with
/// the variable: through a raw pointer (`*p`, `p->x`, `p[i]`, `p->name()`),
/// an iterator over a container's elements, or a call that is no accessor
/// of a variable (a free function returning a reference); for `this`-rooted
/// paths \p ThisRooted is set.
const VarDecl *sourceRoot(const Expr *LValue, bool &ThisRooted);

/// The locations of the parameters and locals (range-for variables
/// included) that the function template \p Pattern declares by value with a
/// dependent type: the copies only an instantiation can judge. Left empty
/// when one instantiation cannot speak for the others (a discarded
/// `if constexpr` branch differs between them).
void dependentCopies(const FunctionDecl &Pattern,
                     llvm::SmallVectorImpl<SourceLocation> &Out);

/// dependentCopies of the template an instantiation comes from, computed
/// once per template for the translation unit.
class DependentCopyIndex {
public:
  /// The dependent copies of \p Instance's template, or null when there are
  /// none or the instantiation cannot be judged (no body, ill-formed).
  const llvm::SmallVectorImpl<SourceLocation> *
  of(const FunctionDecl &Instance);
  void clear() { Copies.clear(); }

private:
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<SourceLocation, 4>>
      Copies;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_COPYANALYSIS_H
