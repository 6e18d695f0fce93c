// RUN: rm -rf %t.dir && mkdir -p %t.dir && cp %S/Inputs/frame.h %t.dir/frame.h
// RUN: %check_memchecks %s memchecks-large-value-param %t -- -- -I%t.dir
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cp %S/Inputs/frame.h %t.dir/frame.h
// RUN: %check_memchecks -check-suffix=NOTES %s memchecks-large-value-param %t -- -- -I%t.dir

// A function declared in a header of the project may have its address
// taken, with its present type, by a translation unit not in view: the
// fix-it is only a note (issue #16).

#include "frame.h"

int frameChecksum(Frame f) { return f.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: parameter 'f' of type 'Frame' (1028 bytes) is passed by value and only read; pass it as 'const Frame &'
// CHECK-NOTES-NOTES: :[[@LINE-2]]:25: warning: parameter 'f' of type 'Frame'
// CHECK-NOTES-NOTES: frame.h:4:5: note: 'frameChecksum' is declared in a header; other translation units may depend on its signature
// CHECK-FIXES: int frameChecksum(Frame f) { return f.n; }

// Internal linkage: no other translation unit can name it.
namespace {
int hidden(Frame f) { return f.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: parameter 'f' of type 'Frame'
// CHECK-NOTES-NOTES: :[[@LINE-2]]:18: warning: parameter 'f' of type 'Frame'
// CHECK-FIXES: int hidden(const Frame &f) { return f.n; }
}

int positiveMainFileOnly(Frame f) { return f.n + hidden(f); }
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: parameter 'f' of type 'Frame'
// CHECK-NOTES-NOTES: :[[@LINE-2]]:32: warning: parameter 'f' of type 'Frame'
// CHECK-FIXES: int positiveMainFileOnly(const Frame &f) { return f.n + hidden(f); }
