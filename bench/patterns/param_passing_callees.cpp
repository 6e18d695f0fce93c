//===--- param_passing_callees.cpp - memchecks benchmarks -----------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "param_passing.h"

namespace memchecks_bench {

template <std::size_t N>
__attribute__((noinline)) unsigned readByValue(Blob<N> B) {
  return B.Bytes[0] + B.Bytes[N / 2] + B.Bytes[N - 1];
}

template <std::size_t N>
__attribute__((noinline)) unsigned readByConstRef(const Blob<N> &B) {
  return B.Bytes[0] + B.Bytes[N / 2] + B.Bytes[N - 1];
}

#define INSTANTIATE(N)                                                         \
  template unsigned readByValue<N>(Blob<N>);                                   \
  template unsigned readByConstRef<N>(const Blob<N> &);
MEMCHECKS_BENCH_PARAM_SIZES(INSTANTIATE)
#undef INSTANTIATE

} // namespace memchecks_bench
