// C files are accepted and skipped by every check (they are C++ checks).
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-*' -- -std=c11 2>&1 | FileCheck %s --allow-empty
// CHECK-NOT: warning:
// CHECK-NOT: error:
#include <stdlib.h>
struct Big { char data[1024]; };
int byValue(struct Big b) { return b.data[0]; }
int main(void) { struct Big *b = malloc(sizeof *b); int r = byValue(*b); free(b); return r; }
