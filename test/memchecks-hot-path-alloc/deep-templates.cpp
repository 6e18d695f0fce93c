// Names are matched without spelling template arguments: a hot function that
// reaches deeply nested specializations costs time linear in the names the
// user wrote. Spelled in full, the 12 levels below name 8^12 types (the old
// matcher needed 33 s and 1.9 GB at 9 levels); the timeout fails a
// regression long before lit's.
// RUN: timeout 60 %check_memchecks -std=c++20 %s memchecks-hot-path-alloc %t
// RUN: timeout 60 %check_memchecks -std=c++20 -check-suffix=BROAD %s memchecks-hot-path-alloc %t \
// RUN:   -opt HotFunctions='.*' -opt Strict=true -opt 'AllocationFunctions=malloc;.*Foo.*::make'

template <typename... Ts> struct Foo {
  template <typename... T> static void ignore() {}
  static int *make() { return nullptr; }
  Foo() { ignore<Ts...>(); }
};
struct Base {};
#define STAMP(thiz, prev) using thiz = Foo<prev, prev, prev, prev, prev, prev, prev, prev>;
STAMP(A, Base) STAMP(B, A) STAMP(C, B) STAMP(D, C) STAMP(E, D) STAMP(F, E)
STAMP(G, F) STAMP(H, G) STAMP(I, H) STAMP(J, I) STAMP(K, J) STAMP(L, K)

[[clang::annotate("memchecks::hot")]] int negativeDeep() {
  L q;
  return 0;
}

[[clang::annotate("memchecks::hot")]] int positiveDeepAllocationFunction() {
  return *L::make();
// CHECK-MESSAGES-BROAD: :[[@LINE-1]]:11: warning: 'positiveDeepAllocationFunction' is marked hot but 'Foo::make' may allocate here [memchecks-hot-path-alloc]
}
