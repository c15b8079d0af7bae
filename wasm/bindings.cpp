// Embind declarations for the engine and the session API. Thin on purpose: conversions between
// JS and C++ values and error translation only; the ergonomic API lives in autograd.mjs.
//
// Ownership: every Tensor returned to JS is a C++ object that JS must delete() (the JS wrapper
// does it for you: see wasm/README.md). Sessions likewise. Everything else crosses the boundary as
// plain data (numbers, arrays, JSON strings).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <nlohmann/json.hpp>

#include "autograd.h"
#include "session/session.h"

using namespace emscripten;
using ag::Tensor;
using nlohmann::json;

namespace {

constexpr int kWasmRecursionLimit = 300;

// A C++ error becomes a JS Error whose name is the Python exception type.
[[noreturn]] void throw_js(const std::string& name, const std::string& message) {
  val error = val::global("Error").new_(val(message));
  error.set("name", val(name));
  error.throw_();
  __builtin_unreachable();
}

template <class F>
auto guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const ag::Error& e) {
    throw_js(e.type_name(), e.what());
  } catch (const std::bad_alloc&) {
    throw_js("RangeError", "out of memory");
  } catch (const std::exception& e) {
    throw_js("Error", e.what());
  }
}

ag::DType parse_dtype(const std::string& name) {
  if (name == "float32" || name == "float") return ag::DType::Float32;
  if (name == "float64" || name == "double") return ag::DType::Float64;
  if (name == "int64" || name == "long") return ag::DType::Int64;
  if (name == "bool") return ag::DType::Bool;
  throw ag::Error(ag::ErrorKind::TypeError, "unknown dtype '" + name + "' (use float32, float64, int64 or bool)");
}

std::string dtype_string(ag::DType d) {
  std::string s = ag::dtype_name(d);
  return s.substr(6);  // "torch.float32" -> "float32"
}

ag::Shape to_shape(const val& array) {
  ag::Shape shape;
  const unsigned n = array["length"].as<unsigned>();
  for (unsigned i = 0; i < n; ++i) shape.push_back(static_cast<int64_t>(array[i].as<double>()));
  return shape;
}

val from_shape(const ag::Shape& shape) {
  val out = val::array();
  for (size_t i = 0; i < shape.size(); ++i) out.set(i, val(static_cast<double>(shape[i])));
  return out;
}

// ---- tensors --------------------------------------------------------------------------------

Tensor from_data(const val& flat, const val& shape, const std::string& dtype, bool requires_grad) {
  return guarded([&] {
    const std::vector<double> values = vecFromJSArray<double>(flat);
    Tensor t = ag::from_doubles(values, to_shape(shape), parse_dtype(dtype));
    if (requires_grad) t.set_requires_grad(true);
    return t;
  });
}

val to_flat(const Tensor& t) {
  return guarded([&] {
    std::vector<double> values = t.to_doubles();
    return val::array(values);
  });
}

json tensor_json(const Tensor& t) {
  return {{"shape", std::vector<int64_t>(t.shape().begin(), t.shape().end())}, {"dtype", dtype_string(t.dtype())}};
}

json rows_json(const std::vector<ag::JacobianRow>& rows) {
  json out = json::array();
  for (const auto& r : rows) {
    out.push_back({{"index", r.index}, {"seed", r.seed.to_doubles()}, {"row", r.row.to_doubles()},
                   {"seedShape", std::vector<int64_t>(r.seed.shape().begin(), r.seed.shape().end())},
                   {"rowShape", std::vector<int64_t>(r.row.shape().begin(), r.row.shape().end())}});
  }
  return out;
}

// ---- sessions -------------------------------------------------------------------------------

