//===--- pool_reset.cpp - memchecks benchmarks ----------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Why memchecks-pool-reset wants pooled buffers reset with clear(): a
// response of N bytes rendered per request into
//
//   pool_reset/new_string/N       a new std::string per request
//   pool_reset/pooled_clear/N     a pooled std::string reset with clear()
//                                 (size 0, capacity kept)
//   pool_reset/pooled_release/N   a pooled std::string reset by swapping
//                                 with an empty one (capacity released)
//
//===----------------------------------------------------------------------===//

#include "alloc_counter.h"

#include <memory>
#include <string>
#include <vector>

namespace {

using memchecks_bench::CountAllocs;

/// A minimal single-threaded pool in the spirit of Go's sync.Pool.
class BufferPool {
public:
  std::unique_ptr<std::string> get() {
    if (Free.empty())
      return std::make_unique<std::string>();
    std::unique_ptr<std::string> B = std::move(Free.back());
    Free.pop_back();
    return B;
  }
  void put(std::unique_ptr<std::string> B) { Free.push_back(std::move(B)); }

private:
  std::vector<std::unique_ptr<std::string>> Free;
};

/// Appends a response with a body of BodySize bytes, piece by piece as a
/// server would.
__attribute__((noinline)) void renderResponse(std::string &Out, int Id,
                                              std::size_t BodySize) {
  Out += "HTTP/1.1 200 OK\r\n";
  Out += "Content-Type: text/plain\r\n";
  Out += "X-Request-Id: ";
  Out += char('0' + Id % 10);
  Out += "\r\n\r\n";
  for (std::size_t I = 0; I < BodySize; I += 16)
    Out.append(BodySize - I < 16 ? BodySize - I : 16, 'x');
}

void newString(benchmark::State &State) {
  const auto Size = static_cast<std::size_t>(State.range(0));
  CountAllocs Count(State);
  int Id = 0;
  for (auto _ : State) {
    std::string Out;
    renderResponse(Out, Id++, Size);
    benchmark::DoNotOptimize(Out.data());
    benchmark::ClobberMemory();
  }
}
BENCHMARK(newString)->Name("pool_reset/new_string")->Arg(64)->Arg(1024)->Arg(16384);

void pooledClear(benchmark::State &State) {
  const auto Size = static_cast<std::size_t>(State.range(0));
  BufferPool Pool;
  CountAllocs Count(State);
  int Id = 0;
  for (auto _ : State) {
    std::unique_ptr<std::string> Out = Pool.get();
    Out->clear();
    renderResponse(*Out, Id++, Size);
    benchmark::DoNotOptimize(Out->data());
    benchmark::ClobberMemory();
    Pool.put(std::move(Out));
  }
}
BENCHMARK(pooledClear)->Name("pool_reset/pooled_clear")->Arg(64)->Arg(1024)->Arg(16384);

void pooledRelease(benchmark::State &State) {
  const auto Size = static_cast<std::size_t>(State.range(0));
  BufferPool Pool;
  CountAllocs Count(State);
  int Id = 0;
  for (auto _ : State) {
    std::unique_ptr<std::string> Out = Pool.get();
    std::string().swap(*Out);
    renderResponse(*Out, Id++, Size);
    benchmark::DoNotOptimize(Out->data());
    benchmark::ClobberMemory();
    Pool.put(std::move(Out));
  }
}
BENCHMARK(pooledRelease)->Name("pool_reset/pooled_release")->Arg(64)->Arg(1024)->Arg(16384);

} // namespace
