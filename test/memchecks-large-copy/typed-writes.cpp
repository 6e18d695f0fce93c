// RUN: %check_memchecks %s memchecks-large-copy %t

// A non-const member of a std-closed class (a std value type of std types
// and scalars: std::vector<std::string>) called through a pointer, a
// reference or `this` changes that object and what it holds, nothing else
// (utils::WriteSet). A copy whose source cannot hold such an object, nor be
// held by one, is still only read; the reference is suggested on a note, as
// for a call. Each shape that must stay silent is next to its positive.
#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

struct Record {
  char text[200];
  int id;
};  // 204 bytes

void positiveLoopPushBackThroughPointer(
    const std::map<std::string, Record> &m, std::vector<std::string> *out) {
  out->clear();
  for (auto kv : m)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'kv' copies {{[0-9]+}} bytes of 'std::pair<const std::basic_string<char>, Record>' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-FIXES: for (auto kv : m)
    if (kv.second.id > 0)
      out->push_back(kv.first.substr(1));
}

void positiveLocalCopyWithTypedWrite(const std::map<std::string, Record> &m,
                                     std::vector<std::string> &out) {
  for (const auto &kv : m) {
    Record r = kv.second;
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'r' copies 204 bytes of 'Record' and is only read; bind it as 'const Record &' [memchecks-large-copy]
    if (r.id > 0)
      out.push_back(kv.first);
  }
}

// The copied object is the `second` of a pair: a vector of such arrays
// may hold arrays, never the member of a pair.
using Buffer = std::array<char, 200>;
void positiveMemberOfAnUnheldObject(
    const std::vector<std::pair<int, Buffer>> &in, std::vector<Buffer> *out) {
  for (const auto &p : in) {
    Buffer b = p.second;
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'b' copies 200 bytes of 'Buffer' and is only read; bind it as 'const Buffer &' [memchecks-large-copy]
    if (b[0] == 'x')
      out->push_back(Buffer());
  }
}

// A vector of the pairs may hold the very pair the member is read from.
void negativeMemberOfAHeldObject(
    const std::vector<std::pair<int, Buffer>> &in,
    std::vector<std::pair<int, Buffer>> *out) {
  for (const auto &p : in) {
    Buffer b = p.second;
    if (b[0] == 'x')
      out->clear();
  }
}

class Index {
  std::map<std::string, Record> records_;
  std::vector<std::string> names_;
  std::map<std::string, int> counts_;
  std::string last_;

public:
  void positiveMembersOfThis() {
    for (auto kv : records_) {
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'kv' copies {{[0-9]+}} bytes of 'std::pair<const std::basic_string<char>, Record>' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
      names_.push_back(kv.first);
      counts_.erase(kv.first);
    }
  }

  // `+=` writes an int through the reference operator[] returns: a write of
  // a scalar is not typed (a limitation, not a rule).
  void negativeScalarWrittenThroughReference() {
    for (auto kv : records_)
      counts_[kv.first] += kv.second.id;
  }

  // `last_ = ...` is std::string's operator= on a member: typed, and a
  // string is held by the element.
  void negativeAssignedMemberHeldByElement() {
    for (auto kv : records_)
      last_ = kv.first;
  }
};

// The written class holds the element: `out` may be the very vector read.
void negativeWrittenClassHoldsTheElement(const std::vector<std::string> &in,
                                         std::vector<std::string> *out) {
  for (auto s : in)
    if (s.size() > 3)
      out->push_back("long");
}

struct Entry {
  std::vector<std::string> tags;
  char pad[200];
};

// The element holds an object of the written class: `out` may be one of
// its `tags`.
void negativeElementHoldsTheWrittenClass(const std::vector<Entry> &in,
                                         std::vector<std::string> *out) {
  for (auto e : in)
    if (e.pad[0])
      out->push_back("tagged");
}

// The range holds the written class: a write may invalidate the reference.
struct Bundle {
  Record records[4];
  std::vector<std::string> notes;
  const Record *begin() const { return records; }
  const Record *end() const { return records + 4; }
};
void negativeRangeHoldsTheWrittenClass(const Bundle &b,
                                       std::vector<std::string> *out) {
  for (auto r : b)
    if (r.id)
      out->push_back("x");
}

// A container of the user's type runs the user's copy constructor: the
// write is not a typed one. (With a parameter as the source these are
// reported: the writes reach what `out` reaches, see parameter-writes.cpp.
// Here the source is reached through a local reference.)
struct Item {
  Item();
  Item(const Item &);
  int id;
};
const std::vector<Record> &records();
void negativeUserElementType(std::vector<Item> *out) {
  const std::vector<Record> &in = records();
  for (auto r : in)
    if (r.id)
      out->push_back(Item());
}

// An argument of the user's type may run the user's code inside the library
// (a conversion in emplace_back).
struct Name {
  operator std::string() const;
};
void negativeUserArgument(std::vector<std::string> *out, const Name &n) {
  const std::vector<Record> &in = records();
  for (auto r : in)
    if (r.id)
      out->emplace_back(n);
}

// A written copy constructor may copy what a pointer member points to,
// which the write may change.
struct Deep {
  Deep(const Deep &);
  std::vector<std::string> *names;
  char pad[200];
};
void negativeAuthoredCopy(const std::vector<Deep> &in,
                          std::vector<std::string> *out) {
  for (auto d : in)
    if (d.pad[0])
      out->push_back("x");
}

// A map of the user's value type is not std-closed.
void negativeUserMappedType(const std::vector<Record> &in,
                            std::map<std::string, Record> *out) {
  for (auto r : in)
    if (r.id)
      (*out)["x"].id = 1;
}

// An enum key may have a user's operator<.
enum class Color { Red, Blue };
void negativeEnumKey(const std::vector<Record> &in,
                     std::map<Color, int> *out) {
  for (auto r : in)
    if (r.id)
      (*out)[Color::Red] = r.id;
}

// A lambda's typed writes, as a loop's.
int positiveCaptureWithTypedWrite(const std::vector<int> &ids, const Record &rec,
                                  std::vector<std::string> *out) {
  return std::count_if(ids.begin(), ids.end(), [rec, out](int i) {
// CHECK-MESSAGES: :[[@LINE-1]]:49: warning: lambda copies 'rec' (204 bytes of 'Record') and only reads it; capture it by reference [memchecks-large-copy]
    out->push_back("seen");
    return rec.id == i;
  });
}

int negativeCaptureHeldByTheWrittenClass(const std::vector<int> &ids,
                                         const Entry &e,
                                         std::vector<std::string> *out) {
  return std::count_if(ids.begin(), ids.end(), [e, out](int i) {
    out->push_back("seen");
    return e.pad[0] == i;
  });
}
