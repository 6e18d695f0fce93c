// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks -check-suffix=OFF %s memchecks-mutation-on-copy %t \
// RUN:   -opt OpaqueCalleesWrite=false

// A copy of a value passed by non-const reference to a function defined in
// another translation unit, and never read after: the callee's writes (the
// reason for the non-const reference) are lost with the copy (cmake's
// `cmSystemTools::ConvertToUnixSlashes(r)` on a range-for copy).

#include <memory>
#include <string>
#include <vector>

void normalize(std::string &path);
bool expand(std::vector<std::string> &out);
struct Sys {
  static void replace(std::string &s, const char *from, const char *to);
};
struct Gen {
  void appendArgs(unsigned i, std::string &cmd) const;
};
void use(const std::string &);

void positiveRangeFor(const std::vector<std::string> &roots) {
  for (std::string r : roots)
    normalize(r);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'normalize' modifies 'r', a copy of the container element; the change is lost
}

// No automatic fix-it: the edit is a suggestion on the note.
void positiveNoCertainFix(std::vector<std::string> &roots) {
  for (std::string r : roots)
    normalize(r);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'normalize' modifies 'r', a copy of the container element; the change is lost
// CHECK-UNFIXED: for (std::string r : roots)
}

void positiveStaticMember(const std::vector<std::string> &names) {
  std::string s = names[0];
  Sys::replace(s, "a", "b");
// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'replace' modifies 's', a copy of 'names[0]'; the change is lost
}

void positiveConstMember(const Gen &g, const std::vector<std::string> &cmds) {
  std::string cmd = cmds[0];
  g.appendArgs(0, cmd);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'appendArgs' modifies 'cmd', a copy of 'cmds[0]'; the change is lost
}

void positiveResultDiscarded(const std::vector<std::vector<std::string>> &l) {
  std::vector<std::string> paths = l[0];
  expand(paths);
// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'expand' modifies 'paths', a copy of 'l[0]'; the change is lost
}

// The control shape: the copy is read after the call.
void negativeReadAfter(const std::vector<std::string> &roots) {
  for (std::string r : roots) {
    normalize(r);
    use(r);
  }
}

int negativeResultUsed(const std::vector<std::vector<std::string>> &l) {
  std::vector<std::string> paths = l[0];
  return expand(paths) ? 1 : 0;
}

// A non-const member may keep the reference or take the value into its
// object (a sink by reference); so may a parameter that it can write.
struct Sink {
  void take(std::string &s);
};
void split(std::string &in, std::vector<std::string> &out);
struct Converter;
void expandWith(Converter *c, std::string &s);
void negativeOutlets(Sink &sink, Converter *c, std::vector<std::string> &out,
                     const std::vector<std::string> &src) {
  std::string a = src[0];
  sink.take(a);
  std::string b = src[0];
  split(b, out);
  std::string d = src[0];
  expandWith(c, d);
}

// A const member of a class with a mutable member may keep it there.
struct Cache {
  mutable const std::string *last = nullptr;
  void look(std::string &s) const;
};
void negativeMutableObject(const Cache &c, const std::vector<std::string> &src) {
  std::string s = src[0];
  c.look(s);
}

// Not a value: the callee may change what the copy shares.
struct Shared {
  std::shared_ptr<int> p;
};
void reset(Shared &);
void negativeHandle(const std::vector<Shared> &v) {
  for (Shared s : v)
    reset(s);
}

// Visible callees are judged by their bodies: one that swaps the copy into
// a global, or keeps its address, makes nothing lost.
std::string Stored;
void takeIt(std::string &s) { Stored.swap(s); }
const std::string *Kept;
void keepIt(std::string &s) {
  s += "x";
  Kept = &s;
}
void negativeVisibleSinks(const std::vector<std::string> &src) {
  std::string a = src[0];
  takeIt(a);
  std::string b = src[0];
  keepIt(b);
}
