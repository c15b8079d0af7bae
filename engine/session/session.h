// A notebook session: runs cells one after another in one interpreter, captures their output
// and errors as plain data, enforces limits, and answers the page's questions about tensors,
// graphs, backward calls and Jacobians.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "python/interpreter.h"

namespace ag::interp {

struct ErrorInfo {
  std::string type;       // "RuntimeError", "SyntaxError", ...
  std::string message;
  int line = 0;           // 1-based, 0 if unknown
  int column = 0;         // 0-based
  std::string traceback;  // CPython's text, ending with "Type: message"
};

struct RunResult {
  bool ok = true;
  std::string output;     // stdout
  std::string warnings;   // stderr text that is not the traceback
  ErrorInfo error;
  double milliseconds = 0;
  std::vector<Display> displays;  // figures the cell showed, in order
};

struct TensorInfo {
  std::string name;
  Shape shape;
  DType dtype;
  bool requires_grad, is_leaf;
  std::string grad_fn;   // "" for none
  bool has_grad;
  std::string data, grad;  // previews for the page: the values as PyTorch prints them, or the first few
};

// The graph reachable from a tensor, as plain data.
struct GraphNode {
  int id;
  std::string kind;      // "tensor" or "function"
  std::string label;     // variable name or grad_fn name
  std::string detail;    // shape/dtype, or saved tensors
  bool is_leaf = false;
  bool requires_grad = false;
  std::string grad;      // repr of .grad for leaves that have one
  // Function nodes: the tensor the operation produced (the tensor view draws it), by the name
  // of the session's tensor whose grad_fn this is ("" for an unnamed intermediate), its
  // shape/dtype, and the node's place in recording order.
  std::string output;
  std::string output_detail;
  uint64_t sequence_nr = 0;
};
struct GraphEdge {
  int from, to;
};
struct Graph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
};

class Session {
 public:
  Session();
  ~Session();

  RunResult run(const std::string& code, const std::string& filename = "<cell>");
  void reset();
  // 0 disables the limit.
  void set_time_limit(double seconds) { time_limit_ = seconds; }
  // Off: backward() records nothing for the page's views (see Interpreter::backward_views).
  void set_backward_views(bool on) { interp_->backward_views = on; }
  void interrupt() { interrupted_ = true; }
  // Live output: while a cell runs, `listener` gets what it printed since the last call (stdout,
  // stderr), at most every `interval_seconds`; the RunResult still carries all of it. Null: off.
  using OutputListener = std::function<void(const std::string& out, const std::string& err)>;
  void set_output_listener(OutputListener listener, double interval_seconds = 0.1) {
    output_listener_ = std::move(listener);
    output_interval_ = interval_seconds;
  }
  // Python's sys.setrecursionlimit; WebAssembly builds use a lower default (see wasm/).
  void set_recursion_limit(int limit) { interp_->recursion_limit = limit; recursion_limit_ = limit; }

  std::vector<TensorInfo> tensors();
  Graph graph(const std::string& expression);
  // The backward calls made by the last run.
  std::vector<BackwardRecord> backward_log() { return interp_->backward_log(); }
  // Rows of d output / d input for two expressions naming tensors of the session.
  std::vector<JacobianRow> jacobian_rows(const std::string& output_expr, const std::string& input_expr);

  Interpreter& interpreter() { return *interp_; }

 private:
  Value evaluate(const std::string& expression);
  void show_open_figures();
  const std::string* source_of(const std::string& file);
  // Anomaly mode (torch.autograd.detect_anomaly): the engine asks this session where the forward
  // code is when it records a node, and tells it which node failed (a warning on stderr).
  void watch_anomalies();
  std::string forward_stack();
  std::unordered_map<std::string, std::string> sources_;          // cell file name -> its code
  std::unordered_map<std::string, std::string> library_sources_;  // built-in module path -> its code
  std::unique_ptr<Interpreter> interp_;
  double time_limit_ = 0;
  OutputListener output_listener_;
  double output_interval_ = 0.1;
  int recursion_limit_ = 1000;
  bool interrupted_ = false;
  int cell_counter_ = 0;
};

// CPython's text for a traceback: each frame with its source line, found by file name (null: none).
using SourceLookup = std::function<const std::string*(const std::string& file)>;
std::string format_traceback(const PyException& e, Interpreter& in, const SourceLookup& source_of);

}  // namespace ag::interp
