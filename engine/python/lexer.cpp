#include "python/lexer.h"

#include <cstdint>
#include <cstring>
#include <unordered_set>

#include "python/syntax_error.h"

namespace ag::interp {

bool is_keyword(const std::string& word) {
  static const std::unordered_set<std::string> kKeywords = {
      "False", "None",   "True",    "and",      "as",     "assert", "async",  "await",
      "break", "class",  "continue", "def",     "del",    "elif",   "else",   "except",
      "finally", "for",  "from",    "global",   "if",     "import", "in",     "is",
      "lambda", "nonlocal", "not",  "or",       "pass",   "raise",  "return", "try",
      "while", "with",   "yield"};
  return kKeywords.count(word) > 0;
}

namespace {

// Longest first, so that "**=" wins over "**" and "*".
const char* const kOperators[] = {
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=",
    "^=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+", "-", "*", "/", "%", "@", "&",
    "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "!"};

bool is_ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_ident_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

class Lexer {
 public:
  explicit Lexer(const std::string& source) : src_(source) {}

  std::vector<Token> run() {
    indents_.push_back(0);
    bool at_line_start = true;
    while (pos_ < src_.size()) {
      if (at_line_start && depth_ == 0) {
        if (handle_indentation()) {
          at_line_start = false;
        }
        continue;
      }
      at_line_start = false;
      const char c = src_[pos_];
      if (c == '\n') {
        if (depth_ == 0 && !tokens_.empty() && tokens_.back().kind != TokenKind::Newline) {
          push(TokenKind::Newline, "", pos_, pos_ + 1);
        }
        advance_line();
        at_line_start = true;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
        ++pos_;
        continue;
      }
      if (c == '#') {
        while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
        continue;
      }
      if (c == '\\') {
        size_t next = pos_ + 1;
        if (next < src_.size() && src_[next] == '\r') ++next;
        if (next < src_.size() && src_[next] == '\n') {
          pos_ = next;
          advance_line();
          continue;
        }
        error("unexpected character after line continuation character", pos_);
      }
      if (std::isdigit(static_cast<unsigned char>(c)) ||
          (c == '.' && pos_ + 1 < src_.size() && std::isdigit(static_cast<unsigned char>(src_[pos_ + 1])))) {
        number();
        continue;
      }
      if (is_ident_start(static_cast<unsigned char>(c))) {
        if (string_prefix()) continue;
        identifier();
        continue;
      }
      if (c == '"' || c == '\'') {
        string(pos_, false, false, false);
        continue;
      }
      op();
    }
    if (depth_ > 0) {
      const Token& open = brackets_.back();
      throw SyntaxError("SyntaxError", "'" + open.text + "' was never closed", open.line, open.column);
    }
    if (!tokens_.empty() && tokens_.back().kind != TokenKind::Newline) push(TokenKind::Newline, "", pos_, pos_);
    while (indents_.size() > 1) {
      indents_.pop_back();
      push(TokenKind::Dedent, "", pos_, pos_);
    }
    push(TokenKind::End, "", pos_, pos_);
    return std::move(tokens_);
  }

 private:
  const std::string& src_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  int depth_ = 0;
  std::vector<int> indents_;
  std::vector<Token> brackets_;
  std::vector<Token> tokens_;

  int column_of(size_t p) const { return static_cast<int>(p - line_start_); }

  void advance_line() {
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }

  [[noreturn]] void error(const std::string& message, size_t at) {
    throw SyntaxError("SyntaxError", message, line_, column_of(at));
  }

  void push(TokenKind kind, std::string text, size_t start, size_t end) {
    Token t;
    t.kind = kind;
    t.text = std::move(text);
    t.line = line_;
    t.column = column_of(start);
    t.end_column = column_of(end);
    tokens_.push_back(std::move(t));
  }

  // Measures the indentation of a logical line; returns true once a real line starts.
  bool handle_indentation() {
    int width = 0;
    size_t p = pos_;
    while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t' || src_[p] == '\f')) {
      width = src_[p] == '\t' ? (width / 8 + 1) * 8 : width + 1;
      ++p;
    }
    if (p < src_.size() && src_[p] == '\r') ++p;
    if (p >= src_.size() || src_[p] == '\n' || src_[p] == '#') {
      // Blank or comment-only line: no indentation tokens.
      while (p < src_.size() && src_[p] != '\n') ++p;
      pos_ = p;
      if (pos_ < src_.size()) advance_line();
      return false;
    }
    pos_ = p;
    if (width > indents_.back()) {
      // Whether an indent is allowed here is the parser's call ("unexpected indent").
      // CPython's tokenizer stops at 100 levels; so do we, before the parser recurses that deep.
      if (indents_.size() >= 100) {
        throw SyntaxError("IndentationError", "too many levels of indentation", line_, 0);
      }
      indents_.push_back(width);
      push(TokenKind::Indent, "", pos_, pos_);
    } else {
      while (width < indents_.back()) {
        indents_.pop_back();
        push(TokenKind::Dedent, "", pos_, pos_);
      }
      if (width != indents_.back()) {
        size_t eol = pos_;
        while (eol < src_.size() && src_[eol] != '\n') ++eol;
        throw SyntaxError("IndentationError", "unindent does not match any outer indentation level",
                          line_, column_of(eol));
      }
    }
    return true;
  }

  void number() {
    const size_t start = pos_;
    bool is_float = false;
    if (src_[pos_] == '0' && pos_ + 1 < src_.size() && std::strchr("xXoObB", src_[pos_ + 1])) {
      const char base_char = static_cast<char>(std::tolower(src_[pos_ + 1]));
      const int base = base_char == 'x' ? 16 : base_char == 'o' ? 8 : 2;
      pos_ += 2;
      const char* kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
      uint64_t value = 0;
      bool any = false, overflow = false;
      while (pos_ < src_.size() && (std::isalnum(static_cast<unsigned char>(src_[pos_])) || src_[pos_] == '_')) {
        const char c = src_[pos_];
        if (c != '_') {
          const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                        : std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10 : 99;
          if (d >= base) {
            if (base == 16 || !std::isdigit(static_cast<unsigned char>(c))) error(std::string("invalid ") + kind + " literal", pos_);
            error(std::string("invalid digit '") + c + "' in " + kind + " literal", pos_);
          }
          overflow = overflow || value > (uint64_t{INT64_MAX} - static_cast<uint64_t>(d)) / static_cast<uint64_t>(base);
          value = value * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
          any = true;
        }
        ++pos_;
      }
      if (!any) error(std::string("invalid ") + kind + " literal", start);
      // The parser expects decimal text; a literal beyond 64 bits keeps its own spelling so the
      // parser reports the overflow with it.
      push(TokenKind::Int, overflow ? src_.substr(start, pos_ - start) : std::to_string(value), start, pos_);
      return;
    }
    std::string text;
    auto digits = [&] {
      while (pos_ < src_.size() && (std::isdigit(static_cast<unsigned char>(src_[pos_])) || src_[pos_] == '_')) {
        if (src_[pos_] != '_') text += src_[pos_];
        ++pos_;
      }
    };
    digits();
    if (pos_ < src_.size() && src_[pos_] == '.') {
      is_float = true;
      text += '.';
      ++pos_;
      digits();
    }
    if (pos_ < src_.size() && (src_[pos_] == 'e' || src_[pos_] == 'E')) {
      size_t p = pos_ + 1;
      if (p < src_.size() && (src_[p] == '+' || src_[p] == '-')) ++p;
      if (p < src_.size() && std::isdigit(static_cast<unsigned char>(src_[p]))) {
        is_float = true;
        text += 'e';
        text.append(src_, pos_ + 1, p - pos_ - 1);
        pos_ = p;
        digits();
      }
    }
    if (pos_ < src_.size() && (src_[pos_] == 'j' || src_[pos_] == 'J')) {
      error("complex numbers are not supported in the playground", start);
    }
    if (pos_ < src_.size() && is_ident_start(static_cast<unsigned char>(src_[pos_]))) {
      error("invalid decimal literal", start);
    }
    push(is_float ? TokenKind::Float : TokenKind::Int, text, start, pos_);
  }

  bool string_prefix() {
    size_t p = pos_;
    bool raw = false, f = false, b = false;
    while (p < src_.size() && p - pos_ < 2 && std::strchr("rRfFbBuU", src_[p])) {
      const char c = static_cast<char>(std::tolower(src_[p]));
      raw |= c == 'r';
      f |= c == 'f';
      b |= c == 'b';
      ++p;
    }
    if (p == pos_ || p >= src_.size() || (src_[p] != '"' && src_[p] != '\'')) return false;
    const size_t start = pos_;
    pos_ = p;
    string(start, raw, f, b);
    return true;
  }

  void string(size_t start, bool raw, bool fstring, bool bytes) {
    const char quote = src_[pos_];
    const bool triple = pos_ + 2 < src_.size() && src_[pos_ + 1] == quote && src_[pos_ + 2] == quote;
    const int start_line = line_;
    const size_t start_col_pos = start;
    const size_t start_line_start = line_start_;
    pos_ += triple ? 3 : 1;
    const size_t content_start = pos_;
    // \xXX and \uXXXX: exactly `n` hex digits, or CPython's codec error.
    auto hex_escape = [&](size_t n, const char* name) {
      const size_t backslash = pos_ - 2;
      size_t k = 0;
      uint32_t code = 0;
      while (k < n && pos_ + k < src_.size() && std::isxdigit(static_cast<unsigned char>(src_[pos_ + k]))) {
        const char h = static_cast<char>(std::tolower(src_[pos_ + k]));
        code = code * 16 + static_cast<uint32_t>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : h - 'a' + 10);
        ++k;
      }
      if (k < n) {
        throw SyntaxError("SyntaxError",
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                              std::to_string(backslash - content_start) + "-" +
                              std::to_string(pos_ + k - 1 - content_start) + ": truncated " + name + " escape",
                          start_line, static_cast<int>(start_col_pos - start_line_start));
      }
      pos_ += n;
      return code;
    };
    std::string value;
    while (true) {
      if (pos_ >= src_.size()) {
        // CPython names the last line that has text on it.
        const int last_line = (pos_ > 0 && src_[pos_ - 1] == '\n') ? line_ - 1 : line_;
        throw SyntaxError("SyntaxError",
                          triple ? "unterminated triple-quoted string literal (detected at line " +
                                       std::to_string(last_line) + ")"
                                 : "unterminated string literal (detected at line " +
                                       std::to_string(last_line) + ")",
                          start_line, static_cast<int>(start_col_pos - start_line_start));
      }
      const char c = src_[pos_];
      if (c == quote) {
        if (!triple) {
          ++pos_;
          break;
        }
        if (pos_ + 2 < src_.size() && src_[pos_ + 1] == quote && src_[pos_ + 2] == quote) {
          pos_ += 3;
          break;
        }
      }
      if (c == '\n') {
        if (!triple) {
          throw SyntaxError("SyntaxError",
                            "unterminated string literal (detected at line " + std::to_string(line_) + ")",
                            line_, column_of(start_col_pos));
        }
        value += '\n';
        advance_line();
        continue;
      }
      if (c == '\\' && pos_ + 1 < src_.size()) {
        const char e = src_[pos_ + 1];
        if (raw || fstring) {
          // f-strings keep their escapes for the f-string parser, which decodes literal parts.
          value += c;
          value += e;
          pos_ += 2;
          if (e == '\n') {
            --pos_;
            advance_line();
          }
          continue;
        }
        pos_ += 2;
        switch (e) {
          case 'n': value += '\n'; break;
          case 't': value += '\t'; break;
          case 'r': value += '\r'; break;
          case '0': value += '\0'; break;
          case '\\': value += '\\'; break;
          case '\'': value += '\''; break;
          case '"': value += '"'; break;
          case 'a': value += '\a'; break;
          case 'b': value += '\b'; break;
          case 'f': value += '\f'; break;
          case 'v': value += '\v'; break;
          case '\n': --pos_; advance_line(); break;
          case 'x': append_utf8(value, hex_escape(2, "\\xXX")); break;  // "\xff" is U+00FF, not a byte
          case 'u': append_utf8(value, hex_escape(4, "\\uXXXX")); break;
          default: value += '\\'; value += e; break;
        }
        continue;
      }
      value += c;
      ++pos_;
    }
    Token t;
    t.kind = TokenKind::String;
    t.text = std::move(value);
    t.line = start_line;
    t.column = static_cast<int>(start_col_pos) - static_cast<int>(line_start_);
    if (start_line != line_) t.column = 0;
    t.end_column = column_of(pos_);
    t.fstring = fstring;
    t.bytes = bytes;
    tokens_.push_back(std::move(t));
  }

