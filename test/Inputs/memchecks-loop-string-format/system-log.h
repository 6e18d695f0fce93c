// A "system" library whose macros and inline functions format in loops; code
// in system headers is never reported.
#pragma once
#include <string>

void sys_write(const std::string &s);

#define SYS_LOG_ALL(items)                                                     \
  for (const auto &it_ : items)                                                \
    sys_write("item " + std::to_string(it_))

inline void sys_dump(int n) {
  for (int i = 0; i < n; ++i)
    sys_write("n=" + std::to_string(i));
}
