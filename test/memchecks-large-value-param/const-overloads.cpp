// RUN: %check_memchecks %s memchecks-large-value-param %t
// RUN: %check_memchecks %s memchecks-large-value-param %t -std=c++11

// On a by-value parameter, which is not const, lookups call the non-const
// overloads (`find`, `at`, `operator[]`, a conversion function). Where the
// const twin does the same and the result is only read, the parameter is
// still only read (benchmark's csv_reporter.cc, PrintRunData).

#include <map>
#include <ostream>
#include <string>
#include <vector>

struct Counter {
  double value;
  operator const double &() const { return value; }
  operator double &() { return value; }
};

struct Tally {
  int x, hits;
  int &get() { return x; }
  const int &get() const { return x; }
  int &count() { ++hits; return x; }
  const int &count() const { return x; }
  int &only() { return x; }
};

struct Run {
  char pad[400];
  std::map<std::string, double> counters;
  std::map<std::string, Counter> named;
  std::vector<int> v;
  Tally t;
  int n;
};

void atRead(std::ostream &o, Run run) { o << run.counters.at("b"); }
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: parameter 'run' of type 'Run' ({{[0-9]+}} bytes) is passed by value and only read; pass it as 'const Run &'
// CHECK-FIXES: void atRead(std::ostream &o, const Run &run) { o << run.counters.at("b"); }

bool findCompared(Run run) {
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: parameter 'run'
// CHECK-FIXES: bool findCompared(const Run &run) {
  return run.counters.find("b") != run.counters.end();
}

void convertedRead(std::ostream &o, Run run) { o << run.named.at("b"); }
// CHECK-MESSAGES: :[[@LINE-1]]:41: warning: parameter 'run'
// CHECK-FIXES: void convertedRead(std::ostream &o, const Run &run) { o << run.named.at("b"); }

int subscriptRead(Run run, int i) { return run.v[i] + run.t.get(); }
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: parameter 'run'
// CHECK-FIXES: int subscriptRead(const Run &run, int i) { return run.v[i] + run.t.get(); }

double findKeptAndRead(Run run, const std::string &k) {
// CHECK-MESSAGES: :[[@LINE-1]]:28: warning: parameter 'run'
// CHECK-FIXES: double findKeptAndRead(const Run &run, const std::string &k) {
  auto it = run.counters.find(k);
  if (it == run.counters.end())
    return 0;
  double d = it->second;
  ++it;
  return d + (*it).second + run.named.find(k)->second;
}

// ---- the result gives write access that is used ----------------------------

void atWritten(Run run) { run.counters.at("b") = 1; }
void findKept(Run run) {
  auto it = run.counters.find("b");
  it->second = 2;
}
double namedIterator(Run run) {
  std::map<std::string, double>::iterator it = run.counters.find("b");
  return it->second;
}
int *dataKept(Run run) { return run.v.data(); }
void subscriptWritten(Run run) { run.v[0] = 1; }

// ---- no const twin, or one that does something else -----------------------

double mapSubscript(Run run) { return run.counters["b"]; }
int countsHits(Run run) { return run.t.count(); }
int onlyNonConst(Run run) { return run.t.only(); }
