//===--- main.cpp - memchecks-clangd ---------------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The distribution's clangd with the memchecks clang-tidy module linked in.
// clangd cannot load clang-tidy plugins, so the checks are compiled into the
// executable instead; everything else (options, --version, --check-tidy-time)
// is clangd's own, from Debian's libclangdMain.a.
//
//===----------------------------------------------------------------------===//

namespace clang::clangd {
// Declared in clangd/tool/ClangdMain.h, which Debian does not install.
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

// Defined in checks/MemchecksModule.cpp next to the module's registration;
// referencing it keeps that object (and so the registration) in the link.
extern volatile int MemchecksModuleAnchorSource;

int main(int argc, char *argv[]) {
  (void)MemchecksModuleAnchorSource;
  return clang::clangd::clangdMain(argc, argv);
}
