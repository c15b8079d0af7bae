// One error type for the whole engine. Each error carries the Python exception type PyTorch
// would raise and PyTorch's message text; the interpreter and the bindings turn it into
// `RuntimeError: ...` etc. Nothing in the engine prints or aborts.
#pragma once

#include <stdexcept>
#include <string>

namespace ag {

// LinAlgError: torch.linalg's failures on singular or non-positive-definite input (a RuntimeError).
enum class ErrorKind { RuntimeError, IndexError, TypeError, ValueError, NotImplementedError, LinAlgError };

const char* error_kind_name(ErrorKind kind);

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }
  const char* type_name() const { return error_kind_name(kind_); }

 private:
  ErrorKind kind_;
};

[[noreturn]] inline void throw_error(ErrorKind kind, const std::string& message) {
  throw Error(kind, message);
}
[[noreturn]] inline void runtime_error(const std::string& message) {
  throw Error(ErrorKind::RuntimeError, message);
}
[[noreturn]] inline void index_error(const std::string& message) {
  throw Error(ErrorKind::IndexError, message);
}
[[noreturn]] inline void type_error(const std::string& message) {
  throw Error(ErrorKind::TypeError, message);
}
[[noreturn]] inline void value_error(const std::string& message) {
  throw Error(ErrorKind::ValueError, message);
}

}  // namespace ag
