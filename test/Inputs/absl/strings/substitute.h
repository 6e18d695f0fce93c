// Minimal declarations of absl::Substitute for memchecks tests.
#pragma once
#include "absl/strings/str_cat.h"

namespace absl {
inline namespace lts_20230802 {
std::string Substitute(const char *format, const AlphaNum &a0);
std::string Substitute(const char *format, const AlphaNum &a0,
                       const AlphaNum &a1);
} // namespace lts_20230802
} // namespace absl
