// time: the clocks tutorials read around a training loop (time.time(), perf_counter()), and
// sleep, which waits by checking the clock so the time limit and Stop still reach the cell.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

#include "python/args.h"
#include "python/interpreter.h"

namespace ag::interp {

namespace {

template <typename Clock>
double seconds_of() {
  return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}

template <typename Clock>
int64_t nanoseconds_of() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

}  // namespace

void install_time(Interpreter& interp) {
  auto module = std::make_shared<ModuleObj>("time");
  AttrMap& m = module->attrs;
  auto clock = [&m](const char* name, double (*read)()) {
    m[name] = make_native(name, [read](Interpreter&, Args&, Kwargs&) { return Value::number(read()); });
  };
  auto clock_ns = [&m](const char* name, int64_t (*read)()) {
    m[name] = make_native(name, [read](Interpreter&, Args&, Kwargs&) { return Value::integer(read()); });
  };
  clock("time", &seconds_of<std::chrono::system_clock>);
  clock("perf_counter", &seconds_of<std::chrono::steady_clock>);
  clock("monotonic", &seconds_of<std::chrono::steady_clock>);
  clock("process_time", [] { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; });
  clock_ns("time_ns", &nanoseconds_of<std::chrono::system_clock>);
  clock_ns("perf_counter_ns", &nanoseconds_of<std::chrono::steady_clock>);
  clock_ns("monotonic_ns", &nanoseconds_of<std::chrono::steady_clock>);
  m["sleep"] = make_native("sleep", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "sleep", a, k);
    const Value secs = r.required(0, "secs");
    r.done();
    if (!secs.is_int() && !secs.is_float() && !secs.is_bool()) {
      in.raise("TypeError", "'" + in.type_of(secs)->name + "' object cannot be interpreted as an integer");
    }
    const double seconds = secs.is_float() ? secs.as_float() : static_cast<double>(secs.as_int());
    if (std::isnan(seconds)) in.raise("ValueError", "Invalid value NaN (not a number)");
    if (seconds < 0) in.raise("ValueError", "sleep length must be non-negative");
    using Clock = std::chrono::steady_clock;
    const auto wait = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(std::min(seconds, 1e9)));
    const Clock::time_point until = Clock::now() + wait;
    for (Clock::time_point now = Clock::now(); now < until; now = Clock::now()) {
      in.check_interrupt();
      std::this_thread::sleep_for(std::min<Clock::duration>(until - now, std::chrono::milliseconds(5)));
    }
    return none();
  });
  interp.modules()["time"] = Value(module);
}

}  // namespace ag::interp