  static void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  void identifier() {
    const size_t start = pos_;
    while (pos_ < src_.size() && is_ident_char(static_cast<unsigned char>(src_[pos_]))) ++pos_;
    std::string word = src_.substr(start, pos_ - start);
    push(is_keyword(word) ? TokenKind::Keyword : TokenKind::Name, word, start, pos_);
  }

  void op() {
    for (const char* candidate : kOperators) {
      const size_t n = std::strlen(candidate);
      if (src_.compare(pos_, n, candidate) != 0) continue;
      const size_t start = pos_;
      pos_ += n;
      push(TokenKind::Op, candidate, start, pos_);
      const Token& t = tokens_.back();
      if (t.text == "(" || t.text == "[" || t.text == "{") {
        ++depth_;
        brackets_.push_back(t);
      } else if (t.text == ")" || t.text == "]" || t.text == "}") {
        if (depth_ == 0) error("unmatched '" + t.text + "'", start);
        const std::string open = brackets_.back().text;
        const char* expected = open == "(" ? ")" : open == "[" ? "]" : "}";
        if (t.text != expected) {
          error("closing parenthesis '" + t.text + "' does not match opening parenthesis '" + open + "'",
                start);
        }
        --depth_;
        brackets_.pop_back();
      } else if (t.text == "!") {
        error("invalid syntax", start);
      }
      return;
    }
    const unsigned char c = static_cast<unsigned char>(src_[pos_]);
    if (c == 0) error("source code cannot contain null bytes", pos_);
    error("invalid syntax", pos_);
  }
};

}  // namespace

std::vector<Token> tokenize(const std::string& source) { return Lexer(source).run(); }

}  // namespace ag::interp
