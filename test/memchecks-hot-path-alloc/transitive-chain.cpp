// RUN: %check_memchecks %s memchecks-hot-path-alloc %t

#include <charconv>
#include <cstddef>
#include <string>
#include <vector>

#define HOT [[clang::annotate("memchecks::hot")]]

// ---- positive cases ------------------------------------------------------

void appendRaw(std::string &out, const char *s) { out.append(s); }
void appendField(std::string &out, const char *key) {
  appendRaw(out, key);
}

HOT void positiveTwoLevels(std::string &out) {
  appendField(out, "level");
}
// CHECK-NOTES: :[[@LINE-2]]:3: warning: 'positiveTwoLevels' is marked hot but 'appendField' may allocate here [memchecks-hot-path-alloc]
// CHECK-NOTES: :14:3: note: 'positiveTwoLevels' calls 'appendField', which calls 'appendRaw' here
// CHECK-NOTES: :12:55: note: 'appendField' calls 'appendRaw', which calls 'std::string::append' here

int *makeCounter() { return new int(0); }
HOT int positiveOneLevel() { return *makeCounter(); }
// CHECK-NOTES: :[[@LINE-1]]:38: warning: 'positiveOneLevel' is marked hot but 'makeCounter' may allocate here
// CHECK-NOTES: :[[@LINE-3]]:29: note: 'positiveOneLevel' calls 'makeCounter', which uses 'new' here

struct Record {
  std::vector<int> values;
  int sum() const;
};
HOT Record positiveImplicitCopy(const Record &r) { return r; }
// CHECK-NOTES: :[[@LINE-1]]:59: warning: 'positiveImplicitCopy' is marked hot but 'Record::Record' may allocate here
// CHECK-NOTES: :[[@LINE-6]]:8: note: 'positiveImplicitCopy' calls 'Record::Record', which copies 'std::vector' here

struct Formatter {
  std::string buffer;
  void add(int v) { buffer += std::to_string(v); }
  HOT void positiveMethodChain(int v) { add(v); }
// CHECK-NOTES: :[[@LINE-1]]:41: warning: 'Formatter::positiveMethodChain' is marked hot but 'Formatter::add' may allocate here
// CHECK-NOTES: :[[@LINE-3]]:28: note: 'Formatter::positiveMethodChain' calls 'Formatter::add', which calls 'std::string::operator+=' here
};

struct Owner {
  std::string name;
  explicit Owner(const char *n) : name(n) {}
};
HOT void positiveConstructorInit(const char *n) { Owner o(n); }
// CHECK-NOTES: :[[@LINE-1]]:57: warning: 'positiveConstructorInit' is marked hot but 'Owner::Owner' may allocate here
// CHECK-NOTES: :[[@LINE-4]]:35: note: 'positiveConstructorInit' calls 'Owner::Owner', which constructs 'std::string' here

// The note leads to the allocation, not to the `delete` before it.
struct Text {
  char *data = nullptr;
  void set(const char *s, unsigned n) {
    delete[] data;
    data = new char[n + 1];
    (void)s;
  }
};
HOT void positiveReplaceText(Text &t) { t.set("x", 1); }
// CHECK-NOTES: :[[@LINE-1]]:43: warning: 'positiveReplaceText' is marked hot but 'Text::set' may allocate here
// CHECK-NOTES: :[[@LINE-6]]:12: note: 'positiveReplaceText' calls 'Text::set', which uses 'new' here

// The naive log formatter of bench/patterns: flagged.
HOT std::string FormatLogNaive(const char *level, int code) {
  return std::string(level) + ": code=" + std::to_string(code);
}
// CHECK-NOTES: :[[@LINE-2]]:10: warning: 'FormatLogNaive' is marked hot but constructing 'std::string' may allocate here
// CHECK-NOTES: :[[@LINE-3]]:29: warning: 'FormatLogNaive' is marked hot but 'std::operator+' may allocate here
// CHECK-NOTES: :[[@LINE-4]]:41: warning: 'FormatLogNaive' is marked hot but 'std::operator+' may allocate here
// CHECK-NOTES: :[[@LINE-5]]:43: warning: 'FormatLogNaive' is marked hot but 'std::to_string' may allocate here

// ---- negative cases ------------------------------------------------------

std::size_t copyInto(char *dst, std::size_t cap, const char *src) {
  std::size_t n = 0;
  while (src[n] && n < cap) {
    dst[n] = src[n];
    ++n;
  }
  return n;
}

// The zero-allocation formatter: writes into a caller-provided fixed buffer.
HOT std::size_t FormatLog(char *buf, std::size_t cap, const char *level,
                          int code) {
  std::size_t n = copyInto(buf, cap, level);
  n += copyInto(buf + n, cap - n, ": code=");
  auto res = std::to_chars(buf + n, buf + cap, code);
  return static_cast<std::size_t>(res.ptr - buf);
}

int helperThatAllocatesNothing(int v) { return v * 2; }
int negativeMiddle(int v) { return helperThatAllocatesNothing(v) + 1; }
HOT int negativeChain(int v) { return negativeMiddle(v); }

int Record::sum() const {
  int s = 0;
  for (int v : values)
    s += v;
  return s;
}
HOT int negativeConstMethod(const Record &r) { return r.sum(); }

// Declared but not defined here: only reported in Strict mode.
int external(int);
HOT int negativeExternal(int v) { return external(v); }

// A hot callee is verified on its own, so its callers trust it.
HOT int hotAllocates() { return *new int(1); }
// CHECK-NOTES: :[[@LINE-1]]:34: warning: 'hotAllocates' is marked hot but 'new' may allocate here
HOT int negativeCallsHot() { return hotAllocates(); }
