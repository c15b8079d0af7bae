#include "python/parser.h"

#include <cstdio>

#include <cerrno>
#include <cstdlib>

#include "python/lexer.h"
#include "python/syntax_error.h"

namespace ag::interp {

namespace {

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : toks_(std::move(tokens)) {}

  Module module() {
    Module m;
    while (!at(TokenKind::End)) {
      if (at(TokenKind::Newline)) {
        ++i_;
        continue;
      }
      statement(m.body);
    }
    return m;
  }

  // ---- f-string expressions are parsed by a nested parser over their own tokens ----
  ExprPtr standalone_expression() {
    ExprPtr e = expression_list_or_single();
    while (at(TokenKind::Newline)) ++i_;
    if (!at(TokenKind::End)) error_at(tok(), "f-string: invalid syntax");
    return e;
  }

 private:
  std::vector<Token> toks_;
  size_t i_ = 0;
  int depth_ = 0;
  int yields_ = 0;  // yield expressions seen in the function being parsed

  const Token& tok(size_t ahead = 0) const { return toks_[std::min(i_ + ahead, toks_.size() - 1)]; }
  bool at(TokenKind k) const { return tok().kind == k; }
  bool at_op(const char* s) const { return tok().is_op(s); }
  bool at_kw(const char* s) const { return tok().is_keyword(s); }
  const Token& next() { return toks_[std::min(i_++, toks_.size() - 1)]; }
  bool accept_op(const char* s) {
    if (!at_op(s)) return false;
    ++i_;
    return true;
  }
  bool accept_kw(const char* s) {
    if (!at_kw(s)) return false;
    ++i_;
    return true;
  }

  [[noreturn]] void error_at(const Token& t, const std::string& message, const char* type = "SyntaxError") {
    throw SyntaxError(type, message, t.line, t.column, t.end_column);
  }
  [[noreturn]] void unexpected_indent(const Token& t) {
    throw SyntaxError("IndentationError", "unexpected indent", t.line, std::max(0, t.column - 1));
  }
  [[noreturn]] void invalid() {
    const Token& t = tok();
    if (t.kind == TokenKind::Indent) unexpected_indent(t);
    if (t.kind == TokenKind::Newline || t.kind == TokenKind::End) {
      error_at(t, "invalid syntax");
    }
    error_at(t, "invalid syntax");
  }
  void expect_op(const char* s) {
    if (!accept_op(s)) {
      // CPython says "expected ':'" when the line ends where the colon should be.
      if (std::string(s) == ":" && at(TokenKind::Newline)) error_at(tok(), "expected ':'");
      invalid();
    }
  }
  std::string expect_name() {
    if (!at(TokenKind::Name)) invalid();
    return next().text;
  }

