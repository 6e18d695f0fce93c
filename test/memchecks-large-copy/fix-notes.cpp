// RUN: %check_memchecks %s memchecks-large-copy %t -fix-notes

// With --fix-notes the suggested references are applied too, and compile.
#include <algorithm>
#include <string>
#include <vector>

struct Frame { double samples[128]; int id; std::string name; };
void log(const std::string &);
bool pick(const Frame &, int);

void loopWithCall(const std::vector<Frame> &frames) {
  for (auto f : frames)
// CHECK-NOTES: :[[@LINE-1]]:13: warning: 'f' copies {{[0-9]+}} bytes of 'Frame' on every iteration and is only read; bind it as 'const auto &'
// CHECK-NOTES: :[[@LINE-2]]:17: note: each element of this range is copied
// CHECK-NOTES: :[[@LINE-3]]:13: note: if nothing called while 'f' lives can change its source, bind 'f' as 'const auto &'
// CHECK-FIXES: for (const auto &f : frames)
    log(f.name);
}

bool lambdaWithCall(const std::vector<int> &ids, const Frame &f) {
  return std::all_of(ids.begin(), ids.end(), [f](int i) { return pick(f, i); });
// CHECK-NOTES: :[[@LINE-1]]:47: warning: lambda copies 'f' ({{[0-9]+}} bytes of 'Frame') and only reads it; capture it by reference
// CHECK-NOTES: :[[@LINE-2]]:10: note: the lambda does not outlive this call
// CHECK-NOTES: :[[@LINE-3]]:47: note: if nothing the lambda calls can change 'f', capture 'f' by reference
// CHECK-FIXES: return std::all_of(ids.begin(), ids.end(), [&f](int i) { return pick(f, i); });
}
