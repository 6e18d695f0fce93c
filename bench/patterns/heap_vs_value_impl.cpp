//===--- heap_vs_value_impl.cpp - memchecks benchmarks --------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "heap_vs_value.h"

namespace memchecks_bench {

std::unique_ptr<Point> makePointHeap(int X, int Y) {
  return std::make_unique<Point>(Point{X, Y});
}

Point makePointValue(int X, int Y) { return Point{X, Y}; }

int manhattan(const Point &P) {
  return (P.X < 0 ? -P.X : P.X) + (P.Y < 0 ? -P.Y : P.Y);
}

} // namespace memchecks_bench
