// libFuzzer target: whole cells, run in a session with small limits. Any input must end in
// output or a Python error — never a crash, a sanitizer report, or an escaped C++ exception.
#include <cstddef>
#include <cstdint>
#include <string>

#include "session/session.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static bool configured = [] {
    ag::set_memory_limit(int64_t{64} << 20);
    return true;
  }();
  (void)configured;
  const std::string source(reinterpret_cast<const char*>(data), size);
  ag::interp::Session session;
  session.set_time_limit(0.25);
  session.set_recursion_limit(200);
  session.run(source, "<fuzz>");
  return 0;
}
