#include "session/session.h"

#include "autograd/anomaly_mode.h"
#include "autograd/forward_ad.h"
#include "autograd/saved_variable.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "print/python_format.h"
#include "print/tensor_format.h"
#include "python/python_library.h"
#include "python/syntax_error.h"

namespace ag::interp {

namespace {

std::vector<std::string> split_lines(const std::string& source) {
  std::vector<std::string> lines;
  std::string line;
  std::istringstream stream(source);
  while (std::getline(stream, line)) lines.push_back(line);
  return lines;
}

std::string strip(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  const size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string exception_line(Interpreter& in, const Value& exc) {
  auto* inst = exc.as<InstanceObj>();
  // As CPython's traceback names it: module.Class, except for builtins and __main__.
  std::string type = inst ? inst->klass->name : "Exception";
  if (inst && inst->klass->module != "builtins" && inst->klass->module != "__main__" && !inst->klass->module.empty()) {
    type = inst->klass->module + "." + type;
  }
  const std::string message = in.str(exc);
  return message.empty() ? type : type + ": " + message;
}

}  // namespace

std::string format_traceback(const PyException& e, Interpreter& in, const SourceLookup& source_of) {
  std::string out = "Traceback (most recent call last):\n";
  // As CPython does, a run of identical entries (deep recursion) shows three, then a count.
  constexpr int kRecursiveCutoff = 3;
  const TraceEntry* previous = nullptr;
  int repeats = 0;
  auto flush_repeats = [&] {
    if (repeats > kRecursiveCutoff) {
      const int more = repeats - kRecursiveCutoff;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
  };
  for (const TraceEntry& t : e.trace) {
    if (previous && previous->file == t.file && previous->line == t.line && previous->function == t.function) {
      if (++repeats > kRecursiveCutoff) continue;
    } else {
      flush_repeats();
      repeats = 1;
    }
    previous = &t;
    out += "  File \"" + t.file + "\", line " + std::to_string(t.line) + ", in " + t.function + "\n";
    const std::string* source = source_of(t.file);
    if (!source) continue;
    const std::vector<std::string> lines = split_lines(*source);
    if (t.line >= 1 && t.line <= static_cast<int>(lines.size())) {
      const std::string code = strip(lines[static_cast<size_t>(t.line - 1)]);
      if (!code.empty()) out += "    " + code + "\n";
    }
  }
  flush_repeats();
  return out + exception_line(in, e.exc) + "\n";
}

namespace {
Session* anomaly_watcher = nullptr;  // the session the engine reports anomalies to
}  // namespace

Session::Session() : interp_(std::make_unique<Interpreter>()) {
  set_default_float_dtype(DType::Float32);  // a fresh session is a fresh Python process
  watch_anomalies();
}

Session::~Session() {
  if (anomaly_watcher != this) return;
  anomaly_watcher = nullptr;
  AnomalyMode::set_forward_trace(nullptr);
  AnomalyMode::set_reporter(nullptr);
}

void Session::watch_anomalies() {
  anomaly_watcher = this;
  AnomalyMode::set_forward_trace([this] { return forward_stack(); });
  AnomalyMode::set_reporter([this](const std::string& node, const std::string& trace) {
    interp_->write_error(interp_->current_file() + ":" + std::to_string(interp_->current_line()) +
                         ": UserWarning: Error detected in " + node +
                         ". Traceback of forward call that caused the error:\n" + trace);
  });
}

// The Python stack as traceback.format_stack() writes it, outermost frame first.
std::string Session::forward_stack() {
  std::vector<std::pair<std::string, int>> frames = interp_->call_sites();
  frames.push_back({interp_->current_file(), interp_->current_line()});
  const auto& names = interp_->function_stack();
  std::string out;
  for (size_t k = 0; k < frames.size(); ++k) {
    const auto& [file, line] = frames[k];
    out += "  File \"" + file + "\", line " + std::to_string(line) + ", in " +
           (k == 0 || k > names.size() ? std::string("<module>") : names[k - 1]) + "\n";
    if (const std::string* source = source_of(file)) {
      std::istringstream lines(*source);
      std::string text;
      for (int i = 0; i < line && std::getline(lines, text); ++i) {}
      const size_t start = text.find_first_not_of(" \t");
      if (start != std::string::npos) out += "    " + text.substr(start) + "\n";
    }
  }
  return out;
}

void Session::reset() {
  // A cell stopped inside `with fwAD.dual_level():` leaves the level open; a fresh session
  // starts outside it, as the fresh forward_ad module will believe.
  forward_ad::leave_any_level();
  AnomalyMode::set_enabled(false);
  SavedTensorHooks::clear();
  print_options() = PrintOptions{};
  interp_ = std::make_unique<Interpreter>();
  interp_->recursion_limit = recursion_limit_;
  sources_.clear();
  cell_counter_ = 0;
}

const std::string* Session::source_of(const std::string& file) {
  auto cell = sources_.find(file);
  if (cell != sources_.end()) return &cell->second;
  if (const EmbeddedModule* m = find_embedded_module(file)) {  // a library frame
    auto [it, inserted] = library_sources_.try_emplace(file, m->source);
    return &it->second;
  }
  return nullptr;
}

RunResult Session::run(const std::string& code, const std::string& filename) {
  RunResult result;
  sources_[filename] = code;  // for tracebacks through this cell's functions, later too
  ++cell_counter_;
  interrupted_ = false;
  interp_->backward_log().clear();  // the log describes this run's backward calls
  interp_->displays().clear();
  interp_->reset_written();
  const auto start = std::chrono::steady_clock::now();
  const double limit = time_limit_;
  std::string streamed_out, streamed_err;  // handed to the output listener already
  double next_flush = output_interval_;
  interp_->interrupt_hook = [this, start, limit, &streamed_out, &streamed_err, &next_flush]() {
    if (interrupted_) throw CellInterrupted{"the cell was interrupted"};
    if (limit > 0 || output_listener_) {
      const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (output_listener_ && elapsed >= next_flush) {
        next_flush = elapsed + output_interval_;
        std::string out = interp_->take_output(), err = interp_->take_error_output();
        if (!out.empty() || !err.empty()) {
          streamed_out += out;
          streamed_err += err;
          output_listener_(out, err);
        }
      }
      if (limit > 0 && elapsed > limit) {
        std::ostringstream msg;
        msg << "the cell ran longer than the time limit of " << limit << " s and was stopped";
        throw CellInterrupted{msg.str()};
      }
    }
  };
  GradModeGuard grad_mode(true);  // each cell starts with grad mode on, as a fresh script does
  try {
    interp_->run(code, filename);
  } catch (const SyntaxError& e) {
    result.ok = false;
    result.error.type = e.type();
    result.error.message = e.what();
    result.error.line = e.line();
    result.error.column = e.column();
    const std::vector<std::string> lines = split_lines(code);
    std::string tb = "  File \"" + filename + "\", line " + std::to_string(e.line()) + "\n";
    if (e.line() >= 1 && e.line() <= static_cast<int>(lines.size())) {
      const std::string& raw = lines[static_cast<size_t>(e.line() - 1)];
      const size_t indent = raw.find_first_not_of(" \t");
      const std::string code_line = strip(raw);
      tb += "    " + code_line + "\n";
      const int caret = std::max(0, e.column() - static_cast<int>(indent == std::string::npos ? 0 : indent));
      tb += "    " + std::string(static_cast<size_t>(caret), ' ') + "^\n";
    }
    result.error.traceback = tb + e.type() + ": " + e.what() + "\n";
  } catch (PyException& e) {
    result.ok = false;
    auto* inst = e.exc.as<InstanceObj>();
    result.error.type = inst ? inst->klass->name : "Exception";
    result.error.message = interp_->str(e.exc);
    result.error.line = e.trace.empty() ? 0 : e.trace.back().line;
    result.error.traceback = format_traceback(e, *interp_, [this](const std::string& file) { return source_of(file); });
  } catch (const CellInterrupted& e) {
    result.ok = false;
    result.error.type = "TimeoutError";
    result.error.message = e.message;
    result.error.line = interp_->current_line();
    result.error.traceback = "Traceback (most recent call last):\n  File \"" + filename + "\", line " +
                             std::to_string(interp_->current_line()) + ", in <module>\nTimeoutError: " + e.message + "\n";
  } catch (const Error& e) {  // an engine error outside any statement (should not happen)
    result.ok = false;
    result.error.type = e.type_name();
    result.error.message = e.what();
    result.error.traceback = std::string(e.type_name()) + ": " + e.what() + "\n";
  } catch (const std::bad_alloc&) {
    result.ok = false;
    result.error.type = "MemoryError";
    result.error.traceback = "MemoryError\n";
  } catch (const std::exception& e) {  // a bug of ours; the session must survive it
    result.ok = false;
    result.error.type = "RuntimeError";
    result.error.message = std::string("internal error: ") + e.what();
    result.error.traceback = "RuntimeError: " + result.error.message + "\n";
  }
  interp_->interrupt_hook = nullptr;
  show_open_figures();
  result.displays = std::move(interp_->displays());
  interp_->displays().clear();
  result.output = streamed_out + interp_->take_output();
  result.warnings = streamed_err + interp_->take_error_output();
  result.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return result;
}

// As in a notebook, the figures a cell left open are shown when it ends (matplotlib.pyplot's
// _show_open_figures), whether or not it raised.
void Session::show_open_figures() {
  auto pyplot = interp_->modules().find("matplotlib.pyplot");
  if (pyplot == interp_->modules().end()) return;
  try {
    interp_->call(interp_->get_attr(pyplot->second, "_show_open_figures"), {});
  } catch (const PyException&) {
    // A figure that cannot be drawn is left out; the cell's own result stands.
  }
}

Value Session::evaluate(const std::string& expression) {
  interp_->run("__introspect__ = (" + expression + ")", "<introspection>");
  Value v = interp_->globals().vars["__introspect__"];
  interp_->globals().vars.erase("__introspect__");
  return v;
}

namespace {

// One element in the preview of a large tensor, with PyTorch's default 4 digits after the point
// (scientific past 1e8 or below 1e-4), not the 17 significant digits of a widened float32.
std::string preview_float(double v) {
  char buffer[32];
  const double magnitude = std::fabs(v);
  const bool scientific = std::isfinite(v) && v != 0.0 && (magnitude >= 1e8 || magnitude < 1e-4);
  if (!std::isfinite(v)) return std::isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf");
  std::snprintf(buffer, sizeof buffer, scientific ? "%.4e" : "%.4f", v);
  return buffer;
}

// A tensor's values for the attributes panel: as PyTorch prints them when there are few, else
// the first ones. Bounded, so a cell with a million-element tensor pays nothing for the panel.
std::string preview(const Tensor& t) {
  constexpr int64_t kWhole = 16, kFirst = 6;
  const Tensor data = t.detach();
  if (data.numel() <= kWhole) return tensor_repr(data);
  std::string out = "[";
  const Tensor first = slice(reshape(data, {data.numel()}), 0, 0, kFirst, 1);
  const std::vector<double> values = first.to_doubles();
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    out += data.is_floating_point() ? preview_float(values[i]) : std::to_string(static_cast<int64_t>(values[i]));
  }
  return out + ", …] (" + std::to_string(data.numel()) + " values)";
}

}  // namespace

std::vector<TensorInfo> Session::tensors() {
  constexpr size_t kMaxTensors = 64;
  std::vector<TensorInfo> out;
  for (const auto& [name, value] : interp_->globals().vars) {
    auto* t = value.as<TensorObj>();
    if (!t || name.rfind("__", 0) == 0) continue;
    const Tensor& x = t->tensor;
    out.push_back({name, x.shape(), x.dtype(), x.requires_grad(), x.is_leaf(),
                   x.grad_fn() ? x.grad_fn()->name() : "", x.grad().defined(), "", ""});
  }
  std::sort(out.begin(), out.end(), [](const TensorInfo& a, const TensorInfo& b) { return a.name < b.name; });
  if (out.size() > kMaxTensors) out.resize(kMaxTensors);
  for (TensorInfo& info : out) {
    const Tensor& x = interp_->globals().vars[info.name].as<TensorObj>()->tensor;
    info.data = preview(x);
    if (x.grad().defined()) info.grad = preview(x.grad());
  }
  return out;
}

Graph Session::graph(const std::string& expression) {
  Graph g;
  Tensor root = interp_->to_tensor(evaluate(expression), "graph root");
  // Names of the session's tensors, to label nodes (and the tensors operations produced).
  std::unordered_map<TensorImpl*, std::string> names;
  std::unordered_map<Node*, std::string> produced;
  for (const auto& [name, value] : interp_->globals().vars) {
    if (auto* t = value.as<TensorObj>()) {
      names.emplace(t->tensor.impl(), name);
      if (t->tensor.grad_fn()) {
        auto [it, inserted] = produced.emplace(t->tensor.grad_fn().get(), name);
        if (!inserted && name < it->second) it->second = name;  // one name, whatever the map's order
      }
    }
  }
  std::unordered_map<Node*, int> ids;
  auto tensor_node = [&](const Tensor& t) {
    GraphNode n;
    n.id = static_cast<int>(g.nodes.size());
    n.kind = "tensor";
    auto it = names.find(t.impl());
    n.label = it != names.end() ? it->second : "";
    n.detail = shape_str(t.shape()) + " " + dtype_name(t.dtype());
    n.is_leaf = t.is_leaf();
    n.requires_grad = t.requires_grad();
    if (t.grad().defined()) n.grad = tensor_repr(t.grad());
    g.nodes.push_back(n);
    return n.id;
  };
  const int root_id = tensor_node(root);
  if (!root.grad_fn()) return g;
  std::vector<Node*> stack{root.grad_fn().get()};
  ids[root.grad_fn().get()] = -1;
  auto function_node = [&](Node* node) {
    auto it = ids.find(node);
    if (it != ids.end() && it->second >= 0) return it->second;
    GraphNode n;
    n.id = static_cast<int>(g.nodes.size());
    n.kind = "function";
    n.label = node->name();
    if (auto out = produced.find(node); out != produced.end()) n.output = out->second;
    n.output_detail = shape_str(node->output_shape) + " " + dtype_name(node->output_dtype);
    n.sequence_nr = node->sequence_nr();
    for (const SavedTensorInfo& s : node->saved_tensors()) n.detail += (n.detail.empty() ? "" : ", ") + s.name;
    g.nodes.push_back(n);
    ids[node] = n.id;
    if (auto* acc = dynamic_cast<AccumulateGrad*>(node)) {
      const int leaf = tensor_node(acc->variable());
      g.edges.push_back({n.id, leaf});
    }
    return n.id;
  };
  g.edges.push_back({root_id, function_node(root.grad_fn().get())});
  std::unordered_set<Node*> seen{root.grad_fn().get()};
  while (!stack.empty()) {
    Node* node = stack.back();
    stack.pop_back();
    const int from = function_node(node);
    for (const Edge& e : node->next_edges()) {
      if (!e.is_valid()) continue;
      g.edges.push_back({from, function_node(e.function.get())});
      if (seen.insert(e.function.get()).second) stack.push_back(e.function.get());
    }
  }
  return g;
}

std::vector<JacobianRow> Session::jacobian_rows(const std::string& output_expr, const std::string& input_expr) {
  Tensor out = interp_->to_tensor(evaluate(output_expr), "output");
  Tensor in = interp_->to_tensor(evaluate(input_expr), "input");
  return ag::jacobian_rows(out, in);
}

}  // namespace ag::interp