  static Pos pos_of(const Token& t) { return Pos{t.line, t.column, t.end_column}; }

  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser, const Token& t) : p(parser) {
      if (++p.depth_ > kMaxNesting) p.error_at(t, "too many nested parentheses");
    }
    ~DepthGuard() { --p.depth_; }
  };

  // ---- statements ---------------------------------------------------------------------------

  void statement(Block& out) {
    const Token& t = tok();
    if (t.kind == TokenKind::Indent) unexpected_indent(t);
    if (t.kind == TokenKind::Keyword) {
      const std::string& k = t.text;
      if (k == "if") return out.push_back(if_statement());
      if (k == "while") return out.push_back(while_statement());
      if (k == "for") return out.push_back(for_statement());
      if (k == "def") return out.push_back(function_def({}));
      if (k == "class") return out.push_back(class_def({}));
      if (k == "try") return out.push_back(try_statement());
      if (k == "with") return out.push_back(with_statement());
    }
    if (t.is_op("@")) return out.push_back(decorated());
    simple_statements(out);
  }

  void simple_statements(Block& out) {
    while (true) {
      out.push_back(small_statement());
      if (accept_op(";")) {
        if (at(TokenKind::Newline) || at(TokenKind::End)) break;
        continue;
      }
      break;
    }
    if (at(TokenKind::Newline)) {
      ++i_;
    } else if (!at(TokenKind::End) && !at(TokenKind::Dedent)) {
      invalid();
    }
  }

  StmtPtr small_statement() {
    const Token& t = tok();
    const Pos p = pos_of(t);
    if (t.kind == TokenKind::Keyword) {
      const std::string k = t.text;
      if (k == "pass") { ++i_; return std::make_unique<SimpleStmt>(StmtKind::Pass, p); }
      if (k == "break") { ++i_; return std::make_unique<SimpleStmt>(StmtKind::Break, p); }
      if (k == "continue") { ++i_; return std::make_unique<SimpleStmt>(StmtKind::Continue, p); }
      if (k == "return") {
        ++i_;
        ExprPtr value;
        if (!at_statement_end()) value = expression_list_or_single();
        return std::make_unique<ReturnStmt>(p, std::move(value));
      }
      if (k == "raise") {
        ++i_;
        auto r = std::make_unique<RaiseStmt>(p);
        if (!at_statement_end()) {
          r->exc = expression();
          if (accept_kw("from")) r->cause = expression();
        }
        return r;
      }
      if (k == "assert") {
        ++i_;
        auto a = std::make_unique<AssertStmt>(p);
        a->test = expression();
        if (accept_op(",")) a->msg = expression();
        return a;
      }
      if (k == "global" || k == "nonlocal") {
        ++i_;
        auto g = std::make_unique<NamesStmt>(k == "global" ? StmtKind::Global : StmtKind::Nonlocal, p);
        do g->names.push_back(expect_name()); while (accept_op(","));
        return g;
      }
      if (k == "del") {
        ++i_;
        auto d = std::make_unique<DeleteStmt>(p);
        do d->targets.push_back(or_expr()); while (accept_op(",") && !at_statement_end());
        return d;
      }
      if (k == "import") return import_statement();
      if (k == "from") return import_from();
    }
    return expression_statement();
  }

  bool at_statement_end() const {
    return at(TokenKind::Newline) || at(TokenKind::End) || at_op(";") || at(TokenKind::Dedent);
  }

  StmtPtr import_statement() {
    auto s = std::make_unique<ImportStmt>(pos_of(next()));
    do {
      ImportName n;
      n.name = dotted_name();
      if (accept_kw("as")) n.alias = expect_name();
      s->names.push_back(std::move(n));
    } while (accept_op(","));
    return s;
  }

  std::string dotted_name() {
    std::string name = expect_name();
    while (accept_op(".")) name += "." + expect_name();
    return name;
  }

  StmtPtr import_from() {
    auto s = std::make_unique<ImportFromStmt>(pos_of(next()));
    s->module = dotted_name();
    if (!accept_kw("import")) invalid();
    if (accept_op("*")) {
      s->names.push_back({"*", ""});
      return s;
    }
    const bool paren = accept_op("(");
    do {
      if (paren && at_op(")")) break;
      ImportName n;
      n.name = expect_name();
      if (accept_kw("as")) n.alias = expect_name();
      s->names.push_back(std::move(n));
    } while (accept_op(","));
    if (paren) expect_op(")");
    return s;
  }

  ExprPtr yield_expression() {
    const Token& y = next();
    ++yields_;
    if (accept_kw("from")) return std::make_unique<YieldExpr>(pos_of(y), expression(), true);
    ExprPtr value;
    if (!at_statement_end() && !at_op(")")) value = expression_list_or_single();
    return std::make_unique<YieldExpr>(pos_of(y), std::move(value), false);
  }

  StmtPtr expression_statement() {
    const Token& start = tok();
    if (at_kw("yield")) return std::make_unique<ExprStmt>(pos_of(start), yield_expression());
    ExprPtr first = expression_list_or_single(/*allow_star=*/true);
    static const char* kAug[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=", "^=", ">>=", "<<="};
    for (const char* op : kAug) {
      if (at_op(op)) {
        check_target(*first, true);
        ++i_;
        ExprPtr value = expression_list_or_single();
        std::string bare(op);
        bare.pop_back();
        return std::make_unique<AugAssignStmt>(pos_of(start), std::move(first), bare, std::move(value));
      }
    }
    if (at_op(":")) {  // annotated assignment: x: int = 3
      ++i_;
      expression();
      auto a = std::make_unique<AssignStmt>(pos_of(start));
      if (accept_op("=")) {
        check_target(*first, false);
        a->targets.push_back(std::move(first));
        a->value = expression_list_or_single();
        return a;
      }
      return std::make_unique<SimpleStmt>(StmtKind::Pass, pos_of(start));
    }
    if (at_op("=")) {
      auto a = std::make_unique<AssignStmt>(pos_of(start));
      check_target(*first, false);
      a->targets.push_back(std::move(first));
      while (accept_op("=")) {
        ExprPtr value = at_kw("yield") ? yield_expression() : expression_list_or_single(true);
        if (at_op("=")) {
          check_target(*value, false, /*in_chain=*/true);
          a->targets.push_back(std::move(value));
        } else {
          a->value = std::move(value);
        }
      }
      return a;
    }
    return std::make_unique<ExprStmt>(pos_of(start), std::move(first));
  }

  void check_target(const Expr& e, bool augmented, bool in_chain = false) {
    switch (e.kind) {
      case ExprKind::Name:
      case ExprKind::Attribute:
      case ExprKind::Subscript:
        return;
      case ExprKind::Tuple:
      case ExprKind::List:
        if (augmented) target_error(e, "illegal expression for augmented assignment");
        for (const auto& el : static_cast<const SequenceExpr&>(e).elements) check_target(*el, false);
        return;
      case ExprKind::Starred:
        if (!augmented) return check_target(*static_cast<const StarredExpr&>(e).value, false);
        break;
      case ExprKind::Call:
        target_error(e, augmented ? "'function call' is an illegal expression for augmented assignment"
                        : in_chain ? "cannot assign to function call"
                                   : "cannot assign to function call here. Maybe you meant '==' instead of '='?");
      case ExprKind::Constant:
        target_error(e, augmented ? "'literal' is an illegal expression for augmented assignment"
                        : in_chain ? "cannot assign to literal"
                                   : "cannot assign to literal here. Maybe you meant '==' instead of '='?");
      default:
        break;
    }
    target_error(e, augmented ? "illegal expression for augmented assignment"
                              : "cannot assign to expression here. Maybe you meant '==' instead of '='?");
  }
  [[noreturn]] void target_error(const Expr& e, const std::string& message) {
    throw SyntaxError("SyntaxError", message, e.pos.line, e.pos.column, e.pos.end_column);
  }

  // ':' then an indented block or simple statements on the same line.
  Block block(const Token& opener, const char* what) {
    expect_op(":");
    Block body;
    if (!at(TokenKind::Newline)) {
      simple_statements(body);
      return body;
    }
    ++i_;
    if (!at(TokenKind::Indent)) {
      error_at(tok(), std::string("expected an indented block after ") + what + " on line " +
                          std::to_string(opener.line), "IndentationError");
    }
    ++i_;
    DepthGuard guard(*this, opener);
    while (!at(TokenKind::Dedent) && !at(TokenKind::End)) statement(body);
    if (at(TokenKind::Dedent)) ++i_;
    return body;
  }

  StmtPtr if_statement() {
    const Token& opener = next();
    return if_rest(opener, "'if' statement");
  }

  // The test, block and elif/else chain after an 'if' or 'elif' keyword.
  StmtPtr if_rest(const Token& opener, const char* what) {
    DepthGuard guard(*this, opener);
    auto s = std::make_unique<IfStmt>(pos_of(opener));
    s->test = named_expression();
    s->body = block(opener, what);
    if (at_kw("elif")) {
      const Token& elif = next();
      s->orelse.push_back(if_rest(elif, "'elif' statement"));
    } else if (at_kw("else")) {
      const Token& e = next();
      s->orelse = block(e, "'else' statement");
    }
    return s;
  }

  StmtPtr while_statement() {
    const Token& opener = next();
    auto s = std::make_unique<WhileStmt>(pos_of(opener));
    s->test = named_expression();
    s->body = block(opener, "'while' statement");
    if (at_kw("else")) {
      const Token& e = next();
      s->orelse = block(e, "'else' statement");
    }
    return s;
  }

  StmtPtr for_statement() {
    const Token& opener = next();
    auto s = std::make_unique<ForStmt>(pos_of(opener));
    s->target = target_list();
    if (!accept_kw("in")) invalid();
    s->iter = expression_list_or_single();
    s->body = block(opener, "'for' statement");
    if (at_kw("else")) {
      const Token& e = next();
      s->orelse = block(e, "'else' statement");
    }
    return s;
  }

  ExprPtr target_list() {
    const Token& start = tok();
    std::vector<ExprPtr> items;
    bool trailing = false;
    do {
      if (at_kw("in") || at_op("=")) {
        trailing = true;
        break;
      }
      if (at_op("*")) {
        const Token& star = next();
        items.push_back(std::make_unique<StarredExpr>(pos_of(star), or_expr(), false));
      } else {
        items.push_back(or_expr());
      }
    } while (accept_op(","));
    if (items.size() == 1 && !trailing && !toks_[i_ - 1].is_op(",")) {
      check_target(*items[0], false);
      return std::move(items[0]);
    }
    auto t = std::make_unique<SequenceExpr>(ExprKind::Tuple, pos_of(start));
    t->elements = std::move(items);
    check_target(*t, false);
    return t;
  }

  std::vector<Parameter> parameters(const char* closer) {
    std::vector<Parameter> params;
    bool keyword_only = false;
    while (!at_op(closer)) {
      Parameter p;
      if (accept_op("**")) {
        p.kind = Parameter::Kind::VarKeywords;
        p.name = expect_name();
      } else if (accept_op("*")) {
        if (at_op(",")) {
          keyword_only = true;
          accept_op(",");
          continue;
        }
        p.kind = Parameter::Kind::VarArgs;
        p.name = expect_name();
        keyword_only = true;
      } else if (accept_op("/")) {
        if (!accept_op(",")) break;
        continue;
      } else {
        p.name = expect_name();
        p.kind = keyword_only ? Parameter::Kind::KeywordOnly : Parameter::Kind::Positional;
        if (std::string(closer) == ")" && accept_op(":")) expression();  // annotation
        if (accept_op("=")) p.default_value = expression();
      }
      params.push_back(std::move(p));
      if (!accept_op(",")) break;
    }
    return params;
  }

  StmtPtr function_def(std::vector<ExprPtr> decorators) {
    const Token& opener = next();
    auto f = std::make_unique<FunctionDefStmt>(pos_of(opener));
    f->name = expect_name();
    expect_op("(");
    f->params = parameters(")");
    expect_op(")");
    if (accept_op("->")) expression();
    const int outer_yields = yields_;
    yields_ = 0;
    f->body = std::make_shared<Block>(block(opener, "function definition"));
    f->is_generator = yields_ > 0;
    yields_ = outer_yields;
    f->decorators = std::move(decorators);
    return f;
  }

  StmtPtr class_def(std::vector<ExprPtr> decorators) {
    const Token& opener = next();
    auto c = std::make_unique<ClassDefStmt>(pos_of(opener));
    c->name = expect_name();
    if (accept_op("(")) {
      while (!at_op(")")) {
        c->bases.push_back(expression());
        if (!accept_op(",")) break;
      }
      expect_op(")");
    }
    c->body = block(opener, "class definition");
    c->decorators = std::move(decorators);
    return c;
  }

  StmtPtr decorated() {
    std::vector<ExprPtr> decorators;
    while (accept_op("@")) {
      decorators.push_back(named_expression());
      if (!at(TokenKind::Newline)) invalid();
      ++i_;
    }
    if (at_kw("def")) return function_def(std::move(decorators));
    if (at_kw("class")) return class_def(std::move(decorators));
    invalid();
  }

  StmtPtr try_statement() {
    const Token& opener = next();
    auto s = std::make_unique<TryStmt>(pos_of(opener));
    s->body = block(opener, "'try' statement");
    while (at_kw("except")) {
      const Token& e = next();
      ExceptHandler h;
      h.pos = pos_of(e);
      if (!at_op(":")) {
        h.type = expression();
        if (accept_op(",")) {  // except (A, B) written without parentheses is Python 2
          error_at(tok(), "multiple exception types must be parenthesized");
        }
        if (accept_kw("as")) h.name = expect_name();
      }
      h.body = block(e, "'except' statement");
      s->handlers.push_back(std::move(h));
    }
    if (at_kw("else")) {
      const Token& e = next();
      s->orelse = block(e, "'else' statement");
    }
    if (at_kw("finally")) {
      const Token& f = next();
      s->finalbody = block(f, "'finally' statement");
    }
    if (s->handlers.empty() && s->finalbody.empty()) {
      size_t j = i_;
      while (j > 0 && toks_[j - 1].kind != TokenKind::Newline) --j;
      error_at(j > 0 ? toks_[j - 1] : tok(), "expected 'except' or 'finally' block");
    }
    return s;
  }

  StmtPtr with_statement() {
    const Token& opener = next();
    auto s = std::make_unique<WithStmt>(pos_of(opener));
    do {
      WithItem item;
      item.context = expression();
      if (accept_kw("as")) item.target = target_for_with();
      s->items.push_back(std::move(item));
    } while (accept_op(","));
    s->body = block(opener, "'with' statement");
    return s;
  }
  ExprPtr target_for_with() {
    ExprPtr t = or_expr();
    check_target(*t, false);
    return t;
  }

  // ---- expressions --------------------------------------------------------------------------

  // a, b, c  (a tuple without parentheses) or a single expression
  ExprPtr expression_list_or_single(bool allow_star = true) {
    const Token& start = tok();
    ExprPtr first = star_or_expression(allow_star);
    if (!at_op(",")) return first;
    auto t = std::make_unique<SequenceExpr>(ExprKind::Tuple, pos_of(start));
    t->elements.push_back(std::move(first));
    while (accept_op(",")) {
      if (at_statement_end() || at_op("=") || at_op(")") || at_op(":") || is_aug_op()) break;
      t->elements.push_back(star_or_expression(allow_star));
    }
    t->pos.end_column = toks_[i_ - 1].end_column;
    return t;
  }
  bool is_aug_op() const {
    return tok().kind == TokenKind::Op && tok().text.size() >= 2 && tok().text.back() == '=' &&
           tok().text != "==" && tok().text != "<=" && tok().text != ">=" && tok().text != "!=";
  }

  ExprPtr star_or_expression(bool allow_star) {
    if (allow_star && at_op("*")) {
      const Token& star = next();
      return std::make_unique<StarredExpr>(pos_of(star), or_expr(), false);
    }
    return expression();
  }

  ExprPtr named_expression() {
    if (at(TokenKind::Name) && tok(1).is_op(":=")) {
      error_at(tok(1), "the walrus operator ':=' is not supported in the playground");
    }
    return expression();
  }

  ExprPtr expression() {
    DepthGuard guard(*this, tok());
    if (at_kw("lambda")) return lambda();
    const Token& start = tok();
    ExprPtr body = or_test();
    if (at_kw("if")) {
      ++i_;
      auto e = std::make_unique<IfExpr>(pos_of(start));
      e->body = std::move(body);
      e->test = or_test();
      if (!accept_kw("else")) error_at(tok(), "expected 'else' after 'if' expression");
      e->orelse = expression();
      return e;
    }
    return body;
  }

  ExprPtr lambda() {
    const Token& start = next();
    auto l = std::make_unique<LambdaExpr>(pos_of(start));
    l->params = parameters(":");
    expect_op(":");
    l->body = expression();
    return l;
  }

  ExprPtr or_test() {
    const Token& start = tok();
    ExprPtr first = and_test();
    if (!at_kw("or")) return first;
    auto b = std::make_unique<BoolOpExpr>(pos_of(start), false);
    b->values.push_back(std::move(first));
    while (accept_kw("or")) b->values.push_back(and_test());
    return b;
  }

  ExprPtr and_test() {
    const Token& start = tok();
    ExprPtr first = not_test();
    if (!at_kw("and")) return first;
    auto b = std::make_unique<BoolOpExpr>(pos_of(start), true);
    b->values.push_back(std::move(first));
    while (accept_kw("and")) b->values.push_back(not_test());
    return b;
  }

  ExprPtr not_test() {
    if (at_kw("not")) {
      const Token& t = next();
      DepthGuard guard(*this, t);
      return std::make_unique<UnaryExpr>(pos_of(t), "not", not_test());
    }
    return comparison();
  }

  ExprPtr comparison() {
    const Token& start = tok();
    ExprPtr left = or_expr();
    std::unique_ptr<CompareExpr> cmp;
    while (true) {
      std::string op;
      const Token& t = tok();
      if (t.kind == TokenKind::Op && (t.text == "<" || t.text == ">" || t.text == "==" || t.text == ">=" ||
                                      t.text == "<=" || t.text == "!=")) {
        op = t.text;
        ++i_;
      } else if (t.is_keyword("in")) {
        op = "in";
        ++i_;
      } else if (t.is_keyword("not") && tok(1).is_keyword("in")) {
        op = "not in";
        i_ += 2;
      } else if (t.is_keyword("is")) {
        ++i_;
        op = accept_kw("not") ? "is not" : "is";
      } else {
        break;
      }
      if (!cmp) {
        cmp = std::make_unique<CompareExpr>(pos_of(start));
        cmp->left = std::move(left);
      }
      cmp->ops.push_back(op);
      cmp->comparators.push_back(or_expr());
    }
    if (cmp) return cmp;
    return left;
  }

  // Binary operators by precedence level, lowest first.
  ExprPtr or_expr() { return binary_level(0); }

  ExprPtr binary_level(int level) {
    static const std::vector<std::vector<const char*>> kLevels = {
        {"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"}};
    if (level == static_cast<int>(kLevels.size())) return unary();
    const Token& start = tok();
    ExprPtr left = binary_level(level + 1);
    while (true) {
      const char* matched = nullptr;
      for (const char* op : kLevels[static_cast<size_t>(level)]) {
        if (at_op(op)) matched = op;
      }
      if (!matched) return left;
      ++i_;
      ExprPtr right = binary_level(level + 1);
      Pos p = pos_of(start);
      p.end_column = toks_[i_ - 1].end_column;
      left = std::make_unique<BinaryExpr>(p, matched, std::move(left), std::move(right));
    }
  }

  ExprPtr unary() {
    if (at_op("-") || at_op("+") || at_op("~")) {
      const Token& t = next();
      DepthGuard guard(*this, t);
      ExprPtr operand = unary();
      // Fold -<number> into a constant, as CPython's parser effectively does for printing.
      return std::make_unique<UnaryExpr>(pos_of(t), t.text, std::move(operand));
    }
    return power();
  }

  ExprPtr power() {
    const Token& start = tok();
    ExprPtr base = primary();
    if (at_op("**")) {
      ++i_;
      DepthGuard guard(*this, start);
      ExprPtr exponent = unary();  // right-associative, binds -x on the right
      return std::make_unique<BinaryExpr>(pos_of(start), "**", std::move(base), std::move(exponent));
    }
    return base;
  }

  ExprPtr primary() {
    const Token& start = tok();
    ExprPtr e = atom();
    while (true) {
      if (at_op(".")) {
        ++i_;
        std::string name = expect_name();
        Pos p = pos_of(start);
        p.end_column = toks_[i_ - 1].end_column;
        e = std::make_unique<AttributeExpr>(p, std::move(e), std::move(name));
      } else if (at_op("(")) {
        const Token& open = next();
        DepthGuard guard(*this, open);
        auto call = std::make_unique<CallExpr>(pos_of(start), std::move(e));
        call_arguments(*call);
        expect_op(")");
        call->pos.end_column = toks_[i_ - 1].end_column;
        e = std::move(call);
      } else if (at_op("[")) {
        const Token& open = next();
        DepthGuard guard(*this, open);
        ExprPtr index = subscript_list();
        expect_op("]");
        Pos p = pos_of(start);
        p.end_column = toks_[i_ - 1].end_column;
        e = std::make_unique<SubscriptExpr>(p, std::move(e), std::move(index));
      } else {
        return e;
      }
    }
  }

  void call_arguments(CallExpr& call) {
    while (!at_op(")")) {
      if (at_op("**")) {
        const Token& s = next();
        call.keywords.push_back({"", std::make_unique<StarredExpr>(pos_of(s), expression(), true)});
      } else if (at_op("*")) {
        const Token& s = next();
        call.args.push_back(std::make_unique<StarredExpr>(pos_of(s), expression(), false));
      } else if (at(TokenKind::Name) && tok(1).is_op("=")) {
        std::string name = next().text;
        ++i_;
        call.keywords.push_back({std::move(name), expression()});
      } else {
        const Token& start = tok();
        ExprPtr arg = expression();
        if (at_kw("for")) {  // f(x for x in xs)
          auto gen = std::make_unique<ListCompExpr>(pos_of(start));
          gen->element = std::move(arg);
          gen->is_generator = true;
          comprehension_clauses(gen->generators);
          arg = std::move(gen);
        }
        if (!call.keywords.empty()) error_at(start, "positional argument follows keyword argument");
        call.args.push_back(std::move(arg));
      }
      if (!accept_op(",")) break;
    }
  }

  ExprPtr subscript_list() {
    const Token& start = tok();
    ExprPtr first = subscript_item();
    if (!at_op(",")) return first;
    auto t = std::make_unique<SequenceExpr>(ExprKind::Tuple, pos_of(start));
    t->elements.push_back(std::move(first));
    while (accept_op(",")) {
      if (at_op("]")) break;
      t->elements.push_back(subscript_item());
    }
    return t;
  }

  ExprPtr subscript_item() {
    const Token& start = tok();
    ExprPtr lower;
    if (!at_op(":")) {
      lower = expression();
      if (!at_op(":")) return lower;
    }
    auto s = std::make_unique<SliceExpr>(pos_of(start));
    s->lower = std::move(lower);
    expect_op(":");
    if (!at_op(":") && !at_op("]") && !at_op(",")) s->upper = expression();
    if (accept_op(":")) {
      if (!at_op("]") && !at_op(",")) s->step = expression();
    }
    return s;
  }

  void comprehension_clauses(std::vector<Comprehension>& out) {
    while (accept_kw("for")) {
      Comprehension c;
      c.target = target_list();
      if (!accept_kw("in")) invalid();
      c.iter = or_test();
      while (at_kw("if")) {
        ++i_;
        c.conditions.push_back(or_test_no_cond());
      }
      out.push_back(std::move(c));
    }
  }
  ExprPtr or_test_no_cond() { return or_test(); }

  ExprPtr atom() {
    const Token& t = tok();
    const Pos p = pos_of(t);
    switch (t.kind) {
      case TokenKind::Name:
        ++i_;
        return std::make_unique<NameExpr>(p, t.text);
      case TokenKind::Int: {
        ++i_;
        auto c = std::make_unique<ConstantExpr>(p, ConstKind::Int);
        errno = 0;
        c->int_value = std::strtoll(t.text.c_str(), nullptr, 10);
        const bool prefixed = t.text.size() > 1 && std::isalpha(static_cast<unsigned char>(t.text[1]));
        if (errno == ERANGE || prefixed) {
          c->int_overflow = true;
          c->str_value = t.text;
        }
        return c;
      }
      case TokenKind::Float: {
        ++i_;
        auto c = std::make_unique<ConstantExpr>(p, ConstKind::Float);
        c->float_value = std::strtod(t.text.c_str(), nullptr);
        return c;
      }
      case TokenKind::String:
        return strings();
      case TokenKind::Keyword:
        if (t.text == "None" || t.text == "True" || t.text == "False") {
          ++i_;
          return std::make_unique<ConstantExpr>(
              p, t.text == "None" ? ConstKind::None : t.text == "True" ? ConstKind::True : ConstKind::False);
        }
        break;
      case TokenKind::Op:
        if (t.text == "(") return parenthesized();
        if (t.text == "[") return list_display();
        if (t.text == "{") return dict_or_set_display();
        if (t.text == "...") {
          ++i_;
          return std::make_unique<ConstantExpr>(p, ConstKind::Ellipsis);
        }
        break;
      case TokenKind::Indent:
        unexpected_indent(t);
      default:
        break;
    }
    invalid();
  }

  ExprPtr parenthesized() {
    const Token& open = next();
    DepthGuard guard(*this, open);
    if (accept_op(")")) return std::make_unique<SequenceExpr>(ExprKind::Tuple, pos_of(open));
    ExprPtr first = star_or_expression(true);
    if (at_kw("for")) {
      auto gen = std::make_unique<ListCompExpr>(pos_of(open));
      gen->element = std::move(first);
      gen->is_generator = true;
      comprehension_clauses(gen->generators);
      expect_op(")");
      return gen;
    }
    if (accept_op(")")) return first;
    auto t = std::make_unique<SequenceExpr>(ExprKind::Tuple, pos_of(open));
    t->elements.push_back(std::move(first));
    while (accept_op(",")) {
      if (at_op(")")) break;
      t->elements.push_back(star_or_expression(true));
    }
    expect_op(")");
    return t;
  }

  ExprPtr list_display() {
    const Token& open = next();
    DepthGuard guard(*this, open);
    auto list = std::make_unique<SequenceExpr>(ExprKind::List, pos_of(open));
    if (accept_op("]")) return list;
    ExprPtr first = star_or_expression(true);
    if (at_kw("for")) {
      auto comp = std::make_unique<ListCompExpr>(pos_of(open));
      comp->element = std::move(first);
      comprehension_clauses(comp->generators);
      expect_op("]");
      return comp;
    }
    list->elements.push_back(std::move(first));
    while (accept_op(",")) {
      if (at_op("]")) break;
      list->elements.push_back(star_or_expression(true));
    }
    expect_op("]");
    return list;
  }

  ExprPtr dict_or_set_display() {
    const Token& open = next();
    DepthGuard guard(*this, open);
    if (accept_op("}")) return std::make_unique<DictExpr>(pos_of(open));
    if (at_op("**")) {
      auto d = std::make_unique<DictExpr>(pos_of(open));
      dict_items(*d);
      return d;
    }
    ExprPtr first = expression();
    if (accept_op(":")) {
      ExprPtr value = expression();
      if (at_kw("for")) {
        auto comp = std::make_unique<DictCompExpr>(pos_of(open));
        comp->key = std::move(first);
        comp->value = std::move(value);
        comprehension_clauses(comp->generators);
        expect_op("}");
        return comp;
      }
      auto d = std::make_unique<DictExpr>(pos_of(open));
      d->keys.push_back(std::move(first));
      d->values.push_back(std::move(value));
      if (accept_op(",")) dict_items(*d);
      else expect_op("}");
      return d;
    }
    if (at_kw("for")) {
      auto comp = std::make_unique<ListCompExpr>(pos_of(open));
      comp->element = std::move(first);
      comprehension_clauses(comp->generators);
      expect_op("}");
      auto set = std::make_unique<CallExpr>(pos_of(open), std::make_unique<NameExpr>(pos_of(open), "set"));
      set->args.push_back(std::move(comp));
      return set;
    }
    auto s = std::make_unique<SequenceExpr>(ExprKind::Set, pos_of(open));
    s->elements.push_back(std::move(first));
    while (accept_op(",")) {
      if (at_op("}")) break;
      s->elements.push_back(expression());
    }
    expect_op("}");
    return s;
  }

  void dict_items(DictExpr& d) {
    while (!at_op("}")) {
      if (accept_op("**")) {
        d.keys.push_back(nullptr);
        d.values.push_back(expression());
      } else {
        const Token& key = tok();
        d.keys.push_back(expression());
        if (!accept_op(":")) error_at(key, "':' expected after dictionary key");
        d.values.push_back(expression());
      }
      if (!accept_op(",")) break;
    }
    expect_op("}");
  }

  // Adjacent string literals concatenate; any f-string among them makes the whole an f-string.
  ExprPtr strings() {
    const Token& first = tok();
    std::vector<const Token*> parts;
    bool any_f = false;
    while (at(TokenKind::String)) {
      parts.push_back(&next());
      any_f |= parts.back()->fstring;
    }
    if (!any_f) {
      auto c = std::make_unique<ConstantExpr>(pos_of(first), ConstKind::Str);
      for (const Token* t : parts) c->str_value += t->text;
      return c;
    }
    auto f = std::make_unique<FStringExpr>(pos_of(first));
    for (const Token* t : parts) {
      if (t->fstring) {
        fstring_parts(*t, f->parts);
      } else {
        FStringPart lit;
        lit.literal = t->text;
        f->parts.push_back(std::move(lit));
      }
    }
    return f;
  }

  void fstring_parts(const Token& t, std::vector<FStringPart>& out);
};

