// Turns cell source into tokens, Python's way: INDENT/DEDENT from leading whitespace, newlines
// ignored inside brackets, backslash continuations, string prefixes (r, f, b), numbers.
#pragma once

#include <string>
#include <vector>

#include "python/token.h"

namespace ag::interp {

// Throws SyntaxError (or IndentationError) with CPython's messages.
std::vector<Token> tokenize(const std::string& source);

// Python keywords (the reserved ones).
bool is_keyword(const std::string& word);

}  // namespace ag::interp
