// Minimal declarations of absl::StrCat for memchecks tests.
#pragma once
#include <string>
#include <string_view>

namespace absl {
inline namespace lts_20230802 {
class AlphaNum {
public:
  AlphaNum(int);
  AlphaNum(long);
  AlphaNum(double);
  AlphaNum(const char *);
  AlphaNum(std::string_view);
  AlphaNum(const std::string &);
};
std::string StrCat();
std::string StrCat(const AlphaNum &a);
std::string StrCat(const AlphaNum &a, const AlphaNum &b);
std::string StrCat(const AlphaNum &a, const AlphaNum &b, const AlphaNum &c);
std::string StrCat(const AlphaNum &a, const AlphaNum &b, const AlphaNum &c,
                   const AlphaNum &d);
void StrAppend(std::string *dest, const AlphaNum &a);
void StrAppend(std::string *dest, const AlphaNum &a, const AlphaNum &b);
} // namespace lts_20230802
} // namespace absl
