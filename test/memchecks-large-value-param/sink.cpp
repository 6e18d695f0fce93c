// RUN: %check_memchecks %s memchecks-large-value-param %t
// RUN: %check_memchecks -fix-notes %s memchecks-large-value-param %t

// Sink parameters: a by-value parameter whose only use copies it into a
// member or a base. A caller passing a temporary pays no copy for the
// parameter, so `const &` saves nothing for it; moving saves the copy that is
// left. Seen on real code (flatbuffers' `Namer(Config config) :
// config_(config)`, judged in docs/realworld.md).

#include <string>
#include <utility>
#include <vector>

struct Config {
  std::string names[8];
  std::vector<std::string> keywords;
  char pad[128];
};

struct Namer {
  explicit Namer(Config config) : config_(config) {}
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: parameter 'config' of type 'Config' (408 bytes) is passed by value only to be copied; move it instead [memchecks-large-value-param]
// CHECK-MESSAGES: :[[@LINE-2]]:43: note: copied here; 'std::move(config)' would move it
// CHECK-NOTE-FIXES: explicit Namer(Config config) : config_(std::move(config)) {}
// CHECK-UNFIXED: explicit Namer(Config config) : config_(config) {}
  Config config_;
};

// Copied into a base that takes it by value.
struct Base {
  explicit Base(Config c) : c_(std::move(c)) {}
  Config c_;
};
struct Derived : Base {
  explicit Derived(Config c) : Base(c) {}
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: parameter 'c' of type 'Config' (408 bytes) is passed by value only to be copied; move it instead
// CHECK-MESSAGES: :[[@LINE-2]]:37: note: copied here; 'std::move(c)' would move it
// CHECK-NOTE-FIXES: explicit Derived(Config c) : Base(std::move(c)) {}
};

// In a body, once.
struct Store {
  Config kept;
  void set(Config c) { kept = Config(c); }
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: parameter 'c' of type 'Config' (408 bytes) is passed by value only to be copied; move it instead
// CHECK-MESSAGES: :[[@LINE-2]]:38: note: copied here; 'std::move(c)' would move it
// CHECK-NOTE-FIXES: void set(Config c) { kept = Config(std::move(c)); }
};

// Used more than once, or copied in a loop: moving would leave a later use
// with a moved-from object. The advice stays `const &`.
struct Twice {
  Config a, b;
  Twice(Config c) : a(c), b(c) {}
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: parameter 'c' of type 'Config' (408 bytes) is passed by value and only read; pass it as 'const Config &'
};

void fill(std::vector<Config> &out, Config c, int n) {
// CHECK-MESSAGES: :[[@LINE-1]]:44: warning: parameter 'c' of type 'Config' (408 bytes) is passed by value and only read; pass it as 'const Config &'
  for (int i = 0; i < n; ++i)
    out.push_back(Config(c));
}

void retry(Config c, bool again);
void viaGoto(Config c, int n) {
// CHECK-MESSAGES: :[[@LINE-1]]:21: warning: parameter 'c' of type 'Config' (408 bytes) is passed by value and only read; pass it as 'const Config &'
again:
  retry(Config(c), --n > 0);
  if (n > 0)
    goto again;
}

// Trivially copyable: a move is the same copy of bytes, `const &` is the
// advice.
struct Frame {
  double samples[128];
  int id;
};
struct Player {
  explicit Player(Frame f) : f_(f) {}
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: parameter 'f' of type 'Frame' (1032 bytes) is passed by value and only read; pass it as 'const Frame &'
  Frame f_;
};
