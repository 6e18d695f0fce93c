//===--- alloc_counter.h - memchecks benchmarks ---------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Allocation counting for the benchmarks, in the spirit of `go test -benchmem`.
// alloc_counter.cpp replaces every global operator new/delete of the program
// with one that counts calls and requested bytes, so allocations made inside
// libstdc++ (std::string growth, std::ostringstream) are counted too.
//
// Usage, in a benchmark body:
//
//   memchecks_bench::CountAllocs Count(State);
//   for (auto _ : State) { ... }
//
// When Count goes out of scope it reports "allocs/op" and "bytes/op" as
// benchmark counters averaged over the iterations.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_BENCH_ALLOC_COUNTER_H
#define MEMCHECKS_BENCH_ALLOC_COUNTER_H

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

namespace memchecks_bench {

struct AllocStats {
  std::uint64_t Allocs = 0; // calls to any operator new
  std::uint64_t Bytes = 0;  // bytes requested from them
};

/// Totals counted on the calling thread since it started. The counters are
/// per thread (cheap, no atomics); the benchmarks here are single-threaded.
AllocStats threadAllocStats() noexcept;

/// Reports the allocations made between its construction and destruction as
/// the "allocs/op" and "bytes/op" counters of State.
class CountAllocs {
public:
  explicit CountAllocs(benchmark::State &State)
      : State(State), Start(threadAllocStats()) {}
  CountAllocs(const CountAllocs &) = delete;
  CountAllocs &operator=(const CountAllocs &) = delete;
  ~CountAllocs() {
    // Take the snapshot before touching State.counters, which allocates.
    const AllocStats End = threadAllocStats();
    State.counters["allocs/op"] = benchmark::Counter(
        double(End.Allocs - Start.Allocs), benchmark::Counter::kAvgIterations);
    State.counters["bytes/op"] = benchmark::Counter(
        double(End.Bytes - Start.Bytes), benchmark::Counter::kAvgIterations);
  }

private:
  benchmark::State &State;
  const AllocStats Start;
};

/// Registers `Family/by_value/N` and `Family/by_const_ref/N`: the pairs that
/// bench/run puts side by side.
inline void registerPair(const std::string &Family, std::size_t N,
                         void (*ByValue)(benchmark::State &),
                         void (*ByConstRef)(benchmark::State &)) {
  benchmark::RegisterBenchmark(
      (Family + "/by_value/" + std::to_string(N)).c_str(), ByValue);
  benchmark::RegisterBenchmark(
      (Family + "/by_const_ref/" + std::to_string(N)).c_str(), ByConstRef);
}

} // namespace memchecks_bench

#endif // MEMCHECKS_BENCH_ALLOC_COUNTER_H
