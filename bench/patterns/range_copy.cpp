//===--- range_copy.cpp - memchecks benchmarks ----------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A range-for over 16 trivially copyable elements of 8 to 4096 bytes, each
// element handed to a reader in another translation unit: the measurement
// behind memchecks-large-copy.
//
//   range_copy/by_value/N       for (auto E : V) read(E);
//   range_copy/by_const_ref/N   for (const auto &E : V) read(E);
//
// ns/op is per element (one loop of 16 is 16 items).
//
//===----------------------------------------------------------------------===//

#include "alloc_counter.h"
#include "param_passing.h"

#include <string>
#include <vector>

namespace {

using memchecks_bench::Blob;
constexpr int Elements = 16;

template <std::size_t N> void byValue(benchmark::State &State) {
  memchecks_bench::CountAllocs Count(State);
  std::vector<Blob<N>> V(Elements);
  for (auto _ : State) {
    benchmark::DoNotOptimize(V.data());
    unsigned Sum = 0;
    for (auto E : V) // the copy under test
      Sum += memchecks_bench::readByConstRef<N>(E);
    benchmark::DoNotOptimize(Sum);
  }
  State.SetItemsProcessed(State.iterations() * Elements);
}

template <std::size_t N> void byConstRef(benchmark::State &State) {
  memchecks_bench::CountAllocs Count(State);
  std::vector<Blob<N>> V(Elements);
  for (auto _ : State) {
    benchmark::DoNotOptimize(V.data());
    unsigned Sum = 0;
    for (const auto &E : V)
      Sum += memchecks_bench::readByConstRef<N>(E);
    benchmark::DoNotOptimize(Sum);
  }
  State.SetItemsProcessed(State.iterations() * Elements);
}

int registerAll() {
#define REGISTER(N)                                                            \
  memchecks_bench::registerPair("range_copy", N, byValue<N>, byConstRef<N>);
  MEMCHECKS_BENCH_PARAM_SIZES(REGISTER)
#undef REGISTER
  return 0;
}

const int Registered = registerAll();

} // namespace
