// The tree-walking evaluator. One Interpreter is one notebook session's state: its globals,
// its modules, its output. There is no global mutable state, so sessions can coexist.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "python/ast.h"
#include "python/types.h"
#include "python/value.h"

namespace ag::interp {

// Always created with make_shared: closures keep their defining scope alive.
struct Scope : std::enable_shared_from_this<Scope> {
  AttrMap vars;
  std::shared_ptr<Scope> parent;  // enclosing function scope (closures); null for globals
  bool is_class_body = false;
  bool captured = false;  // some function holds it as a closure (see Interpreter::closure_of)
  std::unordered_set<std::string> global_names, nonlocal_names;
};

struct TraceEntry {
  std::string file;
  int line = 0;
  std::string function;  // "<module>" at top level
};

// A Python exception travelling up the C++ stack.
struct PyException {
  Value exc;  // an instance of an exception class
  std::vector<TraceEntry> trace;
};

// A time limit or interrupt: not a Python exception, so `except:` cannot swallow it.
struct CellInterrupted {
  std::string message;
};

// What the cell's backward calls did, for the page's "backward log".
// Where a suspended generator stopped, one entry per construct between its body and the
// yield statement, outermost first (a block's statement index, a for loop's iterator and
// position, a try statement's part and pending exception, a with statement's manager).
struct ResumePoint {
  ResumePoint() = default;
  explicit ResumePoint(int64_t i) : index(i) {}
  int64_t index = 0;
  Value value, value2;
  std::shared_ptr<PyException> exception;
};

// A generator function's running state: its scope and where it stopped.
struct GeneratorState {
  Value function;  // the FunctionObj (keeps its body alive)
  std::shared_ptr<Scope> scope;
  std::vector<ResumePoint> resume;  // empty before the first next()
  size_t cursor = 0;                // the next entry to consume while resuming
  std::vector<ResumePoint> unwinding;  // recorded while suspending, innermost first
  Value yielded;
  bool running = false, finished = false;
  IteratorObj* iterator = nullptr;  // the generator object, which owns this state
};

// Rich output a cell showed (a matplotlib figure): its kind, its data as JSON, and where in the
// cell's stdout it appeared (bytes printed before it), so the page can place it among the prints.
struct Display {
  std::string kind;  // "figure"
  std::string json;
  size_t offset = 0;
};

struct BackwardRecord {
  std::string root_name;      // the variable name of the tensor backward was called on, if any
  Tensor root;
  Tensor gradient;            // the seed (undefined: implicit 1)
  bool retain_graph = false;
  bool create_graph = false;
  std::vector<std::string> nodes;  // grad_fn names in the order the engine ran them
  // The Jacobian of the root w.r.t. one of its leaves, taken just before this backward ran
  // (afterwards the graph may be freed): one backward per one-hot seed, .grad untouched.
  std::string leaf_name;
  std::vector<JacobianRow> jacobian;
  std::vector<JacobianRow> columns;        // J e_j, forward mode (double-backward trick)
  std::vector<std::string> node_grads;     // the gradient arriving at each node, as printed
};

class Interpreter {
 public:
  Interpreter();
  ~Interpreter();

  // Runs a whole cell. Returns normally or throws PyException / SyntaxError.
  void run(const std::string& source, const std::string& filename);

  // ---- used by builtins and the torch module ------------------------------------------------
  Value call(const Value& callee, Args args, Kwargs kwargs = {});
  Value call_native(const NativeFunctionObj& n, Args& args, Kwargs& kwargs);
  // One level of walking nested containers (repr, ==): CPython's RecursionError "maximum
  // recursion depth exceeded <context>" past the recursion limit or near the native stack's end.
  struct NestingGuard {
    Interpreter& in;
    NestingGuard(Interpreter& interp, const char* context) : in(interp) {
      if (++in.repr_depth_ > in.recursion_limit || in.native_stack_exhausted()) {
        --in.repr_depth_;
        in.raise("RecursionError", std::string("maximum recursion depth exceeded ") + context);
      }
    }
    ~NestingGuard() { --in.repr_depth_; }
  };
  [[noreturn]] void raise(const ClassRef& cls, const std::string& message);
  [[noreturn]] void raise(const std::string& class_name, const std::string& message);
  [[noreturn]] void raise_with(const ClassRef& cls, Args args);
  Value make_exception(const ClassRef& cls, Args args);

