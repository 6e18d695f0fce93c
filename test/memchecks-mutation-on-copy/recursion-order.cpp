// RUN: %check_memchecks %s memchecks-mutation-on-copy %t
// RUN: %check_memchecks %s memchecks-mutation-on-copy %t -- -- -DUSE_A_FIRST

// Mutually recursive members where only `a` writes a global: neither is
// self-contained, whichever use the file shows first.

int global;

struct C {
  int n = 0;
  void a(int k) {
    if (k > 0)
      b(k - 1);
    global = k;
  }
  void b(int k) {
    if (k > 0)
      a(k - 1);
    ++n;
  }
  // Self-recursion that writes only the object: self-contained.
  void down(int k) {
    if (k > 0)
      down(k - 1);
    ++n;
  }
};

#ifdef USE_A_FIRST
void negativeA(C x) { x.a(1); }
#endif

void negativeB(C y) { y.b(1); }

void positiveSelfRecursion(C z) {
  z.down(1);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'down' modifies 'z', a parameter passed by value; the change is lost
}
