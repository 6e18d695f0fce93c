// RUN: %check_memchecks -check-suffix=ALL %s memchecks-hot-path-alloc %t
// RUN: %check_memchecks -check-suffix=ALL,GFIRST %s memchecks-hot-path-alloc %t -- -- -DG_FIRST

// A cycle whose members only free until the last one allocates: the summary
// of 'f' is the same whichever function of the cycle is asked about first.
// (It used to be kept as "only frees" when 'g' was asked first, because the
// 'delete' was found while 'g' was still assumed not to allocate.)

#define HOT [[clang::annotate("memchecks::hot")]]

void g(int *p, int n);
void f(int *p, int n) {
  if (n)
    g(p, n - 1);
  delete p;
}
void g(int *p, int n) {
  if (n)
    f(p, n - 1);
  else
    p = new int(n);
}

#ifdef G_FIRST
HOT void positiveAskedFirst(int *p) { g(p, 1); }
// CHECK-NOTES-GFIRST: :[[@LINE-1]]:39: warning: 'positiveAskedFirst' is marked hot but 'g' may allocate here [memchecks-hot-path-alloc]
// CHECK-NOTES-GFIRST: :[[@LINE-6]]:9: note: 'positiveAskedFirst' calls 'g', which uses 'new' here
#endif

HOT void positiveF(int *p) { f(p, 1); }
// CHECK-NOTES-ALL: :[[@LINE-1]]:30: warning: 'positiveF' is marked hot but 'f' may allocate here [memchecks-hot-path-alloc]
// CHECK-NOTES-ALL: :[[@LINE-18]]:5: note: 'positiveF' calls 'f', which calls 'g' here
// CHECK-NOTES-ALL: :[[@LINE-12]]:9: note: 'f' calls 'g', which uses 'new' here
