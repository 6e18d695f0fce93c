// RUN: %check_memchecks %s memchecks-mutation-on-copy %t

// Parts of a copy that are its own whatever its other members do, and
// callees that cannot keep the address of the copy they are given. Both
// shapes were missed on seeded real code (bench/corpus/seed).

#include <string>
#include <vector>

// A member whose copy constructor and destructor are defined elsewhere: what
// they do is unknown, but they cannot see the scalar next to them.
struct Bytes {
  Bytes();
  Bytes(const Bytes &);
  ~Bytes();
  char *data;
};

struct Chunk {
  Bytes name;
  unsigned padding = 0;
  struct {
    int offset = 0;
  } where;
  int *shared = nullptr;
  int &alias;
  const Bytes &owner() const;
};

void positiveScalarNextToOpaqueMember(std::vector<Chunk> &v) {
  Chunk last = v.back();
  if (last.padding == 1)
    last.padding = 0;
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: '=' modifies 'last', a copy of 'v.back()'; the change is lost
}

void positiveNestedScalarPart(std::vector<Chunk> &v) {
  for (auto c : v)
    c.where.offset += 4;
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: '+=' modifies 'c', a copy of the container element; the change is lost
}

void positivePointerMemberItself(std::vector<Chunk> &v) {
  for (auto c : v)
    c.shared = nullptr;
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '=' modifies 'c', a copy of the container element; the change is lost
}

// Writes through the copy's pointer or reference members reach shared
// storage; the opaque member's own state may be shared with the original
// (copy-on-write): neither is lost.
void negativeThroughPointerMember(std::vector<Chunk> &v) {
  for (auto c : v)
    *c.shared = 1;
}

void negativeThroughReferenceMember(std::vector<Chunk> &v) {
  for (auto c : v)
    c.alias = 1;
}

void negativeOpaqueMemberWritten(std::vector<Chunk> &v, const Bytes &b) {
  Chunk last = v.back();
  last.name = b;
}

void negativeScalarReadAfter(std::vector<Chunk> &v, unsigned &out) {
  Chunk last = v.back();
  last.padding = 0;
  out = last.padding;
}

void negativeWholeCopyReadAfter(std::vector<Chunk> &v, std::vector<Chunk> &w) {
  Chunk last = v.back();
  last.padding = 0;
  w.push_back(last);
}

// A class whose own copy constructor or destructor is out of line may share
// or publish everything, its scalars included.
struct Published {
  Published(const Published &);
  ~Published();
  int n = 0;
};

void negativeOwnSpecialMembersUnknown(std::vector<Published> &v) {
  for (auto p : v)
    p.n = 1;
}

// A member function that is given the copy by `std::string &` and never
// writes its own object, even through the members it calls: the copy's state
// and address can go nowhere.
struct Generator {
  const std::string &prefix;
  std::vector<std::string> names;
  int depth = 0;

  void reader(std::string &code) { code += prefix + "reader"; }
  // Not const, and recursive, but writing nothing.
  std::string typeName(int d) {
    return d > depth ? std::string("T") : typeName(d + 1);
  }
  void gen(std::string &code) { code += typeName(0); }

  void positiveMemberAppends(const std::vector<std::string> &src) {
    std::string code = src[0];
    code += "a";
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: '+=' modifies 'code', a copy of 'src[0]'; the change is lost
    reader(code);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'reader' modifies 'code', a copy of 'src[0]'; the change is lost
  }

  void positiveMemberCallsMembers(const std::vector<std::string> &src) {
    std::string code = src[0];
    gen(code);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'gen' modifies 'code', a copy of 'src[0]'; the change is lost
  }
};

// The same call where the member writes its object: it may keep the copy's
// address or state for another member to read later.
struct Keeper {
  std::string *out = nullptr;
  std::vector<const std::string *> seen;

  void keep(std::string &code) { out = &code; }
  virtual void hook(std::string &code) { code += "v"; }
  void note(std::string &code) { seen.push_back(&code); }

  void negativeMayKeepAddress(const std::vector<std::string> &src) {
    std::string code = src[0];
    code += "a";
    keep(code);
  }

  void record() { seen.push_back(nullptr); }
  void later(std::string &code) { code += "b"; record(); }
  void negativeWritesObjectThroughMember(const std::vector<std::string> &src) {
    std::string code = src[0];
    later(code);
  }

  void negativeMayKeepInContainer(const std::vector<std::string> &src) {
    std::string code = src[0];
    code += "a";
    note(code);
  }

  // An override may do anything.
  void negativeVirtual(const std::vector<std::string> &src) {
    std::string code = src[0];
    hook(code);
  }
};

// Other non-const reference parameters of the callee: the copy's state could
// go into them, unless the callee only reads them (flatbuffers'
// GenEnumReader(EnumDef &enum_def, const std::string &type, std::string &code)).
struct Def {
  std::string name;
  std::string last;
};
void genReader(Def &d, std::string &code) { code += d.name; }
void genKeeping(Def &d, std::string &code) {
  code += "x";
  d.last = code;
}
void positiveOtherRefParamOnlyRead(Def &d, const std::vector<std::string> &src) {
  std::string code = src[0];
  genReader(d, code);
// CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'genReader' modifies 'code', a copy of 'src[0]'; the change is lost
}
void negativeOtherRefParamWritten(Def &d, const std::vector<std::string> &src) {
  std::string code = src[0];
  genKeeping(d, code);
}

// A std container copy whose elements hold a handle: an insert or erase
// changes the copy's own element array (benchmark's TestCaseList of
// structs holding a std::shared_ptr).
#include <memory>
struct Regex {
  bool match(const std::string &) const;
};
struct TestCase {
  std::string text;
  std::shared_ptr<Regex> regex;
};
std::vector<TestCase> &listFor(int id);
void positiveInsertIntoCopyOfContainer(int id, const std::vector<TestCase> &more) {
  auto L = listFor(id);
  L.insert(L.end(), more.begin(), more.end());
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'insert' modifies 'L', a copy of 'listFor(id)'; the change is lost
}

void negativeThroughElementHandle(int id) {
  auto L = listFor(id);
  L[0].regex = nullptr;
  L.clear();
}

void negativeContainerReadAfter(int id, std::vector<TestCase> &out) {
  auto L = listFor(id);
  L.pop_back();
  out = L;
}

// Elements whose own destructor is opaque could see the change.
struct Logged {
  ~Logged();
  int n;
};
std::vector<Logged> &loggedFor(int id);
void negativeOpaqueElements(int id) {
  auto L = loggedFor(id);
  L.pop_back();
}