// Decodes the escapes of an f-string's literal text.
std::string decode_escapes(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    const char e = s[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'r': out += '\r'; break;
      case '\n': break;
      default: out += '\\'; out += e; break;
    }
  }
  return out;
}

void Parser::fstring_parts(const Token& t, std::vector<FStringPart>& out) {
  const std::string& body = t.text;
  std::string literal;
  size_t i = 0;
  auto flush = [&] {
    if (literal.empty()) return;
    FStringPart p;
    p.literal = decode_escapes(literal);
    out.push_back(std::move(p));
    literal.clear();
  };
  while (i < body.size()) {
    const char c = body[i];
    if (c == '{' && i + 1 < body.size() && body[i + 1] == '{') {
      literal += '{';
      i += 2;
      continue;
    }
    if (c == '}' && i + 1 < body.size() && body[i + 1] == '}') {
      literal += '}';
      i += 2;
      continue;
    }
    if (c == '}') error_at(t, "f-string: single '}' is not allowed");
    if (c != '{') {
      literal += c;
      ++i;
      continue;
    }
    flush();
    // Find the end of the expression: a top-level '!', ':' or '}' outside brackets/strings.
    size_t j = i + 1;
    int depth = 0;
    char quote = 0;
    size_t expr_end = std::string::npos, conv_at = std::string::npos, spec_at = std::string::npos;
    for (; j < body.size(); ++j) {
      const char d = body[j];
      if (quote) {
        if (d == quote) quote = 0;
        continue;
      }
      if (d == '\'' || d == '"') quote = d;
      else if (d == '(' || d == '[' || d == '{') ++depth;
      else if ((d == ')' || d == ']' || d == '}') && depth > 0) --depth;
      else if (depth == 0 && d == '!' && j + 1 < body.size() && body[j + 1] != '=' && conv_at == std::string::npos && spec_at == std::string::npos) {
        conv_at = j;
        if (expr_end == std::string::npos) expr_end = j;
      } else if (depth == 0 && d == ':' && spec_at == std::string::npos) {
        spec_at = j;
        if (expr_end == std::string::npos) expr_end = j;
      } else if (depth == 0 && d == '}') {
        if (expr_end == std::string::npos) expr_end = j;
        break;
      }
    }
    if (j >= body.size()) error_at(t, "f-string: expecting '}'");
    std::string expr_text = body.substr(i + 1, expr_end - i - 1);
    FStringPart part;
    // f"{x=}" prints "x=" then the repr
    std::string trimmed = expr_text;
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    if (!trimmed.empty() && trimmed.back() == '=' && (trimmed.size() < 2 || std::string("=!<>").find(trimmed[trimmed.size() - 2]) == std::string::npos)) {
      part.debug_text = expr_text;
      expr_text = trimmed.substr(0, trimmed.size() - 1);
      part.conversion = "r";
    }
    if (conv_at != std::string::npos) {
      const size_t conv_end = spec_at != std::string::npos ? spec_at : j;
      part.conversion = body.substr(conv_at + 1, conv_end - conv_at - 1);
    }
    if (spec_at != std::string::npos) part.format_spec = body.substr(spec_at + 1, j - spec_at - 1);
    if (expr_text.find_first_not_of(" ") == std::string::npos) error_at(t, "f-string: empty expression not allowed");
    std::vector<Token> sub = tokenize("(" + expr_text + ")");
    for (Token& s : sub) {
      s.line = t.line;
      s.column = t.column;
      s.end_column = t.end_column;
    }
    Parser nested(std::move(sub));
    nested.depth_ = depth_;
    part.expr = nested.standalone_expression();
    if (!part.debug_text.empty() && !part.format_spec.empty()) part.conversion = "";
    out.push_back(std::move(part));
    i = j + 1;
  }
  flush();
}

