// RUN: %check_memchecks %s memchecks-large-value-param %t

// Plain reads (here: arguments bound to `const Big &`) do not count toward
// the budget of uses that need clang's mutation analysis (issue #17).

struct Big { char data[1024]; int n; };
bool g(const Big &b, int i);
bool h(Big &b);

bool positiveManyConstRefReads(Big b, int i) {
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: parameter 'b' of type 'Big' (1028 bytes) is passed by value and only read; pass it as 'const Big &'
// CHECK-FIXES: bool positiveManyConstRefReads(const Big &b, int i) {
  return g(b, 1) || g(b, 2) || g(b, 3) || g(b, 4) || g(b, 5) || g(b, 6) ||
         g(b, 7) || g(b, 8) || g(b, 9) || g(b, 10) || g(b, 11) || g(b, 12) ||
         g(b, 13) || g(b, 14) || g(b, 15) || g(b, 16) || g(b, i);
}

// The same with one write at the end: not reported.
bool negativeManyReadsThenWrite(Big b, int i) {
  return g(b, 1) || g(b, 2) || g(b, 3) || g(b, 4) || g(b, 5) || g(b, 6) ||
         g(b, 7) || g(b, 8) || g(b, 9) || g(b, 10) || g(b, 11) || g(b, 12) ||
         g(b, 13) || g(b, 14) || g(b, 15) || g(b, 16) || g(b, i) || h(b);
}
