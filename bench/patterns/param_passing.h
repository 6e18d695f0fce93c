//===--- param_passing.h - memchecks benchmarks ---------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The callees of the param_passing benchmark. They are defined in
// param_passing_callees.cpp, a separate translation unit, so the caller sees
// an opaque call with the x86-64 System V calling convention: a by-value Blob
// of more than 16 bytes is copied by the caller into the argument area on the
// stack at every call, a const reference is one pointer in a register.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_BENCH_PARAM_PASSING_H
#define MEMCHECKS_BENCH_PARAM_PASSING_H

#include <cstddef>

namespace memchecks_bench {

/// A trivially copyable struct of exactly N bytes (no padding).
template <std::size_t N> struct Blob {
  unsigned char Bytes[N];
};

/// Both read the first, middle and last byte: a callee that only reads, as
/// memchecks-large-value-param requires before it reports a parameter.
template <std::size_t N> unsigned readByValue(Blob<N> B);
template <std::size_t N> unsigned readByConstRef(const Blob<N> &B);

} // namespace memchecks_bench

/// The sizes measured, in bytes. Each X(N) is one size.
#define MEMCHECKS_BENCH_PARAM_SIZES(X)                                         \
  X(8) X(16) X(32) X(64) X(128) X(136) X(192) X(256) X(512) X(1024) X(2048) X(4096)

#endif // MEMCHECKS_BENCH_PARAM_PASSING_H
