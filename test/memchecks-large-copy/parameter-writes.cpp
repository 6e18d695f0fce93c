// RUN: %check_memchecks %s memchecks-large-copy %t

// A write through one of the function's pointer or reference parameters (a
// non-const member of the user's class called on what it reaches, an
// assignment through it, the parameter given to a non-const pointer)
// changes what that parameter reaches. The check takes it to be apart from
// what the function's other parameters refer to, as it takes a call that
// may change globals to leave a reference parameter's object alone: a copy
// of what another parameter refers to is reported, with the reference on a
// note (utils::WriteSet, WriteReach::Params). A write through the same
// parameter, through `this`, a local pointer, a pointer member, or a
// callback still keeps the copy. Each shape that must stay silent is next
// to its positive.
#include <functional>
#include <string>
#include <vector>

struct Record {
  char name[200];
  int id;
};  // 204 bytes

// The user's class, its members' bodies not seen (protobuf's io::Printer).
class Printer {
public:
  void Print(const char *format, const char *key, const std::string &value);
  void Print(const char *text);
  void Print(int value);
  void Indent();

private:
  std::vector<Record> queued_;
  int indent_ = 0;
};

void emit(Printer *printer, int id);
void log(int id);

void positiveMemberOfAnotherParameter(Printer *printer,
                                      const std::vector<Record> &records) {
  for (auto r : records) {
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'r' copies 204 bytes of 'Record' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
// CHECK-MESSAGES: :[[@LINE-2]]:17: note: each element of this range is copied
// CHECK-MESSAGES: :[[@LINE-3]]:13: note: if nothing called while 'r' lives can change its source, bind 'r' as 'const auto &'
// CHECK-FIXES: for (auto r : records) {
    printer->Print(r.id);
    printer->Indent();
  }
}

void positiveThroughAReferenceParameter(Printer &printer,
                                        const std::vector<Record> *records) {
  for (auto r : *records)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'r' copies 204 bytes of 'Record' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
    printer.Print(r.id);
}

void positiveGivenToAFunction(Printer *printer, const Record &source) {
  Record r = source;
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'r' copies 204 bytes of 'Record' and is only read; bind it as 'const Record &' [memchecks-large-copy]
  emit(printer, r.id);
  emit(printer, r.id + 1);
}

struct Stats {
  long count;
  double sum;
};
void positiveAssignmentThroughAnotherParameter(const std::vector<Record> &rs,
                                               Stats *stats) {
  for (auto r : rs)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'r' copies 204 bytes of 'Record' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
    stats->count += r.id;
}

// The library's containers of the user's types, written through another
// parameter: an element's written copy constructor (push_back), or the
// user's conversion run inside the library (emplace_back), is code the
// check does not see, and like any unseen call it is taken to leave the
// caller's records alone (typed-writes.cpp has the same writes beside a
// source that is not a parameter: kept there).
struct Item {
  Item();
  Item(const Item &);
  int v;
};
void positiveUserElementTypeOfAnotherParameter(const std::vector<Record> &in,
                                               std::vector<Item> *out) {
  for (auto r : in)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'r' copies 204 bytes of 'Record' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
    if (r.id)
      out->push_back(Item());
}
struct Name {
  operator std::string() const;
};
void positiveUserArgumentIntoAnotherParameter(std::vector<std::string> *out,
                                              const Name &n,
                                              const std::vector<Record> &in) {
  for (auto r : in)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'r' copies 204 bytes of 'Record' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
    if (r.id)
      out->emplace_back(n);
}

// An `int` may be the `id` of a record in the range.
void negativeAssignmentToWhatMayBeAPart(const std::vector<Record> &rs,
                                        int *total) {
  for (auto r : rs)
    *total += r.id;
}

// Printer's private `queued_` is a std::vector<Record>, but only its own
// members can name it: the caller cannot have passed it as `records`.
void positivePrivateMemberOfTheSameType(Printer *printer,
                                        const std::vector<Record> &records) {
  for (auto r : records)
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'r' copies 204 bytes of 'Record' on every iteration and is only read; bind it as 'const auto &' [memchecks-large-copy]
    printer->Print(r.id);
}

// What the parameter written through may hold, or be held by, may be the
// source: a public member, a private one an accessor hands out, the same
// class, a base, a class that holds the written one.
struct Table {
  std::vector<Record> records;
  void add(int id);
};
void negativePublicMemberOfTheSameType(Table *table,
                                       const std::vector<Record> &records) {
  for (auto r : records)
    table->add(r.id);
}
class Registry {
public:
  const std::vector<Record> &records() const { return records_; }
  void add(int id);

private:
  std::vector<Record> records_;
};
void negativeHandedOutByAnAccessor(Registry *registry,
                                   const std::vector<Record> &records) {
  for (auto r : records)
    registry->add(r.id);
}
struct Base {
  Record record;
};
struct Derived : Base {
  void reset();
};
void negativeBaseAndDerived(const Base &b, Derived *d) {
  Record r = b.record;
  d->reset();
  log(r.id);
}
struct Book {
  std::vector<Record> records;
};
void negativeSourceHoldsTheWritten(const Book &book, Record *out) {
  for (auto r : book.records)
    out->id += r.id;
}

// The writes go through the parameter the range is reached from.
struct Owner {
  std::vector<Record> items;
  void touch();
};
void negativeMemberOfTheSameParameter(Owner *owner) {
  for (auto r : owner->items) {
    owner->touch();
    log(r.id);
  }
}
void negativeAssignmentThroughTheSameParameter(std::vector<Record> *rs) {
  for (auto r : *rs)
    (*rs)[0].id = r.id + 1;
}

// Through `this`, a local pointer or a pointer member, the object written
// may be anything.
Printer *defaultPrinter();
struct Generator {
  Printer *printer_;
  void negativeThroughThis(const std::vector<Record> &rs) {
    for (auto r : rs)
      printer_->Print(r.id);
  }
};
void negativeThroughALocalPointer(const std::vector<Record> &rs) {
  Printer *p = defaultPrinter();
  for (auto r : rs)
    p->Print(r.id);
}

// A pointer member of a value parameter points at what the caller chose:
// it may be the record itself.
struct Cursor {
  void clear(); // may clear the record it points at
};
struct View {
  Cursor *cursor;
};
void negativeThroughAPointerMemberOfAValue(View v, const Record &source) {
  Record r = source;
  v.cursor->clear();
  log(r.id);
}

// A source reached through a pointer member of a parameter is elsewhere
// too: the printer may own it.
struct Node {
  Record record;
  Node *next;
};
void negativeSourceThroughAPointerMember(const Node &n, Printer *printer) {
  Record r = n.next->record;
  printer->Print(r.id);
  printer->Print(r.id + 1);
}

// A member that runs a callback can do anything.
struct Sink {
  std::function<void()> on_write;
  void write() { on_write(); }
};
void negativeCallbackThroughAnotherParameter(const std::vector<Record> &rs,
                                             Sink *sink) {
  for (auto r : rs) {
    sink->write();
    log(r.id);
  }
}
