//===--- format_log.h - memchecks benchmarks ------------------------------===//
//
// Part of memchecks, under the Apache License v2.0 with LLVM Exceptions.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The FormatLog capstone: one log line in logfmt,
//
//   level=info msg="request served" method=GET status=200 ts=1700000000123456789
//
// formatted four ways, from a new string built with `+` on every call down to
// zero allocations per call. Self-contained (no benchmark headers) so that
// the memchecks tests can run checks on it: formatLogToChars is marked hot and
// must pass memchecks-hot-path-alloc; the others allocate.
//
//===----------------------------------------------------------------------===//

#ifndef MEMCHECKS_BENCH_FORMAT_LOG_H
#define MEMCHECKS_BENCH_FORMAT_LOG_H

#include <charconv>
#include <cstddef>
#include <cstring>
#include <sstream>
#include <string>
#include <string_view>

namespace memchecks_bench {

enum class Level { Debug, Info, Warn, Error };

/// One key=value pair of a log line; the value is an integer or text.
struct Field {
  std::string_view Key;
  std::string_view Text;
  long long Int = 0;
  bool IsInt = false;
};

inline Field textField(std::string_view Key, std::string_view Text) {
  Field F;
  F.Key = Key;
  F.Text = Text;
  return F;
}

inline Field intField(std::string_view Key, long long Int) {
  Field F;
  F.Key = Key;
  F.Int = Int;
  F.IsInt = true;
  return F;
}

inline std::string_view levelName(Level L) noexcept {
  switch (L) {
  case Level::Debug:
    return "debug";
  case Level::Info:
    return "info";
  case Level::Warn:
    return "warn";
  case Level::Error:
    return "error";
  }
  return "unknown";
}

/// 1. Naive: a new string per `+`, std::to_string per integer, and the whole
/// line copied again for every field.
inline std::string formatLogNaive(Level L, std::string_view Msg,
                                  const Field *Fields, std::size_t Count) {
  std::string Line = "level=" + std::string(levelName(L)) + " msg=\"" +
                     std::string(Msg) + "\"";
  for (std::size_t I = 0; I < Count; ++I) {
    const Field &F = Fields[I];
    std::string Value =
        F.IsInt ? std::to_string(F.Int) : std::string(F.Text);
    Line = Line + " " + std::string(F.Key) + "=" + Value;
  }
  return Line + "\n";
}

/// 2. A std::ostringstream per call: one growing buffer, plus the copy that
/// str() returns.
inline std::string formatLogStream(Level L, std::string_view Msg,
                                   const Field *Fields, std::size_t Count) {
  std::ostringstream OS;
  OS << "level=" << levelName(L) << " msg=\"" << Msg << '"';
  for (std::size_t I = 0; I < Count; ++I) {
    const Field &F = Fields[I];
    OS << ' ' << F.Key << '=';
    if (F.IsInt)
      OS << F.Int;
    else
      OS << F.Text;
  }
  OS << '\n';
  return OS.str();
}

/// 3. A std::string owned by the caller and reused across calls: after the
/// first call its capacity suffices; std::to_string still allocates for any
/// integer longer than the small-string buffer (15 characters).
inline void formatLogBuffer(std::string &Out, Level L, std::string_view Msg,
                            const Field *Fields, std::size_t Count) {
  Out.clear();
  Out += "level=";
  Out += levelName(L);
  Out += " msg=\"";
  Out += Msg;
  Out += '"';
  for (std::size_t I = 0; I < Count; ++I) {
    const Field &F = Fields[I];
    Out += ' ';
    Out += F.Key;
    Out += '=';
    if (F.IsInt)
      Out += std::to_string(F.Int);
    else
      Out += F.Text;
  }
  Out += '\n';
}

namespace detail {

/// Appends as much of Text as fits; never allocates, never throws.
inline void put(char *Out, std::size_t Cap, std::size_t &Len,
                std::string_view Text) noexcept {
  std::size_t N = Text.size();
  if (N > Cap - Len)
    N = Cap - Len;
  std::memcpy(Out + Len, Text.data(), N);
  Len += N;
}

inline void putInt(char *Out, std::size_t Cap, std::size_t &Len,
                   long long Value) noexcept {
  std::to_chars_result R = std::to_chars(Out + Len, Out + Cap, Value);
  if (R.ec == std::errc())
    Len = static_cast<std::size_t>(R.ptr - Out);
  else
    Len = Cap; // does not fit: the line is truncated
}

} // namespace detail

/// 4. Into caller-provided storage with std::to_chars: zero allocations per
/// call. Writes at most Cap bytes of the line to Out (truncating a line that
/// does not fit) and returns how many it wrote. Nothing it calls may allocate.
[[clang::annotate("memchecks::hot")]] inline std::size_t
formatLogToChars(char *Out, std::size_t Cap, Level L, std::string_view Msg,
                 const Field *Fields, std::size_t Count) noexcept {
  std::size_t Len = 0;
  detail::put(Out, Cap, Len, "level=");
  detail::put(Out, Cap, Len, levelName(L));
  detail::put(Out, Cap, Len, " msg=\"");
  detail::put(Out, Cap, Len, Msg);
  detail::put(Out, Cap, Len, "\"");
  for (std::size_t I = 0; I < Count; ++I) {
    const Field &F = Fields[I];
    detail::put(Out, Cap, Len, " ");
    detail::put(Out, Cap, Len, F.Key);
    detail::put(Out, Cap, Len, "=");
    if (F.IsInt)
      detail::putInt(Out, Cap, Len, F.Int);
    else
      detail::put(Out, Cap, Len, F.Text);
  }
  detail::put(Out, Cap, Len, "\n");
  return Len;
}

} // namespace memchecks_bench

#endif // MEMCHECKS_BENCH_FORMAT_LOG_H
