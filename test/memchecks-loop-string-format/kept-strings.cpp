// RUN: %check_memchecks %s memchecks-loop-string-format %t

// A string handed to a callee whose visible body keeps a copy of it is the
// product of the iteration, not thrown away.

#include <fmt/format.h>
#include <map>
#include <string>
#include <vector>

void log(const std::string &s);

struct Label {
  std::string text;
  void setText(const std::string &s) { text = s; }
  void setTitle(const std::string &s) { setText(s); }
};

void negativeSetterStores(std::vector<Label> &labels) {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    labels[i].setText("label " + std::to_string(i));
    labels[i].setTitle(fmt::format("title {}", i));
  }
}

struct Node {
  explicit Node(const std::string &n) : name(n) {}
  std::string name;
};

void negativeConstructorStores(std::vector<Node> &nodes,
                               const std::vector<int> &ids) {
  for (int id : ids) {
    Node n(fmt::format("node{}", id));
    nodes.push_back(n);
    nodes.push_back(Node("node n" + std::to_string(id)));
  }
}

struct Registry {
  std::vector<std::string> names;
  std::map<std::string, int> ids;
  void add(const std::string &n) { names.push_back(n); }
  void addId(const std::string &n, int id) { ids.emplace(n, id); }
  void fill(const std::vector<int> &v) {
    for (int x : v) {
      add("node n" + std::to_string(x));
      addId(fmt::format("{}", x), x);
    }
  }
};

// Stored into a container the caller owns.
void append(std::vector<std::string> &out, const std::string &s) {
  out.emplace_back(s);
}
void negativeCallerContainer(std::vector<std::string> &out,
                             const std::vector<int> &v) {
  for (int x : v)
    append(out, "item " + std::to_string(x));
}

// A loop-local kept by a storing callee.
void negativeLocalThenStored(std::vector<Label> &labels) {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    std::string s = fmt::format("label {}", i);
    log(s);
    labels[i].setText(s);
  }
}

// A callee that only reads, or keeps its own short-lived copy, keeps nothing.
void show(const std::string &s) { log(s); }
void showCopy(const std::string &s) {
  std::string copy = s;
  log(copy);
}
void showLocalList(const std::string &s) {
  std::vector<std::string> list;
  list.push_back(s);
  log(list.back());
}
struct Counter {
  std::size_t total = 0;
  void count(const std::string &s) { total += s.size(); }
};

void positiveCalleeOnlyReads(const std::vector<int> &v, Counter &c) {
  for (int x : v) {
    show("value a " + std::to_string(x));
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'operator+' builds a new string
    showCopy("value b " + std::to_string(x));
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'operator+' builds a new string
    showLocalList("value c " + std::to_string(x));
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'operator+' builds a new string
    c.count(fmt::format("{}", x));
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'fmt::format' builds a new string
  }
}

struct Viewer {
  explicit Viewer(const std::string &s) : size(s.size()) {}
  std::size_t size;
};
void positiveConstructorOnlyReads(const std::vector<int> &v) {
  for (int x : v) {
    Viewer w(fmt::format("{}", x));
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'fmt::format' builds a new string
  }
}

// Through mutual recursion, asked in both orders: the answer must not depend
// on which function is looked at first.
std::vector<std::string> g_names;
void keepB(const std::string &s, int n);
void keepA(const std::string &s, int n) {
  if (n > 0)
    keepB(s, n - 1);
}
void keepB(const std::string &s, int n) {
  if (n > 0)
    keepA(s, n - 1);
  else
    g_names.push_back(s);
}
void readB(const std::string &s, int n);
void readA(const std::string &s, int n) {
  if (n > 0)
    readB(s, n - 1);
}
void readB(const std::string &s, int n) {
  if (n > 0)
    readA(s, n - 1);
  else
    log(s);
}

void negativeMutualRecursion(const std::vector<int> &v) {
  for (int x : v) {
    keepA("value a" + std::to_string(x), 2);
    keepB("value b" + std::to_string(x), 2);
  }
}

void positiveMutualRecursion(const std::vector<int> &v) {
  for (int x : v) {
    readB("value b" + std::to_string(x), 2);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
    readA("value a" + std::to_string(x), 2);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'operator+' builds a new string
  }
}

// A callee that keeps the string in a pair it inserts into a member map
// (protobuf's DescriptorIndex<Value>::AddSymbol): a std value type holds
// copies of what it is made from, and in a class template a dependent
// construction or call may keep what it is given.
class SymbolIndex {
public:
  bool addAll(const std::vector<std::string> &names, int v) {
    std::string path = "package.name.";
    for (const std::string &n : names)
      if (!add(path + n, v))
        return false;
    return true;
  }
  bool add(const std::string &name, int v) {
    bySymbol.insert(std::map<std::string, int>::value_type(name, v));
    return true;
  }
  bool findAll(const std::vector<std::string> &names) {
    std::string path = "package.name.";
    for (const std::string &n : names)
      if (!find(path + n))
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'operator+' builds a new string
        return false;
    return true;
  }
  bool find(const std::string &name) { return bySymbol.count(name) != 0; }
  std::map<std::string, int> bySymbol;
};

template <typename Value> class TemplateIndex {
public:
  bool addAll(const std::vector<std::string> &names, Value v) {
    std::string path = "package.name.";
    for (const std::string &n : names)
      if (!add(path + n, v))
        return false;
    return true;
  }
  bool add(const std::string &name, Value v) {
    bySymbol.insert(typename std::map<std::string, Value>::value_type(name, v));
    return true;
  }
  std::map<std::string, Value> bySymbol;
};
template class TemplateIndex<int>;
