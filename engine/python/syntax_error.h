// A syntax error found by the lexer or parser, with CPython's wording and position.
#pragma once

#include <stdexcept>
#include <string>

namespace ag::interp {

class SyntaxError : public std::runtime_error {
 public:
  SyntaxError(std::string type, const std::string& message, int line, int column, int end_column = -1)
      : std::runtime_error(message), type_(std::move(type)), line_(line), column_(column),
        end_column_(end_column) {}
  const std::string& type() const { return type_; }  // "SyntaxError" or "IndentationError"
  int line() const { return line_; }
  int column() const { return column_; }              // 0-based
  int end_column() const { return end_column_; }

 private:
  std::string type_;
  int line_, column_, end_column_;
};

}  // namespace ag::interp
