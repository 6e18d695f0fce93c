// RUN: %check_memchecks %s memchecks-large-copy %t

// A copy of a local is only reported when nothing changes the local while
// the copy lives (utils::Mutations): each shape of a change, and the read
// next to it.
#include <utility>
#include <map>
#include <vector>

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

// The source is an element of a local container, or reached through an
// iterator or an accessor: the variable the path starts at is what must
// not change (a grown or cleared vector would leave a reference dangling).
int negativeLocalVectorGrows() {
  std::vector<Frame> v(3);
  Frame f = v[0];
  v.push_back(make());
  return f.id;
}

int negativeLocalVectorCleared() {
  std::vector<Frame> v(3);
  Frame f = v.front();
  v.clear();
  return f.id;
}

// An iterator over a container's elements leaves the element in place when
// it moves: still reported. One that keeps the value itself (as
// std::istream_iterator does) changes it.
int positiveContainerIteratorAdvanced(const std::vector<Frame> &v) {
  auto it = v.begin();
  Frame f = *it;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
  ++it;
  return f.id + it->id;
}

int positiveMapIteratorAdvanced(const std::map<int, Frame> &m) {
  auto it = m.begin();
  Frame f = it->second;
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
  ++it;
  return f.id;
}

struct StashingIterator {
  Frame value;
  const Frame &operator*() const { return value; }
  const Frame *operator->() const { return &value; }
  StashingIterator &operator++();
};

int negativeStashingIteratorAdvanced(StashingIterator it) {
  Frame f = *it;
  ++it;
  return f.id + it->id;
}

struct Pair {
  Frame second;
};
struct StashingPairIterator {
  Pair value;
  const Pair &operator*() const { return value; }
  const Pair *operator->() const { return &value; }
  StashingPairIterator &operator++();
};

int negativeStashingIteratorArrow(StashingPairIterator it) {
  Frame f = it->second;
  ++it;
  return f.id;
}

// A non-const element accessor of a non-const container names the element
// and changes nothing (utils::Mutations, utils::WriteReaches): the copy in
// its own initializer is only read.
int positiveNonConstAccessor() {
  std::vector<Frame> v(3);
  Frame f = v.at(1);
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
// CHECK-FIXES: const Frame &f = v.at(1);
  return f.id;
}

int positiveLocalVectorElement() {
  const std::vector<Frame> v(3);
  Frame f = v.at(1);
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
  return f.id + f.items[2];
}

// A reference handed out by a free function is storage no variable of the
// function names: a call while the copy lives could change it through a
// global (upstream's unnecessary-copy-initialization takes that risk too),
// so the reference is a suggestion on a note, not a fix.
const Frame &current();
void advance();
int positiveFreeFunctionReferenceThenCall() {
  Frame f = current();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
  advance();
  return f.id;
}
// CHECK-FIXES: Frame f = current();

// Assigning a local pointer changes the pointer, not what it points at.
int positivePointerAssignedInLife(const std::vector<Frame> &v, const Frame *p) {
  int n = 0;
  for (Frame f : v) {
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'f' copies 1048 bytes of 'Frame' on every iteration and is only read; bind it as 'const Frame &' [memchecks-large-copy]
    p = &v[0];
    n += f.id + p->id;
  }
  return n;
}

// A write through a pointer cannot reach a local container whose address
// nothing takes: the loop is judged (the fix is a note: `sink->add` is a
// call like any other).
struct Sink {
  void add(int);
};
int positiveLocalContainerWriteThroughPointer(Sink *sink) {
  std::vector<Frame> local(4);
  int n = 0;
  for (Frame f : local) {
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'f' copies 1048 bytes of 'Frame' on every iteration and is only read; bind it as 'const Frame &' [memchecks-large-copy]
    sink->add(f.id);
    n += f.id;
  }
  return n;
}
// CHECK-FIXES: for (Frame f : local) {

// Once its address is taken, anything written through a pointer may be it.
struct Editor {
  std::vector<Frame> *target;
  void edit();
};
int negativeLocalContainerEscaped(Editor *e) {
  std::vector<Frame> local(4);
  e->target = &local;
  int n = 0;
  for (Frame f : local) {
    e->edit();
    n += f.id;
  }
  return n;
}

// An object made with the container's address (or a non-const reference to
// it) keeps it: its member calls may change the container, though they take
// nothing writable and no use of the container is spelled in the loop.
struct LocalEditor {
  explicit LocalEditor(std::vector<Frame> *t) : target(t) {}
  std::vector<Frame> *target;
  void edit();
};
int negativeAddressKeptByLocalObject() {
  std::vector<Frame> local(4);
  LocalEditor e{&local};
  int n = 0;
  for (Frame f : local) {
    e.edit();
    n += f.id;
  }
  return n;
}

struct RefEditor {
  explicit RefEditor(std::vector<Frame> &t) : target(t) {}
  std::vector<Frame> &target;
  void edit();
};
int negativeReferenceKeptByLocalObject() {
  std::vector<Frame> local(4);
  RefEditor e(local);
  Frame f = local[0];
  e.edit();
  return f.id;
}

struct Cursor {
  std::vector<Frame> *over;
  void step();
};
int negativeAddressKeptByAggregate() {
  std::vector<Frame> local(4);
  Cursor c = {&local};
  int n = 0;
  for (Frame f : local) {
    c.step();
    n += f.id;
  }
  return n;
}

// One made with a pointer to const cannot change it.
struct Reader {
  explicit Reader(const std::vector<Frame> *t) : target(t) {}
  const std::vector<Frame> *target;
  void next();
};
int positiveConstAddressKeptByLocalObject() {
  std::vector<Frame> local(4);
  Reader r{&local};
  int n = 0;
  for (Frame f : local) {
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'f' copies 1048 bytes of 'Frame' on every iteration and is only read; bind it as 'const Frame &' [memchecks-large-copy]
    r.next();
    n += f.id;
  }
  return n;
}
// CHECK-FIXES: for (Frame f : local) {

// A local that only views storage owned elsewhere is no owner.
struct View {
  Frame *b, *e;
  Frame *begin() const { return b; }
  Frame *end() const { return e; }
};
int negativeLocalViewWriteThroughPointer(View v, Sink *sink) {
  int n = 0;
  for (Frame f : v) {
    sink->add(f.id);
    n += f.id;
  }
  return n;
}

// An accessor called through a pointer: the pointer is not the source's
// owner, and naming it next to the copy is not using the copy's source.
struct Desc {
  const Frame &frame() const;
};
int prefix(const Frame &, const Desc *);
int positiveAccessorThroughPointer(const Desc *d) {
  Frame f = d->frame();
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'f' copies 1048 bytes of 'Frame' and is only read; bind it as 'const Frame &' [memchecks-large-copy]
  return prefix(f, d) + f.id;
}
