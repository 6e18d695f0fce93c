// RUN: %check_memchecks %s memchecks-loop-string-format %t
// RUN: %check_memchecks -check-suffix=FLAG %s memchecks-loop-string-format %t \
// RUN:   -opt FlagSmallToString=true

// A chain of '+' allocates only when its result can outgrow the small-string
// buffer (15 characters of `char`) and the chain itself builds the string: a
// short prefix on a string a call returned grows that string in place
// (operator+ on an rvalue string inserts into it), so no buffer outside the
// loop saves anything.

#include <absl/strings/str_cat.h>
#include <fmt/format.h>
#include <string>
#include <vector>

void log(const std::string &s);
void logW(const std::wstring &s);
std::string numToString(int i);
struct Token {
  std::string str() const; // by value
  const std::string &name() const;
};

// "#" and the widest int (11 characters) make at most 12.
void negativeFitsSmallBuffer(const std::vector<int> &items, unsigned short u) {
  for (int item : items) {
    log("#" + std::to_string(item));
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    log(std::to_string(item) + ",");
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    log("id-" + std::to_string(u)); // an int again: 14
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    log('[' + std::to_string(item) + ']');
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
  }
}

void positiveMayOutgrowSmallBuffer(const std::vector<int> &items, long l) {
  for (int item : items) {
    log("item-" + std::to_string(item));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
    log("#" + std::to_string(l)); // a long has up to 20 characters
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
  }
}

// Flatbuffers' `"D" + NumToString(i)`, `"_" + namer.Variable(f)`: the
// callee's string is the only allocation, with or without a reused buffer.
void negativeGrowsReturnedString(const std::vector<int> &items,
                                 const std::vector<Token> &toks) {
  for (int item : items) {
    log("D" + numToString(item));
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    std::string var = "_idx" + numToString(item);
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:23: warning: 'operator+' builds a new string
    log(var);
  }
  for (const Token &t : toks)
    log("'" + t.str() + "' looks wrong");
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
}

void flaggedGrowsReturnedString(const std::vector<int> &items) {
  for (int item : items)
    log("D" + numToString(item));
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
}

// More characters than the small buffer holds: the result needs the heap
// whatever the callee returned (flatbuffers' `code += "    fbBuilder.pad(" +
// NumToString(n) + ");\n"`).
void positiveLongPrefixOnReturnedString(const std::vector<int> &items) {
  for (int item : items)
    log("    fbBuilder.pad(" + numToString(item) + ");\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
}

// A string of unknown length copied into the chain: a new string of its own.
void positiveCopiesAnLvalue(const std::vector<Token> &toks,
                            const std::vector<int> &items) {
  for (const Token &t : toks)
    log("'" + t.name() + "'");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
  for (int item : items)
    log(numToString(item) + numToString(item + 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
}

// A format call builds its own string: the chain is reported for it.
void positiveFormatCallInChain(const std::vector<int> &items) {
  for (int item : items)
    log("#" + fmt::format("{}", item));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
}

// What a silent chain's operands build is still looked at.
void positiveInsideSilentChain(const std::vector<int> &items) {
  for (int item : items)
    log("D" + numToString(fmt::format("{}", item).size()));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'fmt::format' builds a new string
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
}

// Wide strings hold fewer characters without allocating (3 of wchar_t).
void positiveWideString(const std::vector<int> &items) {
  for (int item : items)
    logW(L"#" + std::to_wstring(item));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'operator+' builds a new string
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:10: warning: 'operator+' builds a new string
}

// Lengths the code bounds: a string of n copies of a character with n a
// constant, a const string initialised with a literal, a local only ever
// assigned short literals, a choice between literals (ninja's build_test,
// flatbuffers' idl_gen_csharp and idl_gen_php).
const std::string Indent = "    ";
void negativeBoundedOperands(const std::vector<int> &items, bool j) {
  std::string suffix = "()";
  if (j)
    suffix = "(_j)";
  for (int i : items) {
    log("out" + std::string(1, '1' + i));
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    log(Indent + "{\n");
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    log("AsString" + suffix + ";\n");
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    std::string base(i < 2 ? "out" : "outb");
    log(base + std::string(1, 'c'));
    // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
  }
}

void positiveUnboundedOperands(const std::vector<int> &items, bool j,
                               const std::string &name) {
  std::string suffix = "()";
  if (j)
    suffix = name; // any length
  std::string grown = "ab";
  grown += name;
  for (int i : items) {
    log("AsString" + suffix + ";\n");
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
    log(grown + "x");
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
    log("out" + std::string(i, 'c'));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
    log(Indent + Indent + Indent + Indent + "{\n"); // 18 characters
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
    // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'operator+' builds a new string
  }
}

// absl::StrCat of one integer is as short as to_string of it.
void negativeLoneStrCatOfInt(const std::vector<int> &items) {
  for (int i : items)
    log(absl::StrCat(i));
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'absl::StrCat' builds a new string
  for (int i : items)
    log("#" + absl::StrCat(i));
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:9: warning: 'operator+' builds a new string
}

void positiveStrCatOfLong(const std::vector<long> &items) {
  for (long i : items)
    log(absl::StrCat(i)); // up to 20 characters
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'absl::StrCat' builds a new string
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'absl::StrCat' builds a new string
  for (int i : items)
    log(absl::StrCat("item ", i));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'absl::StrCat' builds a new string
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:9: warning: 'absl::StrCat' builds a new string
}
