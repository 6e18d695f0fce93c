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

// A stream that is only written to and then given to a report is as cold as
// the report (cmake's cmInstallCommand: `std::ostringstream e; e << ...;
// IssueMessage(messageType, e.str());` for each exported-targets file).
enum class MessageType { AUTHOR_WARNING, FATAL_ERROR, LOG };
void IssueMessage(MessageType t, const std::string &text);
bool isExported(int item);
void negativeStreamOnlyReported(const std::vector<int> &items, bool strict) {
  for (int item : items) {
    if (isExported(item)) {
      std::ostringstream e;
      MessageType type = MessageType::AUTHOR_WARNING;
      if (strict)
        type = MessageType::FATAL_ERROR;
      e << "item " << item << " was generated";
      e << " by export()";
      IssueMessage(type, e.str());
    }
  }
}

// Also read elsewhere, or reported at an ordinary level: still built on
// every iteration.
void positiveStreamAlsoLogged(const std::vector<int> &items) {
  for (int item : items) {
    std::ostringstream e;
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: 'e' is constructed on every iteration; hoist it and reset it with e.str({}), e.clear()
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop is here
    e << "item " << item;
    log(e.str());
    IssueMessage(MessageType::FATAL_ERROR, e.str());
  }
  for (int item : items) {
    std::ostringstream e;
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: 'e' is constructed on every iteration; hoist it and reset it with e.str({}), e.clear()
    // CHECK-NOTES: :[[@LINE-3]]:3: note: the loop is here
    e << "item " << item;
    IssueMessage(MessageType::LOG, e.str());
  }
}
