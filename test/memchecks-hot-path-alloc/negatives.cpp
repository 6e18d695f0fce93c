// RUN: %check_memchecks %s memchecks-hot-path-alloc %t -std=c++20

#include <array>
#include <charconv>
#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#define HOT [[clang::annotate("memchecks::hot")]]

// ---- negative cases ------------------------------------------------------

HOT int negativeVectorIndex(std::vector<int> &v, std::size_t i) {
  v[i] = 3;
  return v[0] + v.at(i) + v.front() + v.back() + *v.data();
}

HOT int negativeStdArray(std::array<int, 8> &a) {
  std::array<int, 8> copy = a;
  a.fill(0);
  return copy[2] + a.at(3) + static_cast<int>(a.size());
}

HOT std::size_t negativeStringView(std::string_view s) {
  std::string_view head = s.substr(0, 3);
  s.remove_prefix(1);
  return head.size() + s.find(':') + (s.starts_with("x") ? 1 : 0);
}

HOT int negativeSpan(std::span<const int> s) {
  int sum = 0;
  for (int x : s.first(2))
    sum += x;
  return sum + s[0] + static_cast<int>(s.size());
}

HOT std::size_t negativeToChars(char *buf, std::size_t cap, int v, double d) {
  auto r = std::to_chars(buf, buf + cap, v);
  auto r2 = std::to_chars(r.ptr, buf + cap, d);
  return static_cast<std::size_t>(r2.ptr - buf);
}

HOT int negativeFromChars(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

struct Point { int x, y; };

HOT Point *negativePlacementNew(void *storage) {
  return new (storage) Point{1, 2};
}

HOT void negativeConstructAt(Point *p) {
  std::construct_at(p, Point{3, 4});
  std::destroy_at(p);
}

HOT std::size_t negativeStringViewOfString(const std::string &s) {
  std::string_view v = s;
  return v.size() + std::strlen(s.c_str());
}

HOT void negativeSwapMove(std::string &a, std::string &b) {
  std::swap(a, b);
  a = std::move(b);
}

HOT int negativeUniquePtrRead(const std::unique_ptr<int> &p) { return *p; }

HOT std::size_t negativeSpanOfVector(const std::vector<int> &v) {
  std::span<const int> s(v);
  return s.size();
}

HOT bool negativeCompare(const std::string &a, std::string_view b) {
  return a == b && a < std::string_view("z");
}

HOT std::size_t negativeCopyToBuffer(const std::string &s, char *out) {
  return s.copy(out, 8);
}

// ---- positive contrasts --------------------------------------------------

HOT std::size_t positiveStringFromView(std::string_view v) {
  std::string s(v);
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'positiveStringFromView' is marked hot but constructing 'std::string' may allocate here [memchecks-hot-path-alloc]
  return s.size();
}

HOT std::size_t positiveVectorFromSpan(std::span<const int> s) {
  std::vector<int> v(s.begin(), s.end());
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'positiveVectorFromSpan' is marked hot but constructing 'std::vector' may allocate here
  return v.size();
}
