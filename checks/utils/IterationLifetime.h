//===--- IterationLifetime.h - does a value outlive its iteration -*- C++
//-*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A string built inside a loop body is either thrown away by the end of the
// iteration (a buffer declared outside the loop and reused would save its
// allocation) or it is what the iteration produces: kept by a callee, stored
// in a container, moved or assigned to something that lives on. This header
// answers which, following the value through the expressions, locals and
// constructions that carry it.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_ITERATIONLIFETIME_H
#define MEMCHECKS_UTILS_ITERATIONLIFETIME_H

#include "utils/FunctionContext.h"
#include "utils/KeptParams.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <functional>

namespace clang::tidy::memchecks::utils {

/// What becomes of a value built in one iteration of a loop.
enum class IterationFate {
  Dies,       ///< destroyed by the end of the iteration
  SelfAppend, ///< `s = s + ...`: assigned back to the string it extends
  Outlives,   ///< kept, moved out, or unknown
};

/// An IterationFate; for SelfAppend, the string assigned to (the left of
/// the `=`, parens and implicit casts skipped).
struct IterationOutcome {
  IterationFate Fate = IterationFate::Outlives;
  const Expr *AssignedTo = nullptr;
};

/// Answers, for the values built inside one loop body, whether they outlive
/// the iteration that builds them.
class IterationLifetime {
public:
  /// \p Body is the body of a loop of \p F's function. \p IsString says
  /// which types are the strings being followed: a string parameter taken by
  /// value owns what it is given, and a copy into a string keeps it.
  IterationLifetime(const Stmt &Body, FunctionContext &F, KeptParams &Kept,
                    std::function<bool(QualType)> IsString)
      : Body(Body), F(F), Kept(Kept), IsString(std::move(IsString)) {}

  /// The fate of the value of \p E, an expression inside the body: it dies
  /// when it is discarded, used only as the object of a member call or
  /// operator, passed by const reference to a callee that does not keep it,
  /// or initialises a local of the body whose every use does the same. It
  /// outlives the iteration when it is moved, returned, stored, inserted into
  /// a container, passed by value as a string or by rvalue or non-const
  /// reference, or assigned to something declared outside the body.
  IterationOutcome fateOf(const Expr &E);

  /// Whether \p VD, a local of the body, is returned or moved from anywhere
  /// in the body: then it is the product of the iteration.
  bool isReturnedOrMoved(const VarDecl &VD);

private:
  IterationOutcome fateOfVar(const VarDecl &VD);
  IterationOutcome fateOfAssignment(const Expr &LHS, const Expr &Candidate);
  bool useEscapes(const DeclRefExpr &Ref);
  bool declaredInBody(const Decl &D) const;
  /// A string parameter taken by value owns a string whatever it is given:
  /// a buffer reused across iterations would be copied into it, so building
  /// the argument in place costs nothing more.
  bool isByValueString(QualType ParamType) const {
    return !ParamType->isReferenceType() && IsString(ParamType);
  }

  const Stmt &Body;
  FunctionContext &F;
  KeptParams &Kept;
  const std::function<bool(QualType)> IsString;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_ITERATIONLIFETIME_H
