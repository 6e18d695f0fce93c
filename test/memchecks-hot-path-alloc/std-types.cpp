// RUN: %check_memchecks %s memchecks-hot-path-alloc %t

#include <deque>
#include <list>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#define HOT [[clang::annotate("memchecks::hot")]]

// ---- positive cases ------------------------------------------------------

HOT std::string positiveToString(int v) {
  return std::to_string(v);
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveToString' is marked hot but 'std::to_string' may allocate here [memchecks-hot-path-alloc]
}

HOT void positiveLongLiteral() {
  std::string s = "longer than the small string buffer";
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'positiveLongLiteral' is marked hot but constructing 'std::string' may allocate here
  (void)s;
}

HOT std::size_t positiveFromPointer(const char *p) {
  std::string s(p);
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'positiveFromPointer' is marked hot but constructing 'std::string' may allocate here
  return s.size();
}

HOT void positiveConcat(std::string &out, const std::string &a,
                        const std::string &b) {
  out = a + b;
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'positiveConcat' is marked hot but 'std::operator+' may allocate here
}

HOT void positiveAppend(std::string &buf, const char *s) {
  buf += s;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'positiveAppend' is marked hot but 'std::string::operator+=' may allocate here
  buf.append("x");
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'positiveAppend' is marked hot but 'std::string::append' may allocate here
  buf.push_back('y');
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'positiveAppend' is marked hot but 'std::string::push_back' may allocate here
}

HOT std::size_t positiveStringCopy(const std::string &s) {
  std::string copy = s;
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'positiveStringCopy' is marked hot but copying 'std::string' may allocate here
  return copy.size() + s.substr(1).size();
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'positiveStringCopy' is marked hot but 'std::string::substr' may allocate here
}

HOT void positiveVector(std::vector<int> &v) {
  v.push_back(1);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveVector' is marked hot but 'std::vector::push_back' may allocate here
  v.emplace_back(2);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveVector' is marked hot but 'std::vector::emplace_back' may allocate here
  v.resize(10);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveVector' is marked hot but 'std::vector::resize' may allocate here
  v.insert(v.begin(), 3);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveVector' is marked hot but 'std::vector::insert' may allocate here
}

// Capacity is not tracked: a push_back after reserve is still reported.
HOT void positiveReserveThenPush(std::vector<int> &v) {
  v.reserve(16);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveReserveThenPush' is marked hot but 'std::vector::reserve' may allocate here
  v.push_back(1);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveReserveThenPush' is marked hot but 'std::vector::push_back' may allocate here
}

HOT int positiveVectorCopy(const std::vector<int> &v) {
  std::vector<int> local(v);
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'positiveVectorCopy' is marked hot but copying 'std::vector' may allocate here
  std::vector<int> sized(8);
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'positiveVectorCopy' is marked hot but constructing 'std::vector' may allocate here
  return local[0] + sized[0];
}

int byValue(std::vector<int> v);
HOT int positiveCopyToParam(const std::vector<int> &v) {
  return byValue(v);
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'positiveCopyToParam' is marked hot but copying 'std::vector' may allocate here
}

HOT void positiveContainers(std::deque<int> &d, std::list<int> &l,
                            std::set<int> &s, std::unordered_set<int> &us) {
  d.push_front(1);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveContainers' is marked hot but 'std::deque::push_front' may allocate here
  l.emplace_back(2);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveContainers' is marked hot but 'std::list::emplace_back' may allocate here
  s.insert(3);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveContainers' is marked hot but 'std::set::insert' may allocate here
  us.emplace(4);
// CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'positiveContainers' is marked hot but 'std::unordered_set::emplace' may allocate here
}

HOT int positiveMapIndex(std::map<int, int> &m,
                         std::unordered_map<int, int> &um) {
  return m[1] + um[2];
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveMapIndex' is marked hot but 'std::map::operator[]' may allocate here
// CHECK-MESSAGES: :[[@LINE-2]]:17: warning: 'positiveMapIndex' is marked hot but 'std::unordered_map::operator[]' may allocate here
}

HOT void positiveEmptyDeque() {
  std::deque<int> d;
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'positiveEmptyDeque' is marked hot but constructing 'std::deque' may allocate here
  (void)d;
}

HOT std::string positiveOstringstream(int v) {
  std::ostringstream os;
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'positiveOstringstream' is marked hot but constructing 'std::ostringstream' may allocate here
  os << "v=" << v;
// CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'positiveOstringstream' is marked hot but writing to 'std::ostringstream' may allocate here
// CHECK-MESSAGES: :[[@LINE-2]]:14: warning: 'positiveOstringstream' is marked hot but writing to 'std::ostringstream' may allocate here
  return os.str();
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'positiveOstringstream' is marked hot but 'std::ostringstream::str' may allocate here
}

HOT void positiveAssignCopy(std::vector<int> &dst, const std::vector<int> &src) {
  dst = src;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'positiveAssignCopy' is marked hot but 'std::vector::operator=' may allocate here
}

HOT std::wstring positiveWide(int v) {
  return std::to_wstring(v);
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'positiveWide' is marked hot but 'std::to_wstring' may allocate here
}

std::size_t takeString(const std::string &s);
HOT std::size_t positiveImplicitConversion(const char *p) {
  return takeString(p) + takeString("a literal longer than fifteen");
// CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'positiveImplicitConversion' is marked hot but constructing 'std::string' may allocate here
// CHECK-MESSAGES: :[[@LINE-2]]:37: warning: 'positiveImplicitConversion' is marked hot but constructing 'std::string' may allocate here
}

HOT void positiveStringAssign(std::string &s, const char *p) {
  s = p;
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'positiveStringAssign' is marked hot but 'std::string::operator=' may allocate here
}

// ---- negative cases ------------------------------------------------------

HOT std::size_t negativeImplicitShortLiteral() { return takeString("short"); }

HOT void negativeShortLiteral() {
  std::string s = "fits in SSO";
  std::string empty;
  (void)s;
  (void)empty;
}

HOT std::size_t negativeReadString(const std::string &s) {
  return s.size() + s.find('x') + static_cast<std::size_t>(s[0]) +
         static_cast<std::size_t>(s.compare("abc"));
}

HOT void negativeShrinkingOps(std::string &s, std::vector<int> &v) {
  s.clear();
  s.pop_back();
  v.pop_back();
  v.clear();
  v.erase(v.begin());
}

HOT int negativeFind(const std::map<int, int> &m,
                     const std::unordered_map<int, int> &um) {
  auto it = m.find(1);
  auto jt = um.find(2);
  return (it == m.end() ? 0 : it->second) + (jt == um.end() ? 0 : jt->second) +
         m.at(3);
}

HOT void negativeMove(std::vector<int> &dst, std::vector<int> &src,
                      std::string &a, std::string &b) {
  dst = std::move(src);
  std::vector<int> taken(std::move(dst));
  a = std::move(b);
  std::string s(std::move(a));
  (void)taken;
  (void)s;
}

HOT void negativeEmptyContainers() {
  std::vector<int> v;
  std::map<int, int> m;
  std::unordered_map<int, int> um;
  std::list<int> l;
  (void)v;
  (void)m;
  (void)um;
  (void)l;
}

HOT int negativeIterate(const std::vector<int> &v, const std::list<int> &l) {
  int sum = 0;
  for (int x : v)
    sum += x;
  for (int x : l)
    sum += x;
  return sum;
}

HOT void negativeSwap(std::vector<int> &a, std::vector<int> &b) { a.swap(b); }

HOT int negativeStaticString() {
  static const std::string once = "built once, not on every call";
  return static_cast<int>(once.size());
}
