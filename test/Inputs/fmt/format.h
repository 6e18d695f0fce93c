// Minimal declarations of the {fmt} API for memchecks tests: only what the
// checks look at (names, parameter and return types), no definitions.
#pragma once
#include <string>
#include <string_view>

namespace fmt {
inline namespace v10 {
struct format_args {};
template <typename... T>
std::string format(const char *fmt, T &&...args);
std::string vformat(std::string_view fmt, format_args args);
template <typename OutputIt, typename... T>
OutputIt format_to(OutputIt out, const char *fmt, T &&...args);
template <typename T> std::string to_string(const T &value);
} // namespace v10
} // namespace fmt
