//===--- LocalWrites.h - does a statement write beyond its locals -*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_LOCALWRITES_H
#define MEMCHECKS_UTILS_LOCALWRITES_H

#include "utils/FunctionSummaries.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::memchecks::utils {

/// What a stretch of code may change besides the function's own local
/// values (locals and by-value parameters that are not references or
/// pointers, and their members).
enum class WriteReach {
  LocalsOnly, ///< no write, no call that could write, beyond local values
  Calls,      ///< only that: calls of functions that take nothing writable
              ///< (they could still change globals)
  Typed,      ///< and non-const members of std-closed types (isStdClosedType)
              ///< called on objects reached through a reference, pointer,
              ///< `this` or a global (`out->push_back(s)` of a
              ///< `std::vector<std::string> *out`): only objects of those
              ///< types change, and what they hold
  Params,     ///< and writes through the function's pointer and reference
              ///< parameters: an assignment through one, a non-const member
              ///< called on what one reaches, one given to a non-const
              ///< reference or pointer (`printer->Print(...)` of an
              ///< `io::Printer *printer`): what those parameters reach
              ///< changes, which is taken to be apart from what the
              ///< function's other parameters refer to
  Anything,   ///< a write through a reference, pointer, `this` or global, a
              ///< non-const member call on one, an argument passed by
              ///< non-const reference or pointer, `new` or `delete`
};

/// What a stretch of code may write: its reach, the classes whose objects
/// its typed writes may change, and the parameters it writes through.
struct WriteSet {
  WriteReach Reach = WriteReach::LocalsOnly;
  llvm::SmallVector<const CXXRecordDecl *, 2> Types;
  llvm::SmallVector<const ParmVarDecl *, 2> Params;

  void add(const WriteSet &Other);

  /// Whether the writes may change the object \p LValue names, or end its
  /// life: always for WriteReach::Anything; for WriteReach::Typed, when the
  /// object may hold one of a written class, or a written class may hold
  /// the object the expression shows it a member of (`p` of `p.first`, `*q`
  /// of `q->x`; itself when it names no member): a string that is the
  /// `first` of a pair is not an element of a `std::vector<std::string>`.
  /// To hold is to have as a member, base, array element or type argument
  /// (what a `std::vector<U>` or a `std::unique_ptr<U>` owns),
  /// transitively. Pointer members are not looked through: a copy without a
  /// written copy constructor shares their pointee with its source (a type
  /// with one is the caller's to rule out).
  /// For writes through parameters, when the object is not reached through
  /// a pointer or reference parameter written to (parameterReached; through
  /// \p Owner instead when given: the container the object is an element
  /// of), nor through anything but such a parameter.
  bool mayChange(const Expr &LValue, const Expr *Owner = nullptr) const;
  /// As above, for an object of type \p T that is a member of nothing seen
  /// (one that writes through parameters may change).
  bool mayChange(QualType T) const;
};

/// The pointer or reference parameter of its function through which the
/// object \p LValue names is reached: `p` of `*p`, `p->x`, `p[i]` and
/// `p->v[2]`, `r` of `r`, `r.x` and `r.items.front()` (an element of a std
/// value container or an array is a part of it); null when it is reached
/// otherwise: a local, `this`, a global, a pointer or reference member
/// (`r.next->x` is elsewhere), what a function returns.
const ParmVarDecl *parameterReached(const Expr *LValue);

/// The reach of stretches of code, with a memo of which functions can run a
/// callback. One per check, cleared at the end of each translation unit.
class WriteReaches {
public:
  /// The widest reach of any expression under \p S, with the classes of
  /// its typed writes. `const` member calls and trivial or defaulted copies
  /// count as reading, unless they can run a callback (mayRunCallback).
  WriteSet of(const Stmt *S);

  /// Whether calling \p FD can run code that neither it nor anything it
  /// calls names: a call through a pointer to function or to member loaded
  /// from storage (a callback, `std::function`'s invoker, a handler table;
  /// not a function pointer parameter, whose function its caller named,
  /// as `os << std::hex` does), in its body, its
  /// member initializers, or the visible body of a function or constructor
  /// it calls, transitively. Such code can do anything, including destroy
  /// the object it was reached from (`action.Perform()` of a callback that
  /// deletes its owner). A function without a visible body is not looked
  /// into (as any call, it may change globals: WriteReach::Calls).
  bool mayRunCallback(const FunctionDecl *FD);

  void clear() {
    Callbacks.clear();
    ReturnsThis.clear();
  }

private:
  WriteReach reachOf(const Stmt &S, WriteSet &Written);
  /// Whether \p M's visible body returns `*this` and nothing else (a
  /// stream's or a builder's `T &operator<<(...)`): the call names its
  /// object.
  bool returnsItsObject(const CXXMethodDecl &M);
  /// The object a chain of such calls starts from: `r` of `r << a << b`.
  const Expr *chainStart(const Expr *Object);
  bool findsCallback(const Stmt *S);

  /// Assumed for a function whose answer is being computed (recursion).
  FunctionSummaries<const FunctionDecl *, bool> Callbacks{false};
  /// returnsItsObject's answers, by definition.
  llvm::DenseMap<const FunctionDecl *, bool> ReturnsThis;
  unsigned Depth = 0;
  /// Past this depth of nested calls the answer is no (a guess).
  static constexpr unsigned MaxDepth = 16;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_LOCALWRITES_H