// Cells arrive as bytes from files and as UTF-8 from the page; CPython rejects bytes that are
// not UTF-8 before tokenizing, with the codec's words.
void check_utf8(const std::string& src) {
  const auto* b = reinterpret_cast<const unsigned char*>(src.data());
  const size_t n = src.size();
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < n;) {
    const unsigned char c = b[i];
    if (c == '\n') { ++line; line_start = ++i; continue; }
    if (c < 0x80) { ++i; continue; }
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    const char* reason = nullptr;
    if (len == 0) {
      reason = "invalid start byte";
    } else {
      for (size_t k = 1; k < len && !reason; ++k) {
        if (i + k >= n) { reason = "unexpected end of data"; break; }
        const unsigned char d = b[i + k];
        // The second byte's range excludes overlong forms and surrogates (as Python's codec does).
        const unsigned char lo = k == 1 && c == 0xE0 ? 0xA0 : k == 1 && c == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = k == 1 && c == 0xED ? 0x9F : k == 1 && c == 0xF4 ? 0x8F : 0xBF;
        if (d < lo || d > hi) reason = "invalid continuation byte";
      }
    }
    if (reason) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02x", c);
      throw SyntaxError("SyntaxError", std::string("(unicode error) 'utf-8' codec can't decode byte ") + byte +
                        " in position " + std::to_string(i - line_start) + ": " + reason, line, 0);
    }
    i += len;
  }
}

}  // namespace

Module parse(const std::string& source) {
  if (source.find('\0') != std::string::npos) {
    throw SyntaxError("SyntaxError", "source code cannot contain null bytes", 1, 0);
  }
  check_utf8(source);
  Parser parser(tokenize(source));
  return parser.module();
}

}  // namespace ag::interp