std::string session_run(ag::interp::Session& s, const std::string& code, const std::string& filename) {
  ag::interp::RunResult r = s.run(code, filename);
  json out = {{"ok", r.ok}, {"stdout", r.output}, {"stderr", r.warnings}, {"milliseconds", r.milliseconds}};
  if (!r.ok) {
    out["error"] = {{"type", r.error.type}, {"message", r.error.message}, {"line", r.error.line},
                    {"column", r.error.column}, {"traceback", r.error.traceback}};
  }
  json tensors = json::array();
  for (const auto& t : s.tensors()) {
    tensors.push_back({{"name", t.name}, {"shape", std::vector<int64_t>(t.shape.begin(), t.shape.end())},
                       {"dtype", dtype_string(t.dtype)}, {"requiresGrad", t.requires_grad}, {"isLeaf", t.is_leaf},
                       {"gradFn", t.grad_fn.empty() ? json(nullptr) : json(t.grad_fn)}, {"hasGrad", t.has_grad},
                       {"data", t.data}, {"grad", t.has_grad ? json(t.grad) : json(nullptr)}});
  }
  out["tensors"] = tensors;
  json log = json::array();
  for (const auto& b : s.backward_log()) {
    log.push_back({{"root", b.root_name}, {"gradient", b.gradient.defined() ? json(b.gradient.to_doubles()) : json(nullptr)},
                   {"retainGraph", b.retain_graph}, {"createGraph", b.create_graph}, {"nodes", b.nodes},
                   {"leaf", b.leaf_name}, {"jacobian", rows_json(b.jacobian)}, {"columns", rows_json(b.columns)},
                   {"nodeGrads", b.node_grads}});
  }
  out["backwardLog"] = log;
  // Figures, each placed after the prints before it: offsets in UTF-16 units of stdout, as JS counts.
  json displays = json::array();
  for (const auto& d : r.displays) {
    size_t units = 0;
    for (size_t i = 0; i < d.offset && i < r.output.size(); ++i) {
      const auto c = static_cast<unsigned char>(r.output[i]);
      if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;  // a lead byte; 4-byte sequences are surrogate pairs
    }
    displays.push_back({{"kind", d.kind}, {"offset", units}, {"data", json::parse(d.json, nullptr, false)}});
  }
  out["displays"] = displays;
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string session_graph(ag::interp::Session& s, const std::string& expr) {
  json out;
  try {
    ag::interp::Graph g = s.graph(expr);
    json nodes = json::array(), edges = json::array();
    for (const auto& n : g.nodes) {
      nodes.push_back({{"id", n.id}, {"kind", n.kind}, {"label", n.label}, {"detail", n.detail},
                       {"isLeaf", n.is_leaf}, {"requiresGrad", n.requires_grad}, {"grad", n.grad},
                       {"output", n.output}, {"outputDetail", n.output_detail}, {"sequence", static_cast<double>(n.sequence_nr)}});
    }
    for (const auto& e : g.edges) edges.push_back({{"from", e.from}, {"to", e.to}});
    out = {{"ok", true}, {"nodes", nodes}, {"edges", edges}};
  } catch (const ag::interp::PyException& e) {
    out = {{"ok", false}, {"error", s.interpreter().str(e.exc)}};
  } catch (const std::exception& e) {
    out = {{"ok", false}, {"error", e.what()}};
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string session_jacobian_rows(ag::interp::Session& s, const std::string& out_expr, const std::string& in_expr) {
  json out;
  try {
    out = {{"ok", true}, {"rows", rows_json(s.jacobian_rows(out_expr, in_expr))}};
  } catch (const ag::interp::PyException& e) {
    out = {{"ok", false}, {"error", s.interpreter().str(e.exc)}};
  } catch (const std::exception& e) {
    out = {{"ok", false}, {"error", e.what()}};
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

EMSCRIPTEN_BINDINGS(autograd_playground) {
  class_<Tensor>("Tensor")
      .function("shape", optional_override([](const Tensor& t) { return from_shape(t.shape()); }))
      .function("dtype", optional_override([](const Tensor& t) { return dtype_string(t.dtype()); }))
      .function("requiresGrad", optional_override([](const Tensor& t) { return t.requires_grad(); }))
      .function("setRequiresGrad", optional_override([](Tensor& t, bool v) { guarded([&] { t.set_requires_grad(v); }); }))
      .function("isLeaf", optional_override([](const Tensor& t) { return t.is_leaf(); }))
      .function("hasGrad", optional_override([](const Tensor& t) { return t.grad().defined(); }))
      .function("grad", optional_override([](const Tensor& t) { return t.grad(); }))
      .function("gradFn", optional_override([](const Tensor& t) {
        return t.grad_fn() ? val(t.grad_fn()->name()) : val::null();
      }))
      .function("toString", optional_override([](const Tensor& t) { return ag::tensor_repr(t); }))
      .function("flat", optional_override([](const Tensor& t) { return to_flat(t); }))
      .function("item", optional_override([](const Tensor& t) { return guarded([&] { return t.item().to_double(); }); }))
      .function("detach", optional_override([](const Tensor& t) { return t.detach(); }))
      .function("retainGrad", optional_override([](Tensor& t) { guarded([&] { t.retain_grad(); }); }))
      .function("zeroGrad", optional_override([](Tensor& t) {
        if (t.grad().defined()) ag::zero_(t.grad());
      }))
      .function("backward", optional_override([](const Tensor& t, const val& gradient, bool retain, bool create) {
        guarded([&] {
          Tensor g = gradient.isNull() || gradient.isUndefined() ? Tensor() : gradient.as<Tensor>();
          ag::tensor_backward(t, g, retain, create);
        });
      }));

  function("fromData", &from_data);
  function("manualSeed", optional_override([](double seed) { ag::manual_seed(static_cast<uint64_t>(seed)); }));
  function("setMemoryLimit", optional_override([](double bytes) { ag::set_memory_limit(static_cast<int64_t>(bytes)); }));
  function("memoryInUse", optional_override([]() { return static_cast<double>(ag::memory_in_use()); }));

  // Factories and ops. Numbers on either side of arithmetic are handled in autograd.mjs.
  function("zeros", optional_override([](const val& s, const std::string& d) { return guarded([&] { return ag::zeros(to_shape(s), parse_dtype(d)); }); }));
  function("ones", optional_override([](const val& s, const std::string& d) { return guarded([&] { return ag::ones(to_shape(s), parse_dtype(d)); }); }));
  function("rand", optional_override([](const val& s, const std::string& d) { return guarded([&] { return ag::rand(to_shape(s), parse_dtype(d)); }); }));
  function("randn", optional_override([](const val& s, const std::string& d) { return guarded([&] { return ag::randn(to_shape(s), parse_dtype(d)); }); }));
#define AG_BINARY(js, fn) \
  function(js, optional_override([](const Tensor& a, const Tensor& b) { return guarded([&] { return ag::fn(a, b); }); }))
#define AG_SCALAR(js, fn) \
  function(js, optional_override([](const Tensor& a, double s) { return guarded([&] { return ag::fn(a, ag::Scalar(s)); }); }))
#define AG_UNARY(js, fn) \
  function(js, optional_override([](const Tensor& a) { return guarded([&] { return ag::fn(a); }); }))
  AG_BINARY("add", add);
  AG_BINARY("sub", sub);
  AG_BINARY("mul", mul);
  AG_BINARY("div", div);
  AG_BINARY("pow", pow);
  AG_BINARY("matmul", matmul);
  AG_BINARY("mm", mm);
  AG_BINARY("mv", mv);
  AG_BINARY("dot", dot);
  AG_SCALAR("addScalar", add);
  AG_SCALAR("subScalar", sub);
  AG_SCALAR("rsubScalar", rsub);
  AG_SCALAR("mulScalar", mul);
  AG_SCALAR("divScalar", div);
  AG_SCALAR("rdivScalar", rdiv);
  AG_SCALAR("powScalar", pow);
  AG_UNARY("neg", neg);
  AG_UNARY("exp", exp);
  AG_UNARY("log", log);
  AG_UNARY("sqrt", sqrt);
  AG_UNARY("sin", sin);
  AG_UNARY("cos", cos);
  AG_UNARY("tanh", tanh);
  AG_UNARY("sigmoid", sigmoid);
  AG_UNARY("relu", relu);
  AG_UNARY("abs", abs);
  AG_UNARY("clone", clone);
  AG_UNARY("t", t);
  AG_UNARY("sumAll", sum);
  AG_UNARY("meanAll", mean);
  AG_UNARY("prodAll", prod);
  AG_UNARY("maxAll", max);
  AG_UNARY("minAll", min);
  function("norm", optional_override([](const Tensor& a) { return guarded([&] { return ag::norm(a); }); }));
  function("sumDim", optional_override([](const Tensor& a, const val& dims, bool keep) { return guarded([&] { return ag::sum(a, to_shape(dims), keep); }); }));
  function("meanDim", optional_override([](const Tensor& a, const val& dims, bool keep) { return guarded([&] { return ag::mean(a, to_shape(dims), keep); }); }));
  function("view", optional_override([](const Tensor& a, const val& s) { return guarded([&] { return ag::view(a, to_shape(s)); }); }));
  function("reshape", optional_override([](const Tensor& a, const val& s) { return guarded([&] { return ag::reshape(a, to_shape(s)); }); }));
  function("permute", optional_override([](const Tensor& a, const val& s) { return guarded([&] { return ag::permute(a, to_shape(s)); }); }));
  function("expand", optional_override([](const Tensor& a, const val& s) { return guarded([&] { return ag::expand(a, to_shape(s)); }); }));
  function("transpose", optional_override([](const Tensor& a, double d0, double d1) { return guarded([&] { return ag::transpose(a, static_cast<int64_t>(d0), static_cast<int64_t>(d1)); }); }));
  function("unsqueeze", optional_override([](const Tensor& a, double d) { return guarded([&] { return ag::unsqueeze(a, static_cast<int64_t>(d)); }); }));
  function("squeeze", optional_override([](const Tensor& a) { return guarded([&] { return ag::squeeze(a); }); }));
  function("select", optional_override([](const Tensor& a, double d, double i) { return guarded([&] { return ag::index_int(a, static_cast<int64_t>(i), static_cast<int64_t>(d)); }); }));
  function("softmax", optional_override([](const Tensor& a, double d) { return guarded([&] { return ag::softmax(a, static_cast<int64_t>(d)); }); }));
  function("logSoftmax", optional_override([](const Tensor& a, double d) { return guarded([&] { return ag::log_softmax(a, static_cast<int64_t>(d)); }); }));
  function("mseLoss", optional_override([](const Tensor& a, const Tensor& b) { return guarded([&] { return ag::mse_loss(a, b); }); }));
  function("crossEntropy", optional_override([](const Tensor& a, const Tensor& b) { return guarded([&] { return ag::cross_entropy(a, b); }); }));
  function("stack", optional_override([](const val& list, double d) {
    return guarded([&] { return ag::stack(vecFromJSArray<Tensor>(list), static_cast<int64_t>(d)); });
  }));
  function("cat", optional_override([](const val& list, double d) {
    return guarded([&] { return ag::cat(vecFromJSArray<Tensor>(list), static_cast<int64_t>(d)); });
  }));
  function("grad", optional_override([](const val& outputs, const val& inputs, const val& grad_outputs, bool retain, bool create, bool allow_unused) {
    return guarded([&] {
      std::vector<Tensor> gs = ag::grad(vecFromJSArray<Tensor>(outputs), vecFromJSArray<Tensor>(inputs),
                                        vecFromJSArray<Tensor>(grad_outputs), retain, create, allow_unused);
      val out = val::array();
      for (size_t i = 0; i < gs.size(); ++i) out.set(i, gs[i].defined() ? val(gs[i]) : val::null());
      return out;
    });
  }));
  function("jacobianRows", optional_override([](const Tensor& output, const Tensor& input, bool batched) {
    return guarded([&] {
      auto rows = batched ? ag::jacobian_rows_batched(output, input) : ag::jacobian_rows(output, input);
      return rows_json(rows).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    });
  }));

  class_<ag::interp::Session>("Session")
      .constructor(optional_override([]() {
        auto* s = new ag::interp::Session();
        // Wasm frames run on V8's native stack, which the deepest path (__repr__ calling repr,
        // tests/js/deep-recursion-cells.mjs) fills at 400-500 Python frames in a Chromium worker
        // and ~800 in Node 20 (measured with native wasm exceptions); stop well before it with
        // Python's own RecursionError.
        s->set_recursion_limit(kWasmRecursionLimit);
        return s;
      }), allow_raw_pointers())
      .function("run", optional_override([](ag::interp::Session& s, const std::string& code, const std::string& filename) {
        return session_run(s, code, filename);
      }))
      .function("reset", &ag::interp::Session::reset)
      .function("setTimeLimit", &ag::interp::Session::set_time_limit)
      .function("setBackwardViews", &ag::interp::Session::set_backward_views)
      .function("setRecursionLimit", &ag::interp::Session::set_recursion_limit)
      .function("setOutputListener", optional_override([](ag::interp::Session& s, val listener, double interval) {
        if (listener.isNull() || listener.isUndefined()) return s.set_output_listener(nullptr);
        s.set_output_listener([listener](const std::string& out, const std::string& err) { listener(out, err); }, interval);
      }))
      .function("graph", optional_override([](ag::interp::Session& s, const std::string& e) { return session_graph(s, e); }))
      .function("jacobianRows", optional_override([](ag::interp::Session& s, const std::string& o, const std::string& i) {
        return session_jacobian_rows(s, o, i);
      }));
}
