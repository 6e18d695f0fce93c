// LLVM 19's --exclude-header-filter drops the findings of a header that
// --header-filter matches; the checks skip its functions.
// REQUIRES: llvm-ge-19
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-*' --quiet --header-filter='.*' --exclude-header-filter='findings\.h' -- -std=c++17 -I %S/Inputs/header-filter 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not=warning:
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-*' --quiet --header-filter='.*' --exclude-header-filter='other\.h' -- -std=c++17 -I %S/Inputs/header-filter 2>&1 \
// RUN:   | FileCheck %s --check-prefix=HEADER
// HEADER: findings.h:9:30: warning: parameter 'B' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &' [memchecks-large-value-param]

#include "findings.h"

int mainByValue(Big B) { return B.N; }
// CHECK: header-filter-exclude.cpp:[[@LINE-1]]:21: warning: parameter 'B' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &' [memchecks-large-value-param]
