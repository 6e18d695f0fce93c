//===--- heap_vs_value.cpp - memchecks benchmarks -------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// What memchecks-needless-heap reports, measured:
//
//   heap_vs_value/make_unique_return   std::unique_ptr<Point> makePoint()
//   heap_vs_value/value_return         Point makePoint()
//   heap_vs_value/local_heap           make_unique local, passed to a helper
//   heap_vs_value/local_stack          the same local as a plain object
//   heap_vs_value/local_heap_inlined   make_unique local that the optimizer
//                                      sees whole (no call it cannot see)
//
//===----------------------------------------------------------------------===//

#include "alloc_counter.h"
#include "heap_vs_value.h"

namespace {

using namespace memchecks_bench;

void makeUniqueReturn(benchmark::State &State) {
  CountAllocs Count(State);
  int I = 0;
  for (auto _ : State) {
    std::unique_ptr<Point> P = makePointHeap(I, I + 1);
    benchmark::DoNotOptimize(P->X + P->Y);
    ++I;
  }
}
BENCHMARK(makeUniqueReturn)->Name("heap_vs_value/make_unique_return");

void valueReturn(benchmark::State &State) {
  CountAllocs Count(State);
  int I = 0;
  for (auto _ : State) {
    Point P = makePointValue(I, I + 1);
    benchmark::DoNotOptimize(P.X + P.Y);
    ++I;
  }
}
BENCHMARK(valueReturn)->Name("heap_vs_value/value_return");

void localHeap(benchmark::State &State) {
  CountAllocs Count(State);
  int I = 0;
  for (auto _ : State) {
    auto P = std::make_unique<Point>(Point{I, -I});
    benchmark::DoNotOptimize(manhattan(*P));
    ++I;
  }
}
BENCHMARK(localHeap)->Name("heap_vs_value/local_heap");

void localStack(benchmark::State &State) {
  CountAllocs Count(State);
  int I = 0;
  for (auto _ : State) {
    Point P{I, -I};
    benchmark::DoNotOptimize(manhattan(P));
    ++I;
  }
}
BENCHMARK(localStack)->Name("heap_vs_value/local_stack");

// Nothing escapes and every use is inlined: clang is allowed to remove the
// new/delete pair ([expr.new]/10) and the table shows whether it did.
void localHeapInlined(benchmark::State &State) {
  CountAllocs Count(State);
  int I = 0;
  for (auto _ : State) {
    auto P = std::make_unique<Point>(Point{I, -I});
    benchmark::DoNotOptimize(P->X - P->Y);
    ++I;
  }
}
BENCHMARK(localHeapInlined)->Name("heap_vs_value/local_heap_inlined");

} // namespace
