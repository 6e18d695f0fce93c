// Findings in a header are reported when --header-filter matches it, and only
// then, as clang-tidy filters them; the checks skip the functions of the
// other headers, and that must not lose a finding in a shown one.
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-*' --quiet -- -std=c++17 -I %S/Inputs/header-filter 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MAIN --implicit-check-not=warning:
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-*' --quiet --header-filter='other\.h' -- -std=c++17 -I %S/Inputs/header-filter 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MAIN --implicit-check-not=warning:
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-*' --quiet --header-filter='.*' -- -std=c++17 -I %S/Inputs/header-filter 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=MAIN,HEADER --implicit-check-not=warning:
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-*' --quiet --header-filter='header-filter/findings\.h' -- -std=c++17 -I %S/Inputs/header-filter 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=MAIN,HEADER --implicit-check-not=warning:
// The same header as a system header: never reported, with --system-headers too.
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-*' --quiet --header-filter='.*' --system-headers -- -std=c++17 -isystem %S/Inputs/header-filter 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MAIN --implicit-check-not=warning:

#include "findings.h"

// HEADER-DAG: findings.h:9:30: warning: parameter 'B' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &' [memchecks-large-value-param]
// HEADER-DAG: findings.h:13:7: warning: 'inc' modifies 'C', a copy of the container element; the change is lost [memchecks-mutation-on-copy]
// HEADER-DAG: findings.h:18:13: warning: 'B' copies 1028 bytes of 'Big' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// HEADER-DAG: findings.h:24:12: warning: heap allocation of 'Point' (8 bytes) does not escape 'headerHeap'; use a local variable [memchecks-needless-heap]
// HEADER-DAG: findings.h:32:10: warning: 'operator+' builds a new string on every iteration of this loop; append the parts to a buffer declared outside the loop and reused [memchecks-loop-string-format]

int mainByValue(Big B) { return B.N; }
// MAIN-DAG: header-filter.cpp:[[@LINE-1]]:21: warning: parameter 'B' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &' [memchecks-large-value-param]
