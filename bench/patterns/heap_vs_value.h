//===--- heap_vs_value.h - memchecks benchmarks ---------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Factories and a consumer for the heap_vs_value benchmark, defined in
// heap_vs_value_impl.cpp so that the optimizer cannot see through them (and,
// in particular, cannot remove a new/delete pair it would see whole).
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_BENCH_HEAP_VS_VALUE_H
#define MEMCHECKS_BENCH_HEAP_VS_VALUE_H

#include <memory>

namespace memchecks_bench {

/// An 8-byte value: returned in one register when returned by value.
struct Point {
  int X;
  int Y;
};

std::unique_ptr<Point> makePointHeap(int X, int Y);
Point makePointValue(int X, int Y);

/// Reads a point through a reference, as any out-of-line helper would.
int manhattan(const Point &P);

} // namespace memchecks_bench

#endif // MEMCHECKS_BENCH_HEAP_VS_VALUE_H
