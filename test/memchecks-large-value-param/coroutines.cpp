// RUN: %check_memchecks %s memchecks-large-value-param %t -std=c++20

// A coroutine keeps its parameters alive in its frame; a reference parameter
// could dangle across a suspension, so coroutines are never reported.
#include <coroutine>

struct Big { char data[1024]; int n; };

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

Task negativeCoroutine(Big b) {
  co_await std::suspend_always{};
  (void)b.n;
}

int positiveNotCoroutine(Big b) { return b.n; }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: parameter 'b' of type 'Big'
// CHECK-FIXES: int positiveNotCoroutine(const Big &b) { return b.n; }
