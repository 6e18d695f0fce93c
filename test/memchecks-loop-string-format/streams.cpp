// RUN: %check_memchecks %s memchecks-loop-string-format %t

#include <sstream>
#include <string>
#include <vector>

void log(const std::string &s);

void positiveOstringstream(const std::vector<int> &items) {
  for (int item : items) {
    std::ostringstream os;
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: 'os' is constructed on every iteration; hoist it and reset it with os.str({}), os.clear() [memchecks-loop-string-format]
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop is here
    os << "item-" << item;
    log(os.str());
  }
}

void positiveStringstream(int n) {
  int i = 0;
  while (i < n) {
    std::stringstream ss;
    // CHECK-NOTES: :[[@LINE-1]]:23: warning: 'ss' is constructed on every iteration; hoist it and reset it with ss.str({}), ss.clear()
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop is here
    ss << i++;
    log(ss.str());
  }
}

void positiveWide(const std::vector<int> &items) {
  for (int item : items) {
    std::wostringstream out;
    // CHECK-NOTES: :[[@LINE-1]]:25: warning: 'out' is constructed on every iteration
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop is here
    out << item;
  }
}

void positiveDoWhile(int n) {
  do {
    std::ostringstream os;
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: 'os' is constructed on every iteration
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop is here
    os << n;
    log(os.str());
  } while (--n > 0);
}

void negativeHoisted(const std::vector<int> &items) {
  std::ostringstream os;
  for (int item : items) {
    os.str({});
    os.clear();
    os << "item-" << item;
    log(os.str());
  }
}

// Parsing streams are not flagged.
void negativeInputStream(const std::vector<std::string> &lines) {
  for (const auto &line : lines) {
    std::istringstream in(line);
    int x;
    in >> x;
  }
}

void negativeMovedOut(const std::vector<int> &items,
                      std::vector<std::ostringstream> &out) {
  for (int item : items) {
    std::ostringstream os;
    os << item;
    out.push_back(std::move(os));
  }
}

void negativeStaticStream(const std::vector<int> &items) {
  for (int item : items) {
    static thread_local std::ostringstream os;
    os << item;
  }
}

void negativeReferenceToStream(std::ostringstream &shared,
                               const std::vector<int> &items) {
  for (int item : items) {
    std::ostringstream &os = shared;
    os << item;
  }
}
