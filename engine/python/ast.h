// The syntax tree. Expressions and statements are small structs tagged by kind; each carries
// its source position for tracebacks and error carets.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace ag::interp {

struct Pos {
  int line = 0;
  int column = 0;
  int end_column = 0;
};

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

enum class ExprKind {
  Name, Constant, FString, List, Tuple, Dict, Set, ListComp, DictComp, Attribute, Subscript,
  Slice, Call, Unary, Binary, BoolOp, Compare, IfExp, Lambda, Starred, Yield,
};

enum class ConstKind { None, True, False, Int, Float, Str, Ellipsis };

struct Expr {
  explicit Expr(ExprKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Expr() = default;
  ExprKind kind;
  Pos pos;
};

struct NameExpr : Expr {
  NameExpr(Pos p, std::string n) : Expr(ExprKind::Name, p), name(std::move(n)) {}
  std::string name;
};

struct ConstantExpr : Expr {
  ConstantExpr(Pos p, ConstKind k) : Expr(ExprKind::Constant, p), const_kind(k) {}
  ConstKind const_kind;
  int64_t int_value = 0;
  double float_value = 0;
  std::string str_value;
  bool int_overflow = false;  // a literal beyond 64 bits: kept as text
};

// f"...": literal pieces and formatted expressions, alternating.
struct FStringPart {
  std::string literal;        // used when expr is null
  ExprPtr expr;
  std::string conversion;     // "", "r", "s"
  std::string format_spec;    // after ':', already literal (nested fields unsupported)
  std::string debug_text;     // f"{x=}": "x="
};
struct FStringExpr : Expr {
  explicit FStringExpr(Pos p) : Expr(ExprKind::FString, p) {}
  std::vector<FStringPart> parts;
};

struct SequenceExpr : Expr {  // List, Tuple, Set
  SequenceExpr(ExprKind k, Pos p) : Expr(k, p) {}
  std::vector<ExprPtr> elements;
};

struct DictExpr : Expr {
  explicit DictExpr(Pos p) : Expr(ExprKind::Dict, p) {}
  std::vector<ExprPtr> keys;  // a null key means **value
  std::vector<ExprPtr> values;
};

struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  std::vector<ExprPtr> conditions;
};
struct ListCompExpr : Expr {  // also generator expressions and set comprehensions
  explicit ListCompExpr(Pos p) : Expr(ExprKind::ListComp, p) {}
  ExprPtr element;
  std::vector<Comprehension> generators;
  bool is_generator = false;
};
struct DictCompExpr : Expr {
  explicit DictCompExpr(Pos p) : Expr(ExprKind::DictComp, p) {}
  ExprPtr key, value;
  std::vector<Comprehension> generators;
};

struct AttributeExpr : Expr {
  AttributeExpr(Pos p, ExprPtr o, std::string a) : Expr(ExprKind::Attribute, p), object(std::move(o)), attr(std::move(a)) {}
  ExprPtr object;
  std::string attr;
};

struct SubscriptExpr : Expr {
  SubscriptExpr(Pos p, ExprPtr o, ExprPtr i) : Expr(ExprKind::Subscript, p), object(std::move(o)), index(std::move(i)) {}
  ExprPtr object;
  ExprPtr index;  // a Tuple for x[a, b]
};

struct SliceExpr : Expr {
  explicit SliceExpr(Pos p) : Expr(ExprKind::Slice, p) {}
  ExprPtr lower, upper, step;  // each may be null
};

struct Keyword {
  std::string name;  // empty for **kwargs
  ExprPtr value;
};
struct CallExpr : Expr {
  CallExpr(Pos p, ExprPtr f) : Expr(ExprKind::Call, p), func(std::move(f)) {}
  ExprPtr func;
  std::vector<ExprPtr> args;  // may contain Starred
  std::vector<Keyword> keywords;
};

struct UnaryExpr : Expr {
  UnaryExpr(Pos p, std::string o, ExprPtr e) : Expr(ExprKind::Unary, p), op(std::move(o)), operand(std::move(e)) {}
  std::string op;  // "-", "+", "~", "not"
  ExprPtr operand;
};

struct BinaryExpr : Expr {
  BinaryExpr(Pos p, std::string o, ExprPtr l, ExprPtr r)
      : Expr(ExprKind::Binary, p), op(std::move(o)), left(std::move(l)), right(std::move(r)) {}
  std::string op;
  ExprPtr left, right;
};

struct BoolOpExpr : Expr {
  BoolOpExpr(Pos p, bool is_and) : Expr(ExprKind::BoolOp, p), is_and(is_and) {}
  bool is_and;
  std::vector<ExprPtr> values;
};

struct CompareExpr : Expr {
  explicit CompareExpr(Pos p) : Expr(ExprKind::Compare, p) {}
  ExprPtr left;
  std::vector<std::string> ops;  // "<", "in", "not in", "is", "is not", ...
  std::vector<ExprPtr> comparators;
};

struct IfExpr : Expr {
  explicit IfExpr(Pos p) : Expr(ExprKind::IfExp, p) {}
  ExprPtr test, body, orelse;
};

struct Parameter {
  std::string name;
  ExprPtr default_value;  // may be null
  enum class Kind { Positional, VarArgs, KeywordOnly, VarKeywords } kind = Kind::Positional;
};

