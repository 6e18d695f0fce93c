// RUN: %check_memchecks %s memchecks-mutation-on-copy %t

// Shapes of real mutations of copies that used to be missed.

#include <string>
#include <vector>

struct Tagged {
  std::string text;
  int n = 0;
};

// A member of the copy read into another value before the mutation: the
// string's assignment and append keep no reference to their argument.
void positiveMemberAssignedOut(std::vector<Tagged> &cs) {
  std::string s;
  for (auto c : cs) {
    s = c.text;
    c.n = 1;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: '=' modifies 'c', a copy of the container element; the change is lost
  }
}

void positiveMemberAppended(std::vector<Tagged> &cs) {
  std::string s;
  for (auto c : cs) {
    s.append(c.text);
    c.n = 1;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: '=' modifies 'c', a copy of the container element; the change is lost
  }
}

// The result of the assignment is a reference to `s`, not to the copy; but
// a reference that is kept may still be read after.
void negativeMemberReadAfter(std::vector<Tagged> &cs, std::string &out) {
  for (auto c : cs) {
    c.n = 1;
    out = c.text + std::to_string(c.n);
  }
}

// An empty user-written destructor observes nothing, like `= default`.
struct Counter {
  int count = 0;
  ~Counter() {}
  void inc() { ++count; }
};

void positiveEmptyDestructor(std::vector<Counter> &cs) {
  for (auto c : cs)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &c : cs)
}

int finalCount;
struct Reporter {
  int count = 0;
  ~Reporter() { finalCount = count; }
  void inc() { ++count; }
};

// A destructor that publishes the state observes the change.
void negativeDestructorPublishes(std::vector<Reporter> &rs) {
  for (auto r : rs)
    r.inc();
}

struct Owner {
  int *p = nullptr;
  ~Owner() { delete p; }
  void inc() { ++*p; }
};

void negativeOwningDestructor(std::vector<Owner> &os) {
  for (auto o : os)
    o.inc();
}

// A local reference bound to a part of the copy and only read: its uses are
// reads of the copy, where they are (seeded recall, issue 17).
bool lookup(const std::string &);
void positiveConstAliasReadBefore(std::vector<Tagged> &cs) {
  for (auto c : cs) {
    const std::string &t = c.text;
    if (lookup(t))
      c.n = 1;
// CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '=' modifies 'c', a copy of the container element; the change is lost
  }
}

struct Sections {
  std::vector<int> regions;
};
void positiveMutableAliasOnlyRead(std::vector<Sections> &all, int &out) {
  for (auto s : all) {
    int sum = 0;
    for (size_t i = 0; i < s.regions.size(); ++i) {
      int &r = s.regions[i];
      sum += r;
    }
    s.regions.push_back(sum);
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'push_back' modifies 's', a copy of the container element; the change is lost
  }
}

void negativeAliasReadAfter(std::vector<Tagged> &cs, std::string &out) {
  for (auto c : cs) {
    std::string &t = c.text;
    c.text += "x";
    out = t;
  }
}

void negativeAliasWritten(std::vector<Tagged> &cs) {
  for (auto c : cs) {
    std::string &t = c.text;
    t += "x";
    c.n = 1;
  }
}

void negativeAliasOfAliasReadAfter(std::vector<Tagged> &cs, int &out) {
  for (auto c : cs) {
    Tagged &a = c;
    int &n = a.n;
    c.n = 2;
    out = n;
  }
}

void negativeAliasInLambda(std::vector<Tagged> &cs, std::vector<bool (*)()> &) {
  for (auto c : cs) {
    const std::string &t = c.text;
    auto later = [&t] { return lookup(t); };
    c.n = 1;
    later();
  }
}

// A std algorithm that rearranges the copy's own range in place, through
// iterators from its non-const begin()/end() (flatbuffers' binary_annotator:
// `std::stable_sort(section.regions.begin(), section.regions.end(), ...)`).
#include <algorithm>
void positiveSortedCopy(std::vector<std::vector<int>> &all) {
  for (auto v : all)
    std::sort(v.begin(), v.end());
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'sort' modifies 'v', a copy of the container element; the change is lost
// CHECK-FIXES: for (auto &v : all)
  for (auto s : std::vector<std::string>{"ba", "dc"})
    std::reverse(s.begin(), s.end());
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'reverse' modifies 's', a copy of the container element; the change is lost
}

void negativeAlgorithmReadsOnly(std::vector<std::vector<int>> &all, int &n) {
  for (auto v : all)
    n += static_cast<int>(std::count(v.begin(), v.end(), 0));
  for (auto v : all) {
    std::sort(v.begin(), v.end());
    n += v.front();
  }
}

// A limit: an output iterator into the copy (`std::copy(..., v.begin())`)
// is not taken as a change of it.
void limitOutputIteratorIntoCopy(std::vector<std::vector<int>> &all) {
  std::vector<int> out(4);
  for (auto v : all)
    std::copy(out.begin(), out.end(), v.begin());
}

// An lvalue given to a standard container's forwarding member
// (`emplace_back(x)`): the parameter collapses to `T &`, but the container
// only constructs its element from it (cmake's cmTarget.cxx:863).
void positiveEmplaceLvalue(std::vector<std::vector<int>> &m, int x) {
  std::vector<int> l = m[0];
  l.emplace_back(x);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'emplace_back' modifies 'l', a copy of 'm[0]'; the change is lost
}

// A member of one's own class taking a non-const reference may write it.
struct Sink {
  std::vector<int> items;
  void take(int &x) { items.push_back(x); x = 0; }
};
void negativeOwnMemberWritesArgument(std::vector<Sink> &sinks, int &x) {
  for (auto s : sinks)
    s.take(x);
}
