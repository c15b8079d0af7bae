// Tokens of the cell language (a Python subset). Every token knows where it came from, so
// errors can point at the source like CPython does.
#pragma once

#include <string>

namespace ag::interp {

enum class TokenKind {
  Name,
  Keyword,
  Int,
  Float,
  String,   // text holds the decoded value; prefix flags below
  Op,       // operators and delimiters, text holds the spelling
  Newline,
  Indent,
  Dedent,
  End,
};

struct Token {
  TokenKind kind = TokenKind::End;
  std::string text;
  int line = 1;     // 1-based
  int column = 0;   // 0-based, in bytes (CPython's caret positions are the same for ASCII)
  int end_column = 0;
  bool fstring = false;  // f"..." : text is the raw body, parsed later
  bool bytes = false;

  bool is_op(const char* s) const { return kind == TokenKind::Op && text == s; }
  bool is_keyword(const char* s) const { return kind == TokenKind::Keyword && text == s; }
};

}  // namespace ag::interp
