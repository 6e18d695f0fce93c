// REQUIRES: llvm-ge-18
// RUN: %check_memchecks %s memchecks-mutation-on-copy %t -std=c++2b

// C++23 explicit object parameters are Go's value receivers.
struct Counter {
  int count = 0;
  void incrementBad(this Counter self) { self.count++; }
// CHECK-MESSAGES: :[[@LINE-1]]:52: warning: '++' modifies 'self', an explicit object parameter passed by value; the change is lost [memchecks-mutation-on-copy]
  void incrementGood(this Counter &self) { self.count++; }
  Counter incremented(this Counter self) { self.count++; return self; }
  int get(this Counter self) { return self.count; }
  void resetBad(this Counter self) { self.reset(); }
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: 'reset' modifies 'self', an explicit object parameter passed by value; the change is lost
  void reset() { count = 0; }
};

void use(Counter c) {
  c.incrementGood();
  (void)c.incremented();
  (void)c.get();
}
