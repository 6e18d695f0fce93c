// Minimal declarations of absl::StrFormat for memchecks tests.
#pragma once
#include <string>

namespace absl {
inline namespace lts_20230802 {
template <typename... Args>
std::string StrFormat(const char *format, const Args &...args);
} // namespace lts_20230802
} // namespace absl