  std::string str(const Value& v);
  std::string repr(const Value& v);
  std::string format(const Value& v, const std::string& spec);
  std::string percent_format(const std::string& fmt, const Value& args);
  bool truthy(const Value& v);
  // The iteration protocol (iteration.cpp). get_iter is iter(v); next_value is next(it),
  // false at StopIteration; iterate materialises what is left of any iterable.
  Value get_iter(const Value& v);
  bool next_value(const Value& iterator, Value& out);
  std::vector<Value> iterate(const Value& v);
  // A lazy iterator whose items come from `pull` (see IteratorObj).
  static Value lazy_iterator(std::function<bool(Interpreter&, Value&)> pull, const char* type_name = nullptr);
  Value get_attr(const Value& obj, const std::string& name);
  bool has_attr(const Value& obj, const std::string& name);
  void set_attr(const Value& obj, const std::string& name, const Value& value);
  void del_attr(const Value& obj, const std::string& name);
  Value get_item(const Value& obj, const Value& index);
  void set_item(const Value& obj, const Value& index, const Value& value);
  Value binary(const std::string& op, const Value& a, const Value& b);
  Value inplace_binary(const std::string& op, const Value& a, const Value& b);
  Value unary(const std::string& op, const Value& a);
  bool compare(const std::string& op, const Value& a, const Value& b, Value* tensor_result);
  bool equals(const Value& a, const Value& b);
  // TypeError "unhashable type" for lists, dicts, sets and instances whose class defines __eq__
  // without __hash__ (Python sets such a class's __hash__ to None).
  void check_hashable(const Value& v);
  bool is_instance(const Value& v, const ClassObj* cls);
  ClassObj* type_of(const Value& v);

  Value wrap(const Tensor& t);  // one Python object per tensor, as in PyTorch
  Value wrap_as(const Tensor& t, ClassObj* klass);  // a fresh tensor as a Tensor subclass
  Value wrap_node(const std::shared_ptr<Node>& n);
  Tensor to_tensor(const Value& v, const char* what = "argument");  // tensors only
  const Value& dtype_value(DType d);

  void write(const std::string& text) {
    out_ += text;
    written_ += text.size();
  }
  // Bytes written to stdout since the counter was last reset (the session does, per cell).
  size_t written() const { return written_; }
  void reset_written() { written_ = 0; }
  std::vector<Display>& displays() { return displays_; }
  void write_error(const std::string& text) { err_ += text; }
  std::string take_output() { return std::move(out_); }
  std::string take_error_output() { return std::move(err_); }

  void check_interrupt();
  // Called at every loop iteration and call; throwing from it stops the cell.
  std::function<void()> interrupt_hook;

  Scope& globals() { return *globals_; }
  std::shared_ptr<Scope> globals_ptr() { return globals_; }
  AttrMap& builtins() { return builtins_; }
  std::unordered_map<std::string, Value>& modules() { return modules_; }
  std::vector<BackwardRecord>& backward_log() { return backward_log_; }
  int recursion_limit = 1000;
  // Whether backward() records what the page's views show (the backward log, Jacobian rows,
  // node gradients). The command-line runner turns it off: nobody looks, and those extra
  // backward passes would run users' hooks and custom Functions a second time.
  bool backward_views = true;

  // The current source line, for tracebacks and warnings.
  int current_line() const { return line_; }
  const std::string& current_file() const { return filename_; }
  // Where each running Python function was called from (file, line), innermost last.
  const std::vector<std::pair<std::string, int>>& call_sites() const { return call_sites_; }
  // Names of the functions running, outermost first (a module's code is "<module>").
  const std::vector<std::string>& function_stack() const { return function_stack_; }

 private:
  // Suspend: a generator's yield statement ran; the constructs it leaves record where it
  // stopped (suspend_at) and resume there on the next next() (resume_point).
  enum class Flow { Normal, Break, Continue, Return, Suspend };

  Flow exec_block(const Block& block, Scope& scope);
  Flow exec(const Stmt& s, Scope& scope);
  Flow exec_inner(const Stmt& s, Scope& scope);
  Value eval(const Expr& e, Scope& scope);
  Value eval_call(const CallExpr& c, Scope& scope);
  Value eval_fstring(const FStringExpr& f, Scope& scope);
  Value eval_comprehension(const ListCompExpr& c, Scope& scope);
  Value eval_dict_comprehension(const DictCompExpr& c, Scope& scope);
  void comprehension_loop(const std::vector<Comprehension>& gens, size_t level, Scope& scope,
                          const std::function<void()>& emit);
  Value eval_slice(const SliceExpr& s, Scope& scope);

  Value lookup(const std::string& name, Scope& scope, const Pos& pos);
  void assign(const Expr& target, const Value& value, Scope& scope);
  void bind_name(const std::string& name, const Value& value, Scope& scope);
  Scope& global_scope_of(Scope& scope);
  void delete_target(const Expr& target, Scope& scope);

  Flow exec_for(const ForStmt& s, Scope& scope);
  Flow exec_try(const TryStmt& s, Scope& scope);
  Flow exec_with(const WithStmt& s, size_t item, Scope& scope);
  void exec_import(const ImportStmt& s, Scope& scope);
  void exec_import_from(const ImportFromStmt& s, Scope& scope);
  std::shared_ptr<Scope> closure_of(Scope& scope);
  Value make_function(const FunctionDefStmt& def, Scope& scope);
  Value make_lambda(const LambdaExpr& l, Scope& scope);
  Value make_class(const ClassDefStmt& def, Scope& scope);
  Value apply_decorators(const std::vector<ExprPtr>& decorators, Value v, Scope& scope);

