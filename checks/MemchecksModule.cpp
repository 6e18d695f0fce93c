//===--- MemchecksModule.cpp - the memchecks clang-tidy module ------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "HotPathAllocCheck.h"
#include "LargeCopyCheck.h"
#include "LargeValueParamCheck.h"
#include "LoopStringFormatCheck.h"
#include "MutationOnCopyCheck.h"
#include "NeedlessHeapCheck.h"
#include "PoolResetCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy::memchecks {

class MemchecksModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<HotPathAllocCheck>("memchecks-hot-path-alloc");
    Factories.registerCheck<LargeCopyCheck>("memchecks-large-copy");
    Factories.registerCheck<LargeValueParamCheck>(
        "memchecks-large-value-param");
    Factories.registerCheck<LoopStringFormatCheck>(
        "memchecks-loop-string-format");
    Factories.registerCheck<MutationOnCopyCheck>("memchecks-mutation-on-copy");
    Factories.registerCheck<NeedlessHeapCheck>("memchecks-needless-heap");
    Factories.registerCheck<PoolResetCheck>("memchecks-pool-reset");
  }
};

static ClangTidyModuleRegistry::Add<MemchecksModule>
    X("memchecks-module", "Allocation and receiver-hygiene checks.");

} // namespace clang::tidy::memchecks

// memchecks-clangd links the module statically; this anchor keeps the
// registration object from being dropped by the linker.
// NOLINTNEXTLINE(readability-identifier-naming)
volatile int MemchecksModuleAnchorSource = 0;
