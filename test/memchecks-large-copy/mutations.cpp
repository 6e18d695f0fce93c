// RUN: %check_memchecks %s memchecks-large-copy %t

// A copy of a local is only reported when nothing changes the local while
// the copy lives (utils::Mutations): each shape of a change, and the read
// next to it.
#include <utility>

struct Frame {
  double samples[128];
  int id;
  int items[4];
  int total() const;
  void reset();
};  // 1048 bytes
Frame make();
void use(const Frame &);
void change(Frame &);
void look(const Frame *);
template <class T> int peek(T &&t) { return t.id; }
template <class T> void poke(T &&t) { t.id = 1; }
template <class T> void keep(T &&t);

int positiveOnlyRead() {
  Frame src = make();
  Frame f = src;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
  int n = src.id;
  return f.id + n;
}

int negativeAssigned() {
  Frame src = make();
  Frame f = src;
  src.id = 2;
  return f.id;
}

int negativeIncremented() {
  Frame src = make();
  Frame f = src;
  ++src.items[1];
  return f.id;
}

int positiveConstMember() {
  Frame src = make();
  Frame f = src;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes
  int n = src.total();
  return f.id + n;
}

int negativeNonConstMember() {
  Frame src = make();
  Frame f = src;
  src.reset();
  return f.id;
}

int positiveConstReferenceArgument() {
  Frame src = make();
  Frame f = src;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes
  use(src);
  return f.id;
}

int negativeReferenceArgument() {
  Frame src = make();
  Frame f = src;
  change(src);
  return f.id;
}

int positiveReferenceThatReads() {
  Frame src = make();
  Frame f = src;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes
  Frame &r = src;
  return f.id + r.id;
}

int negativeReferenceThatWrites() {
  Frame src = make();
  Frame f = src;
  Frame &r = src;
  r.id = 3;
  return f.id;
}

int positivePointerToConst() {
  Frame src = make();
  Frame f = src;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes
  const Frame *p = &src;
  return f.id + p->id;
}

int negativeAddressTaken() {
  Frame src = make();
  Frame f = src;
  Frame *p = &src;
  return f.id + p->id;
}

int negativeWritableLoopVariable() {
  Frame src = make();
  Frame f = src;
  for (int &i : src.items)
    i = 0;
  return f.id;
}

int positiveUnevaluated() {
  Frame src = make();
  Frame f = src;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes
  int n = static_cast<int>(sizeof(++src.id));
  return f.id + n;
}

int negativeCastToReference() {
  const Frame src = make();
  Frame f = src;
  (void)const_cast<Frame &>(src);
  return f.id;
}

int negativeThroughConditional(bool b) {
  Frame src = make(), other = make();
  Frame f = src;
  (b ? src : other).id = 0;
  return f.id;
}

int positiveCapturedByCopy() {
  Frame src = make();
  Frame f = src;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes
  auto read = [src] { return src.id; };
  return f.id + read();
}

int negativeCapturedByReference() {
  Frame src = make();
  Frame f = src;
  auto read = [&src] { return src.id; };
  return f.id + read();
}

int positiveForwardedAndRead() {
  Frame src = make();
  Frame f = src;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes
  int n = peek(src);
  return f.id + n;
}

int negativeForwardedAndWritten() {
  Frame src = make();
  Frame f = src;
  poke(src);
  return f.id;
}

int negativeForwardedUnseen() {
  Frame src = make();
  Frame f = src;
  keep(src);
  return f.id;
}

int negativeMovedFrom() {
  Frame src = make();
  Frame f = src;
  Frame g = std::move(src);
  return f.id + g.id;
}

int positiveArrayElement() {
  Frame arr[2] = {make(), make()};
  int sum = 0;
  for (Frame f : arr)
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'f' copies 1048 bytes of 'Frame' on every iteration
  {
    int first = arr[0].id;
    sum += f.id + first;
  }
  return sum;
}

int negativeArrayDecays() {
  Frame arr[2] = {make(), make()};
  int sum = 0;
  for (Frame f : arr) {
    sum += f.id;
    look(arr);
  }
  return sum;
}

template <class T> int negativeDependentOperator(T t) {
  Frame src = make();
  Frame f = src;
  (void)(src.id + t);
  return f.id;
}
