// RUN: %check_memchecks -check-suffix=DEFAULT %s memchecks-large-copy %t
// RUN: %check_memchecks -check-suffix=SMALL %s memchecks-large-copy %t \
// RUN:   -opt SizeThreshold=16 -opt IgnoredTypes='ns::Ignored;.*Blob'
// RUN: clang-tidy -load %plugin --checks='-*,memchecks-large-copy' %s \
// RUN:   -config="{CheckOptions: [{key: memchecks-large-copy.IgnoredTypes, value: '(['}]}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: invalid regular expression '([' in option 'memchecks-large-copy.IgnoredTypes'

#include <vector>

struct Mid { char data[64]; };
namespace ns { struct Ignored { char data[4096]; }; }
struct ImageBlob { char data[4096]; };

int mid(const std::vector<Mid> &v) {
  int s = 0;
  for (auto m : v) s += m.data[0];
// CHECK-MESSAGES-SMALL: :[[@LINE-1]]:13: warning: 'm' copies 64 bytes of 'Mid' on every iteration
// CHECK-FIXES-SMALL: for (const auto &m : v) s += m.data[0];
  return s;
}

int ignored(const std::vector<ns::Ignored> &v) {
  int s = 0;
  for (auto i : v) s += i.data[0];
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:13: warning: 'i' copies 4096 bytes of 'ns::Ignored' on every iteration
// CHECK-FIXES-DEFAULT: for (const auto &i : v) s += i.data[0];
  return s;
}

int blob(const ImageBlob &b) {
  ImageBlob c = b;
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:13: warning: 'c' copies 4096 bytes of 'ImageBlob' and is only read
// CHECK-FIXES-DEFAULT: const ImageBlob &c = b;
  return c.data[0];
}
