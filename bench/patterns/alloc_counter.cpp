//===--- alloc_counter.cpp - memchecks benchmarks -------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Replacements for all global allocation and deallocation functions
// ([new.delete]) that count calls per thread. Linked into every benchmark
// program as an object file, so the replacements apply to the whole process.
//
//===----------------------------------------------------------------------===//

#include "alloc_counter.h"

#include <cstdlib>
#include <new>

namespace {

// Plain thread_local integers: an atomic read-modify-write would add a locked
// instruction to every allocation and distort the ns/op of the allocating
// variants more than counting should.
thread_local std::uint64_t AllocCalls = 0;
thread_local std::uint64_t AllocBytes = 0;

void *allocate(std::size_t Size) noexcept {
  ++AllocCalls;
  AllocBytes += Size;
  return std::malloc(Size == 0 ? 1 : Size);
}

void *allocateAligned(std::size_t Size, std::align_val_t Align) noexcept {
  ++AllocCalls;
  AllocBytes += Size;
  std::size_t A = static_cast<std::size_t>(Align);
  if (A < sizeof(void *))
    A = sizeof(void *);
  // aligned_alloc wants a size that is a multiple of the alignment.
  std::size_t Rounded = (Size + A - 1) / A * A;
  return std::aligned_alloc(A, Rounded == 0 ? A : Rounded);
}

void *orThrow(void *P) {
  if (!P)
    throw std::bad_alloc();
  return P;
}

} // namespace

memchecks_bench::AllocStats memchecks_bench::threadAllocStats() noexcept {
  AllocStats S;
  S.Allocs = AllocCalls;
  S.Bytes = AllocBytes;
  return S;
}

void *operator new(std::size_t Size) { return orThrow(allocate(Size)); }
void *operator new[](std::size_t Size) { return orThrow(allocate(Size)); }
void *operator new(std::size_t Size, const std::nothrow_t &) noexcept {
  return allocate(Size);
}
void *operator new[](std::size_t Size, const std::nothrow_t &) noexcept {
  return allocate(Size);
}
void *operator new(std::size_t Size, std::align_val_t Align) {
  return orThrow(allocateAligned(Size, Align));
}
void *operator new[](std::size_t Size, std::align_val_t Align) {
  return orThrow(allocateAligned(Size, Align));
}
void *operator new(std::size_t Size, std::align_val_t Align,
                   const std::nothrow_t &) noexcept {
  return allocateAligned(Size, Align);
}
void *operator new[](std::size_t Size, std::align_val_t Align,
                     const std::nothrow_t &) noexcept {
  return allocateAligned(Size, Align);
}

void operator delete(void *P) noexcept { std::free(P); }
void operator delete[](void *P) noexcept { std::free(P); }
void operator delete(void *P, std::size_t) noexcept { std::free(P); }
void operator delete[](void *P, std::size_t) noexcept { std::free(P); }
void operator delete(void *P, const std::nothrow_t &) noexcept { std::free(P); }
void operator delete[](void *P, const std::nothrow_t &) noexcept {
  std::free(P);
}
void operator delete(void *P, std::align_val_t) noexcept { std::free(P); }
void operator delete[](void *P, std::align_val_t) noexcept { std::free(P); }
void operator delete(void *P, std::size_t, std::align_val_t) noexcept {
  std::free(P);
}
void operator delete[](void *P, std::size_t, std::align_val_t) noexcept {
  std::free(P);
}
void operator delete(void *P, std::align_val_t,
                     const std::nothrow_t &) noexcept {
  std::free(P);
}
void operator delete[](void *P, std::align_val_t,
                       const std::nothrow_t &) noexcept {
  std::free(P);
}
