//===--- param_passing.cpp - memchecks benchmarks -------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// By-value vs by-const-reference parameters of 8 to 4096 bytes: the
// measurement behind memchecks-large-value-param's SizeThreshold.
//
//   param_passing/by_value/N       readByValue(Blob<N>)
//   param_passing/by_const_ref/N   readByConstRef(const Blob<N> &)
//
//===----------------------------------------------------------------------===//

#include "alloc_counter.h"
#include "param_passing.h"

#include <string>

namespace {

using memchecks_bench::Blob;

template <std::size_t N> void byValue(benchmark::State &State) {
  memchecks_bench::CountAllocs Count(State);
  Blob<N> B{};
  for (auto _ : State) {
    // B may have changed: the copy into the argument area cannot be hoisted.
    benchmark::DoNotOptimize(B);
    benchmark::DoNotOptimize(memchecks_bench::readByValue<N>(B));
  }
}

template <std::size_t N> void byConstRef(benchmark::State &State) {
  memchecks_bench::CountAllocs Count(State);
  Blob<N> B{};
  for (auto _ : State) {
    benchmark::DoNotOptimize(B);
    benchmark::DoNotOptimize(memchecks_bench::readByConstRef<N>(B));
  }
}

int registerAll() {
#define REGISTER(N)                                                            \
  memchecks_bench::registerPair("param_passing", N, byValue<N>, byConstRef<N>);
  MEMCHECKS_BENCH_PARAM_SIZES(REGISTER)
#undef REGISTER
  return 0;
}

const int Registered = registerAll();

} // namespace
