// libFuzzer target: the lexer and parser must turn any bytes into a tree or a SyntaxError,
// never crash, hang or overflow the stack.
#include <cstddef>
#include <cstdint>
#include <string>

#include "python/parser.h"
#include "python/syntax_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  try {
    ag::interp::parse(source);
  } catch (const ag::interp::SyntaxError&) {
  }
  return 0;
}