  // A Python function's frame while it runs (a call, or a generator resumed): the call site,
  // its file for tracebacks and warnings, its name and scope; the destructor leaves it.
  // `caller` is the traceback entry of the line that called it.
  struct FrameGuard {
    FrameGuard(Interpreter& in, FunctionObj& f, Scope* scope);
    ~FrameGuard();
    FrameGuard(const FrameGuard&) = delete;
    FrameGuard& operator=(const FrameGuard&) = delete;
    Interpreter& in;
    TraceEntry caller;
  };

 public:
  Value call_function(FunctionObj& f, Args& args, Kwargs& kwargs);
  Value instantiate(const ClassRef& cls, Args& args, Kwargs& kwargs);
  Value import_module(const std::string& dotted, int line);

 private:
  std::shared_ptr<Scope> globals_;
  // Scopes captured by nested functions. A closure and the scope that defines it hold each
  // other (`def outer(): def inner(): ...; return inner`); we have no cycle collector, so the
  // interpreter breaks these cycles when it goes away.
  std::vector<std::weak_ptr<Scope>> captured_scopes_;
  size_t captured_prune_at_ = 64;
  AttrMap builtins_;
  std::unordered_map<std::string, Value> modules_;
  std::unordered_map<TensorImpl*, std::weak_ptr<TensorObj>> tensor_objects_;
  std::unordered_map<Node*, std::weak_ptr<NodeObj>> node_objects_;
  std::unordered_map<std::string, ClassRef> node_classes_;
  std::vector<Value> dtype_values_;
  std::vector<BackwardRecord> backward_log_;
  std::string out_, err_;
  size_t written_ = 0;
  std::vector<Display> displays_;
  std::string filename_ = "<cell>";
  std::shared_ptr<void> source_;  // the parsed cell currently running
  Value return_value_;
  int line_ = 0;
  int depth_ = 0;
  int repr_depth_ = 0;
  const char* stack_base_ = nullptr;  // the native stack at the start of run()
  bool native_stack_exhausted() const;
  std::vector<std::string> function_stack_;
 public:
  struct Frame {
    FunctionObj* function;
    Scope* scope;
  };
  const std::vector<Frame>& frames() const { return frames_; }

 private:
  std::vector<Frame> frames_;
  std::vector<Value> handling_;  // exceptions being handled (for bare raise)
  std::vector<GeneratorState*> generators_;  // the generators running now, innermost last
  bool resuming_ = false;  // walking back down to the yield statement a generator stopped at
  std::vector<std::pair<std::string, int>> call_sites_;

  // iteration.cpp: generators.
  bool resume_generator(GeneratorState& g, Value& out);
  Flow exec_yield(const YieldExpr& y, const AssignStmt* assign_to, Scope& scope);
  ResumePoint* resume_point();
  Flow suspend_at(ResumePoint p);
  Value generator_expression(const ListCompExpr& c, Scope& scope);

 public:
  // Runs a built-in Python module (engine/lib/python) in a fresh module scope and registers it.
  Value load_library_module(const std::string& name);
  // m.<name> when it is one of m's lazy_attrs: loads the module that defines it (once).
  std::optional<Value> lazy_module_attr(ModuleObj& m, const std::string& name);
};

// object.__setattr__ and object.__delattr__ (attributes.cpp).
const Value& object_setattr();
void store_instance_attr(Interpreter& in, const Value& obj, const std::string& name, const Value& value);
const Value& object_delattr();

// Installs the built-in functions (builtins.cpp) and modules (torch_module.cpp, math).
void install_builtins(Interpreter& interp);
void install_modules(Interpreter& interp);
// torch._C._nn, the native half of torch.nn.functional (nn_functional.cpp).
void install_nn_natives(Interpreter& interp);
// _collections: OrderedDict, defaultdict, namedtuple (collections_module.cpp).
void install_collections(Interpreter& interp);
// _warnings, which engine/lib/python/warnings.py is written over (warnings_module.cpp).
void install_warnings(Interpreter& interp);
// _random, which engine/lib/python/random.py is written over (random_module.cpp).
void install_random(Interpreter& interp);
// _numpy_native, which engine/lib/python/numpy is written over (numpy_native_module.cpp).
void install_numpy_natives(Interpreter& interp);
// time: clocks and sleep (time_module.cpp).
void install_time(Interpreter& interp);
// _display: rich output for the page, which matplotlib.pyplot.show() hands its figures to.
void install_display(Interpreter& interp);

}  // namespace ag::interp
