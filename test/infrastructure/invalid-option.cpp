// An option value of the wrong kind is a configuration error naming the option
// and the value, and the run goes on without crashing.
// RUN: clang-tidy -load %plugin %s --checks='-*,memchecks-*' \
// RUN:   -config="{CheckOptions: [{key: memchecks-large-value-param.SizeThreshold, value: 'big'}, {key: memchecks-large-value-param.IgnoredTypes, value: '(unclosed'}]}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s
// CHECK-DAG: invalid configuration value 'big' for option 'memchecks-large-value-param.SizeThreshold'
// CHECK-DAG: invalid regular expression '(unclosed' in option 'memchecks-large-value-param.IgnoredTypes'
// CHECK-NOT: Stack dump
struct Big { char data[512]; };
int f(Big b) { return b.data[0]; }
