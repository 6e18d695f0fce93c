// RUN: %check_memchecks %s memchecks-large-value-param,performance-unnecessary-value-param %t

// When performance-unnecessary-value-param is enabled too, it owns the fix-it
// for types with non-trivial copies; memchecks still names the size, once.
#include <string>

struct Heavy { std::string names[8]; };   // non-trivial copy
struct Plain { char data[512]; };          // trivially copyable

std::size_t heavy(Heavy h) { return h.names[0].size(); }
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:25: warning: parameter 'h' of type 'Heavy' ({{[0-9]+}} bytes) is passed by value and only read; pass it as 'const Heavy &' [memchecks-large-value-param]
// CHECK-MESSAGES-DAG: :[[@LINE-2]]:25: warning: the parameter 'h' is copied for each invocation but only used as a const reference; consider making it a const reference [performance-unnecessary-value-param]
// CHECK-FIXES: std::size_t heavy(const Heavy& h) { return h.names[0].size(); }

int plain(Plain p) { return p.data[0]; }
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: parameter 'p' of type 'Plain' (512 bytes)
// CHECK-FIXES: int plain(const Plain &p) { return p.data[0]; }
