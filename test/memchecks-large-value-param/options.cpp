// RUN: %check_memchecks -check-suffix=DEFAULT %s memchecks-large-value-param %t
// RUN: %check_memchecks -check-suffix=SMALL %s memchecks-large-value-param %t \
// RUN:   -opt SizeThreshold=16 -opt IgnoredTypes='ns::Ignored;.*Blob'
// RUN: %check_memchecks -check-suffix=VIRTUAL %s memchecks-large-value-param %t \
// RUN:   -opt CheckVirtual=true

struct Mid { char data[64]; };
namespace ns { struct Ignored { char data[4096]; }; }
struct ImageBlob { char data[4096]; };
struct Big { char data[1024]; };

int mid(Mid m) { return m.data[0]; }
// CHECK-MESSAGES-SMALL: :[[@LINE-1]]:13: warning: parameter 'm' of type 'Mid' (64 bytes)
// CHECK-FIXES-SMALL: int mid(const Mid &m) { return m.data[0]; }

int ignored(ns::Ignored i) { return i.data[0]; }
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:25: warning: parameter 'i' of type 'ns::Ignored' (4096 bytes)
// CHECK-MESSAGES-VIRTUAL: :[[@LINE-2]]:25: warning: parameter 'i' of type 'ns::Ignored' (4096 bytes)
// CHECK-FIXES-DEFAULT: int ignored(const ns::Ignored &i) { return i.data[0]; }
// CHECK-FIXES-VIRTUAL: int ignored(const ns::Ignored &i) { return i.data[0]; }

int blob(ImageBlob b) { return b.data[0]; }
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:20: warning: parameter 'b' of type 'ImageBlob'
// CHECK-MESSAGES-VIRTUAL: :[[@LINE-2]]:20: warning: parameter 'b' of type 'ImageBlob'
// CHECK-FIXES-DEFAULT: int blob(const ImageBlob &b) { return b.data[0]; }
// CHECK-FIXES-VIRTUAL: int blob(const ImageBlob &b) { return b.data[0]; }

// Virtual functions follow the base's signature: skipped unless CheckVirtual,
// and even then only warned about (changing one override alone breaks it).
struct Base {
  virtual int v(Big b) { return b.data[0]; }
// CHECK-MESSAGES-VIRTUAL: :[[@LINE-1]]:21: warning: parameter 'b' of type 'Big'
};
struct Derived : Base {
  int v(Big b) override { return b.data[1]; }
// CHECK-MESSAGES-VIRTUAL: :[[@LINE-1]]:13: warning: parameter 'b' of type 'Big'
};
