// RUN: %check_memchecks %s memchecks-mutation-on-copy %t

// Visible callees and std calls that used to silence a copy (seeded recall,
// issue 17, shapes B, D and H of the 2026-12-02b run).

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

void use(const std::string &);

// B: a callee that builds `"lit" + t` or pushes a temporary writes only its
// own temporaries and the copy (flatbuffers' GenEnumReader:
// `code += "class _" + enum_type + ...`).
void app(const std::string &t, std::string &code) { code += "class " + t; }
void appMore(const std::string &t, std::string &code) {
  code += "class " + t + " {";
}
void add(std::vector<int> &v) { v.push_back(-1); }

void positiveLiteralPlus(const std::string &src) {
  std::string code = src;
  app("x", code);
// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'app' modifies 'code', a copy of 'src'; the change is lost
  std::string more = src;
  appMore("y", more);
// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'appMore' modifies 'more', a copy of 'src'; the change is lost
}

void positivePushTemporary(const std::vector<int> &src) {
  std::vector<int> v = src;
  add(v);
// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'add' modifies 'v', a copy of 'src'; the change is lost
}

void negativeLiteralPlusReadAfter(const std::string &src) {
  std::string code = src;
  app("x", code);
  use(code);
}

// A builtin that writes through a pointer, or a C library function, is not
// followed.
void fill(std::string &s) {
  char buf[4];
  __builtin_memset(buf, 'a', 3);
  buf[3] = 0;
  s += buf;
}
void say(std::string &s) {
  __builtin_printf("%s", "x");
  s += "x";
}
void negativeBuiltinWrites(const std::string &src) {
  std::string a = src;
  fill(a);
  std::string b = src;
  say(b);
}

// D: a virtual call on a member held by value inside the callee: the
// member's dynamic type is its declared type (flatbuffers' `namer_.Type(t)`).
struct Namer {
  virtual ~Namer() {}
  virtual std::string Type(const std::string &s) const { return s; }
};
struct Gen {
  const Namer namer_;
  const Namer &shared_;
  const Namer *ptr_;
  void reader(const std::string &t, std::string &code) {
    code += namer_.Type(t);
  }
  void viaRef(const std::string &t, std::string &code) {
    code += shared_.Type(t);
  }
  void viaPtr(const std::string &t, std::string &code) {
    code += ptr_->Type(t);
  }

  void positiveMemberByValue(const std::string &src) {
    std::string code = src;
    code += "a";
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: '+=' modifies 'code', a copy of 'src'; the change is lost
    reader("x", code);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'reader' modifies 'code', a copy of 'src'; the change is lost
  }

  // Through a reference or a pointer, an override may do anything.
  void negativeOpenToOverriders(const std::string &src) {
    std::string a = src;
    viaRef("x", a);
    std::string b = src;
    viaPtr("x", b);
  }
};

// H: the copy written to a std stream: the inserters copy the characters
// (cmake's `err << ... << src << ...`).
void positiveStreamed(std::vector<std::string> &v, const std::string &o) {
  for (std::string s : v) {
    std::ostringstream err;
    err << s;
    s = o;
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '=' modifies 's', a copy of the container element; the change is lost
  }
}

void negativeStreamedAfter(std::vector<std::string> &v, const std::string &o,
                           std::ostringstream &err) {
  for (std::string s : v) {
    s = o;
    err << s;
  }
}

// A user's inserter may keep what it is given; std::min returns a reference
// to one of its arguments.
struct Log {
  std::vector<const std::string *> lines;
};
Log &operator<<(Log &l, const std::string &s);
void negativeUserInserter(Log &l, std::vector<std::string> &v,
                          const std::string &o) {
  for (std::string s : v) {
    l << s;
    s = o;
  }
}

void negativeMinKeepsReference(std::vector<std::string> &v,
                               const std::string &o) {
  for (std::string s : v) {
    const std::string &m = std::min(s, o);
    s = o;
    use(m);
  }
}

// A visible callee that takes the copy by non-const reference (here a
// forwarding reference) and only reads it changes nothing.
template <class... P> void ignore(P &&...) {}
bool readOnly(std::string &s) { return s.empty(); }
void negativeCalleeOnlyReads(const std::string &src) {
  std::string a = src;
  ignore(a);
  std::string b = src;
  readOnly(b);
}

// An iterator into the copy kept in a variable reads the copy after the
// algorithm (benchmark's StatisticsMedian); one handed straight to the
// algorithm does not.
double negativeIteratorKept(const std::vector<double> &v) {
  std::vector<double> c(v);
  auto m = c.begin() + 1;
  std::nth_element(c.begin(), m, c.end());
  return *m;
}
void positiveIteratorsNotKept(std::vector<std::vector<int>> &all) {
  for (auto v : all)
    std::nth_element(v.begin(), v.begin() + 1, v.end());
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'nth_element' modifies 'v', a copy of the container element; the change is lost
}
