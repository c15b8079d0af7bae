// Recursive-descent parser for the cell language: statements by hand, expressions by
// precedence climbing. Nesting is bounded, so hostile input cannot exhaust the C++ stack.
#pragma once

#include <string>

#include "python/ast.h"

namespace ag::interp {

// Parses a whole cell. Throws SyntaxError.
Module parse(const std::string& source);

// Deepest bracket/expression nesting accepted (CPython: "too many nested parentheses" at 200).
constexpr int kMaxNesting = 200;

}  // namespace ag::interp
