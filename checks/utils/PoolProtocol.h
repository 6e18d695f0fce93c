//===--- PoolProtocol.h - what a pool's calls mean --------------*- C++ -*-===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The names that make up an object pool's protocol (the pool classes, their
// acquire and release methods, the objects' reset methods) and what they say
// of one call: does it take an object from a pool, give one back, or reset
// one; and does a pool hand out objects that are already reset.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_UTILS_POOLPROTOCOL_H
#define MEMCHECKS_UTILS_POOLPROTOCOL_H

#include "utils/Compat.h"
#include "utils/Options.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include <string>
#include <vector>

namespace clang::tidy::memchecks::utils {

/// How a variable holds an object that may come from a pool.
enum class PooledHolder {
  Pointer,   ///< `T *`
  Reference, ///< `T &`: the variable is the object
  Smart,     ///< a class with an `operator->` (std::unique_ptr and the like)
};

struct HeldObject {
  PooledHolder Holder = PooledHolder::Pointer;
  /// The class of the object; null when it is not a class (`int *`).
  const CXXRecordDecl *Object = nullptr;
};

/// How a variable of type \p T can hold a pooled object; none for any other
/// type (a value, a reference to a pointer, a class without `operator->`).
compat::Optional<HeldObject> heldObject(QualType T);

/// One call that takes an object from a pool.
struct PoolAcquisition {
  const CXXMemberCallExpr *Call = nullptr;
  std::string What; ///< "BufferPool::acquire"
  /// The pool does not reset the object on the way out or in.
  bool StartsDirty = false;
};

class PoolProtocol {
public:
  /// The lists are the check's options; they must outlive the protocol.
  PoolProtocol(const NameRegexList &PoolTypes,
               const std::vector<std::string> &AcquireMethods,
               const std::vector<std::string> &ReleaseMethods,
               const std::vector<std::string> &ResetMethods)
      : PoolTypes(PoolTypes), AcquireMethods(AcquireMethods),
        ReleaseMethods(ReleaseMethods), ResetMethods(ResetMethods) {}

  bool isPoolClass(const CXXRecordDecl *RD) const;
  /// A method named in ResetMethods, or marked `[[clang::reinitializes]]`.
  bool isResetMethod(const CXXMethodDecl *MD) const;

  /// The acquisition \p Init (an initializer or the right side of an
  /// assignment) is, past copies and temporaries; with \p AllowDeref also
  /// `*pool.acquire()`.
  compat::Optional<PoolAcquisition> acquisition(const Expr *Init,
                                                bool AllowDeref);

  /// Whether \p Call gives an object back to a pool: a release method of a
  /// pool class (of the object as written, or of the method's class).
  bool isRelease(const CallExpr *Call) const;

  /// The reset method to suggest for objects of \p RD, or empty when the
  /// class has none (then use-before-reset is not reported for it).
  StringRef resetMethodFor(const CXXRecordDecl *RD);

  /// Whether \p Pool resets what it hands out itself: its release or acquire
  /// body, visible in the TU, calls a reset method.
  bool handsOutCleanObjects(const CXXRecordDecl *Pool);

  /// Forgets what was learned of the TU's classes.
  void clear() {
    ResetNames.clear();
    CleanPools.clear();
  }

private:
  bool isAcquireName(StringRef Name) const;
  bool isReleaseName(StringRef Name) const;
  bool resetsObject(const Stmt *Body, const FunctionDecl *M,
                    const CXXRecordDecl *Object) const;

  const NameRegexList &PoolTypes;
  const std::vector<std::string> &AcquireMethods;
  const std::vector<std::string> &ReleaseMethods;
  const std::vector<std::string> &ResetMethods;

  llvm::DenseMap<const CXXRecordDecl *, std::string> ResetNames;
  llvm::DenseMap<const CXXRecordDecl *, bool> CleanPools;
};

} // namespace clang::tidy::memchecks::utils

#endif // MEMCHECKS_UTILS_POOLPROTOCOL_H
