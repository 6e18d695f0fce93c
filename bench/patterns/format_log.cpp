//===--- format_log.cpp - memchecks benchmarks ----------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The FormatLog capstone of memchecks-loop-string-format: the same log line
// formatted on every iteration of a loop, four ways (see format_log.h).
//
//   format_log/naive           formatLogNaive      (`+`, std::to_string)
//   format_log/ostringstream   formatLogStream     (std::ostringstream)
//   format_log/reused_buffer   formatLogBuffer     (one std::string, reused)
//   format_log/to_chars        formatLogToChars    (char buffer, to_chars)
//
//===----------------------------------------------------------------------===//

#include "alloc_counter.h"
#include "format_log.h"

#include <cstdint>

namespace {

using namespace memchecks_bench;

// One request log line: short text values, small integers, and a nanosecond
// timestamp of 19 digits (longer than std::string's 15-character buffer).
struct Request {
  Field Fields[6];
  Request() {
    Fields[0] = textField("method", "GET");
    Fields[1] = textField("path", "/api/v1/items");
    Fields[2] = intField("status", 200);
    Fields[3] = intField("bytes", 5123);
    Fields[4] = intField("ts", 1700000000123456789LL);
    Fields[5] = intField("latency_ns", 48213);
  }
};

constexpr std::size_t NumFields = 6;

void naive(benchmark::State &State) {
  Request R;
  CountAllocs Count(State);
  for (auto _ : State) {
    std::string Line = formatLogNaive(Level::Info, "request served", R.Fields,
                                      NumFields);
    benchmark::DoNotOptimize(Line.data());
    benchmark::ClobberMemory();
  }
}
BENCHMARK(naive)->Name("format_log/naive");

void stream(benchmark::State &State) {
  Request R;
  CountAllocs Count(State);
  for (auto _ : State) {
    std::string Line = formatLogStream(Level::Info, "request served",
                                       R.Fields, NumFields);
    benchmark::DoNotOptimize(Line.data());
    benchmark::ClobberMemory();
  }
}
BENCHMARK(stream)->Name("format_log/ostringstream");

void reusedBuffer(benchmark::State &State) {
  Request R;
  std::string Line;
  CountAllocs Count(State);
  for (auto _ : State) {
    formatLogBuffer(Line, Level::Info, "request served", R.Fields, NumFields);
    benchmark::DoNotOptimize(Line.data());
    benchmark::ClobberMemory();
  }
}
BENCHMARK(reusedBuffer)->Name("format_log/reused_buffer");

void toChars(benchmark::State &State) {
  Request R;
  char Line[256];
  CountAllocs Count(State);
  for (auto _ : State) {
    std::size_t Len = formatLogToChars(Line, sizeof(Line), Level::Info,
                                       "request served", R.Fields, NumFields);
    benchmark::DoNotOptimize(Len);
    benchmark::DoNotOptimize(Line);
    benchmark::ClobberMemory();
  }
}
BENCHMARK(toChars)->Name("format_log/to_chars");

} // namespace
