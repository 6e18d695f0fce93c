// A log line built from temporaries on every iteration: each `+` and each
// to_string allocates, and the string dies at the end of the iteration.
// Found by memchecks-loop-string-format.
#include <cstdio>
#include <string>

void emit(const std::string &Line) { std::fputs(Line.c_str(), stderr); }

void logAll(int N) {
  for (int I = 0; I < N; ++I)
    emit("item-" + std::to_string(I) + " processed\n");
}
