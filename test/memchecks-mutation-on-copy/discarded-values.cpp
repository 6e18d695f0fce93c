// RUN: %check_memchecks -std=c++20 %s memchecks-mutation-on-copy %t

// A result is thrown away wherever nobody consumes it (utils::isDiscarded,
// built on ParentMap::isConsumedExpr): also under a cast to another type, in
// a for-init statement, and under a statement attribute. Each of these used
// to count as a use of the result, hiding the lost change.

struct Counter {
  int n = 0;
  int inc() { return ++n; }
};

void positiveCastNotToVoid(Counter c) {
  static_cast<long>(c.inc());
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost [memchecks-mutation-on-copy]
}

void positiveForInit(Counter c, int k) {
  for (c.inc(); k < 1; ++k) {
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost [memchecks-mutation-on-copy]
  }
}

void positiveAttributed(Counter c, int k) {
  if (k)
    [[likely]] c.inc();
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'inc' modifies 'c', a parameter passed by value; the change is lost [memchecks-mutation-on-copy]
}

int negativeCastUsed(Counter c) { return static_cast<int>(c.inc()); }

int negativeCondition(Counter c, int k) {
  for (; c.inc() < k;) {
  }
  return 0;
}
