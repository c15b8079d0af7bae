// The lexer: tokens, positions, indentation, strings and numbers.
#include <catch2/catch.hpp>

#include "python/lexer.h"
#include "python/syntax_error.h"

using namespace ag::interp;

namespace {
std::string kinds(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    switch (t.kind) {
      case TokenKind::Name: out += "N"; break;
      case TokenKind::Keyword: out += "K"; break;
      case TokenKind::Int: out += "I"; break;
      case TokenKind::Float: out += "F"; break;
      case TokenKind::String: out += "S"; break;
      case TokenKind::Op: out += "O"; break;
      case TokenKind::Newline: out += "n"; break;
      case TokenKind::Indent: out += ">"; break;
      case TokenKind::Dedent: out += "<"; break;
      case TokenKind::End: out += "."; break;
    }
  }
  return out;
}
}  // namespace

TEST_CASE("indentation becomes INDENT and DEDENT tokens", "[lexer]") {
  auto tokens = tokenize("if x:\n    y = 1\n\n    # comment\nz = 2\n");
  CHECK(kinds(tokens) == "KNOn>NOIn<NOIn.");
}

TEST_CASE("newlines inside brackets are ignored", "[lexer]") {
  auto tokens = tokenize("f(1,\n  2)\n");
  CHECK(kinds(tokens) == "NOIOIOn.");
}

TEST_CASE("tokens carry line and column", "[lexer]") {
  auto tokens = tokenize("a = 1\nbb += 2.5e-3\n");
  REQUIRE(tokens.size() >= 8);
  CHECK(tokens[4].text == "bb");
  CHECK(tokens[4].line == 2);
  CHECK(tokens[4].column == 0);
  CHECK(tokens[5].text == "+=");
  CHECK(tokens[5].column == 3);
  CHECK(tokens[6].kind == TokenKind::Float);
  CHECK(tokens[6].text == "2.5e-3");
}

TEST_CASE("strings: quotes, escapes, prefixes, triple quotes", "[lexer]") {
  auto tokens = tokenize("s = 'a\\tb' + \"it's\" + r'\\n' + f'{x:.2f}' + '''multi\nline'''\n");
  CHECK(tokens[2].text == "a\tb");
  CHECK(tokens[4].text == "it's");
  CHECK(tokens[6].text == "\\n");
  CHECK(tokens[8].fstring);
  CHECK(tokens[8].text == "{x:.2f}");
  CHECK(tokens[10].text == "multi\nline");
}

TEST_CASE("numbers: ints, floats, hex, underscores", "[lexer]") {
  auto tokens = tokenize("1_000 0x1F .5 3. 1e3\n");
  CHECK(tokens[0].text == "1000");
  CHECK(tokens[1].text == "31");
  CHECK(tokens[2].kind == TokenKind::Float);
  CHECK(tokens[3].kind == TokenKind::Float);
  CHECK(tokens[4].kind == TokenKind::Float);
}

TEST_CASE("lexical errors are SyntaxErrors with positions", "[lexer]") {
  try {
    tokenize("x = 'abc\n");
    FAIL("no error");
  } catch (const SyntaxError& e) {
    CHECK(std::string(e.what()) == "unterminated string literal (detected at line 1)");
    CHECK(e.line() == 1);
    CHECK(e.column() == 4);
  }
  CHECK_THROWS_AS(tokenize("x = (1,\n"), SyntaxError);
  CHECK_THROWS_AS(tokenize("print(1))\n"), SyntaxError);
}
