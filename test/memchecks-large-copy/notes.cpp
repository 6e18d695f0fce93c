// RUN: %check_memchecks %s memchecks-large-copy %t

// The note points at the origin of the copy; a suggested fix is on a note of
// its own (applied only with --fix-notes), a certain one on the warning.
#include <string>
#include <vector>

struct Frame { double samples[128]; int id; };
void log(const std::string &);

int certain(const std::vector<Frame> &frames) {
  int s = 0;
  for (auto f : frames) s += f.id;
// CHECK-NOTES: :[[@LINE-1]]:13: warning: 'f' copies 1032 bytes of 'Frame' on every iteration and is only read; bind it as 'const auto &'
// CHECK-NOTES: :[[@LINE-2]]:17: note: each element of this range is copied
// CHECK-FIXES: for (const auto &f : frames) s += f.id;
  return s;
}

void suggested(const Frame &in) {
  Frame f = in;
// CHECK-NOTES: :[[@LINE-1]]:9: warning: 'f' copies 1032 bytes of 'Frame' and is only read; bind it as 'const Frame &'
// CHECK-NOTES: :[[@LINE-2]]:13: note: copied from here
// CHECK-NOTES: :[[@LINE-3]]:9: note: if nothing called while 'f' lives can change its source, bind 'f' as 'const Frame &'
// CHECK-FIXES: Frame f = in;
  log(std::to_string(f.id));
}