struct LambdaExpr : Expr {
  explicit LambdaExpr(Pos p) : Expr(ExprKind::Lambda, p) {}
  std::vector<Parameter> params;
  ExprPtr body;
};

struct StarredExpr : Expr {
  StarredExpr(Pos p, ExprPtr v, bool d) : Expr(ExprKind::Starred, p), value(std::move(v)), double_star(d) {}
  ExprPtr value;
  bool double_star;
};

// yield value / yield from iterable (its value is None: send() is not supported).
struct YieldExpr : Expr {
  YieldExpr(Pos p, ExprPtr v, bool f) : Expr(ExprKind::Yield, p), value(std::move(v)), from(f) {}
  ExprPtr value;  // may be null
  bool from;
};

// ---- statements -----------------------------------------------------------------------------

enum class StmtKind {
  Expr, Assign, AugAssign, AnnAssign, If, While, For, Break, Continue, Pass, FunctionDef,
  ClassDef, Return, Import, ImportFrom, With, Try, Raise, Assert, Global, Nonlocal, Delete,
};

struct Stmt {
  Stmt(StmtKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Stmt() = default;
  StmtKind kind;
  Pos pos;
};

struct ExprStmt : Stmt {
  ExprStmt(Pos p, ExprPtr e) : Stmt(StmtKind::Expr, p), value(std::move(e)) {}
  ExprPtr value;
};

struct AssignStmt : Stmt {
  explicit AssignStmt(Pos p) : Stmt(StmtKind::Assign, p) {}
  std::vector<ExprPtr> targets;  // a = b = value
  ExprPtr value;
};

struct AugAssignStmt : Stmt {
  AugAssignStmt(Pos p, ExprPtr t, std::string o, ExprPtr v)
      : Stmt(StmtKind::AugAssign, p), target(std::move(t)), op(std::move(o)), value(std::move(v)) {}
  ExprPtr target;
  std::string op;  // "+", "-", ...
  ExprPtr value;
};

struct IfStmt : Stmt {
  explicit IfStmt(Pos p) : Stmt(StmtKind::If, p) {}
  ExprPtr test;
  Block body, orelse;
};

struct WhileStmt : Stmt {
  explicit WhileStmt(Pos p) : Stmt(StmtKind::While, p) {}
  ExprPtr test;
  Block body, orelse;
};

struct ForStmt : Stmt {
  explicit ForStmt(Pos p) : Stmt(StmtKind::For, p) {}
  ExprPtr target, iter;
  Block body, orelse;
};

struct FunctionDefStmt : Stmt {
  explicit FunctionDefStmt(Pos p) : Stmt(StmtKind::FunctionDef, p) {}
  std::string name;
  std::vector<Parameter> params;
  std::vector<ExprPtr> decorators;
  std::shared_ptr<Block> body;  // shared with the function objects made from it
  bool is_generator = false;    // its body (not a nested def) contains yield
};

struct ClassDefStmt : Stmt {
  explicit ClassDefStmt(Pos p) : Stmt(StmtKind::ClassDef, p) {}
  std::string name;
  std::vector<ExprPtr> bases;
  std::vector<ExprPtr> decorators;
  Block body;
};

struct ReturnStmt : Stmt {
  ReturnStmt(Pos p, ExprPtr v) : Stmt(StmtKind::Return, p), value(std::move(v)) {}
  ExprPtr value;
};

struct ImportName {
  std::string name;    // dotted: torch.nn.functional
  std::string alias;   // may be empty
};
struct ImportStmt : Stmt {
  explicit ImportStmt(Pos p) : Stmt(StmtKind::Import, p) {}
  std::vector<ImportName> names;
};
struct ImportFromStmt : Stmt {
  explicit ImportFromStmt(Pos p) : Stmt(StmtKind::ImportFrom, p) {}
  std::string module;
  std::vector<ImportName> names;  // name "*" for star imports
};

struct WithItem {
  ExprPtr context;
  ExprPtr target;  // may be null
};
struct WithStmt : Stmt {
  explicit WithStmt(Pos p) : Stmt(StmtKind::With, p) {}
  std::vector<WithItem> items;
  Block body;
};

struct ExceptHandler {
  Pos pos;
  ExprPtr type;  // may be null (bare except)
  std::string name;
  Block body;
};
struct TryStmt : Stmt {
  explicit TryStmt(Pos p) : Stmt(StmtKind::Try, p) {}
  Block body;
  std::vector<ExceptHandler> handlers;
  Block orelse, finalbody;
};

struct RaiseStmt : Stmt {
  explicit RaiseStmt(Pos p) : Stmt(StmtKind::Raise, p) {}
  ExprPtr exc, cause;  // both may be null
};

struct AssertStmt : Stmt {
  explicit AssertStmt(Pos p) : Stmt(StmtKind::Assert, p) {}
  ExprPtr test, msg;
};

struct NamesStmt : Stmt {  // global / nonlocal
  NamesStmt(StmtKind k, Pos p) : Stmt(k, p) {}
  std::vector<std::string> names;
};

struct DeleteStmt : Stmt {
  explicit DeleteStmt(Pos p) : Stmt(StmtKind::Delete, p) {}
  std::vector<ExprPtr> targets;
};

struct SimpleStmt : Stmt {  // break, continue, pass
  SimpleStmt(StmtKind k, Pos p) : Stmt(k, p) {}
};

struct Module {
  Block body;
};

}  // namespace ag::interp
