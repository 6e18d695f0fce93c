// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks -check-suffix=OPT %s memchecks-mutation-on-copy %t \
// RUN:   -opt 'ValueTypes=::lib::Opaque$' -opt 'HandleTypes=^Counter$;::Cursor'

#include <vector>

namespace lib {
// Its methods live in another library; the user vouches it is a value.
struct Opaque {
  int n;
  void inc();
};
} // namespace lib

struct Counter {
  int count = 0;
  void inc() { ++count; }
};

struct Cursor {
  int pos = 0;
  void advance() { ++pos; }
};

void opaque(std::vector<lib::Opaque> &os) {
  for (auto o : os)
    o.inc();
// CHECK-MESSAGES-OPT: :[[@LINE-1]]:7: warning: 'inc' modifies 'o', a copy of the container element; the change is lost
}

void counter(std::vector<Counter> &cs) {
  for (auto c : cs)
    c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'inc' modifies 'c', a copy of the container element; the change is lost
}

void cursor(std::vector<Cursor> &cs) {
  for (auto c : cs)
    c.advance();
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'advance' modifies 'c', a copy of the container element; the change is lost
}
