// The native modules a cell can import: torch (with torch.autograd, torch.autograd.functional)
// and math. torch.nn and torch.optim are Python (engine/lib/python) over torch._C._nn
// (nn_functional.cpp). Everything else is ModuleNotFoundError.
#include <climits>
#include <cmath>

#include "autograd/anomaly_mode.h"
#include "autograd/grad_mode.h"
#include "ops/kernels.h"
#include "ops/raw.h"
#include "print/tensor_format.h"
#include "python/args.h"
#include "lib/native/autograd_function.h"
#include "python/interpreter.h"
#include "lib/native/numpy_bridge.h"
#include "lib/native/tensor_api.h"
#include "lib/native/tensor_index.h"
#include "lib/native/torch_random.h"
#include "libm/glibc_double.h"
#include "random/distributions.h"

namespace ag::interp {

namespace {

const BuiltinTypes& T() { return builtin_types(); }

std::shared_ptr<ModuleObj> add_module(Interpreter& in, const std::string& name) {
  auto m = std::make_shared<ModuleObj>(name);
  in.modules()[name] = Value(m);
  return m;
}

void finish_tensor(Interpreter& in, Tensor& t, ArgReader& r) {
  auto rg = r.keyword("requires_grad");
  r.keyword("device");
  r.keyword("pin_memory");
  r.keyword("layout");
  r.done();
  if (rg && in.truthy(*rg)) {
    if (!is_floating(t.dtype())) in.raise("RuntimeError", "Only Tensors of floating point and complex dtype can require gradients");
    t.set_requires_grad(true);
  }
}

// zeros/ones/empty/rand/randn(*size, dtype=None, requires_grad=False, generator=None)
NativeFn sized_factory(const char* name, Tensor (*make)(const Shape&, DType, Generator*)) {
  return [name, make](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    auto size = r.keyword("size");
    Generator* gen = generator_arg(in, r.keyword("generator"));
    r.keyword("out");
    Shape shape = size ? to_shape(in, *size) : shape_from(in, a, 0, name);
    Tensor t = make(shape, dtype.value_or(default_float_dtype()), gen);
    finish_tensor(in, t, r);
    return in.wrap(t);
  };
}

NativeFn like_factory(const char* name, Tensor (*make)(const Shape&, DType)) {
  return [name, make](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    Tensor src = in.to_tensor(r.required(0, "input"));
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    Tensor t = make(src.shape(), dtype.value_or(src.dtype()));
    finish_tensor(in, t, r);
    return in.wrap(t);
  };
}

NativeFn legacy_constructor(const char* name, DType dtype) {
  return [name, dtype](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    r.keyword("device");
    r.done();
    if (a.size() == 1 && !a[0].is_int()) {
      if (auto* t = a[0].as<TensorObj>()) return in.wrap(to_dtype(t->tensor, dtype));
      return in.wrap(tensor_from_data(in, a[0], dtype));
    }
    return in.wrap(zeros(shape_from(in, a, 0, name), dtype));
  };
}

Value grad_mode_object(bool enabled, const char* name) {
  return Value(std::make_shared<GradModeObj>(enabled, name));
}

Value autograd_grad(Interpreter& in, Args& a, Kwargs& k) {
  ArgReader r(in, "grad", a, k);
  Value outputs = r.required(0, "outputs");
  Value inputs = r.required(1, "inputs");
  auto grad_outputs = r.get(2, "grad_outputs");
  auto retain = r.get(3, "retain_graph");
  auto create = r.get(4, "create_graph");
  r.get(5, "only_inputs");
  auto allow_unused = r.get(6, "allow_unused");
  r.keyword("is_grads_batched");
  r.done();
  auto tensors = [&](const Value& v, const char* what) {
    std::vector<Tensor> out;
    if (v.as<TensorObj>()) out.push_back(v.as<TensorObj>()->tensor);
    else for (const Value& x : in.iterate(v)) out.push_back(x.is_none() ? Tensor() : in.to_tensor(x, what));
    return out;
  };
  std::vector<Tensor> outs = tensors(outputs, "outputs");
  std::vector<Tensor> ins = tensors(inputs, "inputs");
  std::vector<Tensor> seeds;
  if (grad_outputs && !grad_outputs->is_none()) seeds = tensors(*grad_outputs, "grad_outputs");
  std::optional<bool> keep;
  if (retain && !retain->is_none()) keep = in.truthy(*retain);
  std::vector<Tensor> gs = grad(outs, ins, seeds, keep, create && in.truthy(*create), allow_unused && in.truthy(*allow_unused));
  std::vector<Value> result;
  for (const Tensor& g : gs) result.push_back(in.wrap(g));
  return make_tuple(result);
}

Value math_fn(Interpreter& in, Args& a, double (*f)(double), const char* name) {
  if (a.size() != 1) in.raise("TypeError", std::string("math.") + name + "() takes exactly one argument (" + std::to_string(a.size()) + " given)");
  return Value::number(f(to_float(in, a[0])));
}

}  // namespace

void install_modules(Interpreter& interp) {
  auto torch = add_module(interp, "torch");
  AttrMap& t = torch->attrs;
  // Tensor functions are torch functions too: torch.sum(x, dim=1) == x.sum(dim=1).
  for (const auto& [name, fn] : tensor_functions()) t[name] = make_native(name, fn);
  // torch.exp_(x), torch.floor_(x), ...: the in-place methods, as torch functions.
  for (const char* base : inplace_bases()) {
    const std::string name = std::string(base) + "_";
    if (name == "pow_" || name == "square_") continue;  // methods only in PyTorch
    t[name] = make_native(name, tensor_methods().at(name));
  }
  t["tensor"] = make_native("tensor", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "tensor", a, k);
    Value data = r.required(0, "data");
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    Tensor result;
    if (auto shared = ndarray_tensor(in, data, true)) {  // torch.tensor(ndarray) copies it
      result = clone(*shared);
      if (dtype) result = to_dtype(result, *dtype);
    } else if (auto* src = data.as<TensorObj>()) {
      in.write_error("UserWarning: To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach() "
                     "or sourceTensor.clone().detach().requires_grad_(True), rather than torch.tensor(sourceTensor).\n");
      result = clone(src->tensor.detach());
      if (dtype) result = to_dtype(result, *dtype);
    } else {
      result = tensor_from_data(in, data, dtype);
    }
    finish_tensor(in, result, r);
    return in.wrap(result);
  });
  // torch.as_tensor(ndarray) and torch.from_numpy(ndarray) share the array's memory.
  t["as_tensor"] = make_native("as_tensor", [](Interpreter& in, Args& a, Kwargs& k) {
    if (!a.empty()) {
      if (auto shared = ndarray_tensor(in, a[0], true)) {
        ArgReader r(in, "as_tensor", a, k);
        r.required(0, "data");
        auto dtype = optional_dtype(in, r.keyword("dtype"));
        r.keyword("device");
        r.done();
        return in.wrap(dtype && *dtype != shared->dtype() ? to_dtype(*shared, *dtype) : shared->detach());
      }
    }
    return in.call(in.get_attr(in.modules().at("torch"), "tensor"), a, k);
  });
  t["from_numpy"] = make_native("from_numpy", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "from_numpy", a, k);
    Value array = r.required(0, "ndarray");
    r.done();
    auto shared = ndarray_tensor(in, array);
    if (!shared) in.raise("TypeError", "expected np.ndarray (got " + in.type_of(array)->name + ")");
    return in.wrap(shared->detach());
  });
  t["zeros"] = make_native("zeros", sized_factory("zeros", [](const Shape& s, DType d, Generator*) { return zeros(s, d); }));
  t["ones"] = make_native("ones", sized_factory("ones", [](const Shape& s, DType d, Generator*) { return ones(s, d); }));
  t["empty"] = make_native("empty", sized_factory("empty", [](const Shape& s, DType d, Generator*) { return empty(s, d); }));
  t["rand"] = make_native("rand", sized_factory("rand", [](const Shape& s, DType d, Generator* g) { return rand(s, d, g); }));
  t["randn"] = make_native("randn", sized_factory("randn", [](const Shape& s, DType d, Generator* g) { return randn(s, d, g); }));
  t["zeros_like"] = make_native("zeros_like", like_factory("zeros_like", [](const Shape& s, DType d) { return zeros(s, d); }));
  t["ones_like"] = make_native("ones_like", like_factory("ones_like", [](const Shape& s, DType d) { return ones(s, d); }));
  t["empty_like"] = make_native("empty_like", like_factory("empty_like", [](const Shape& s, DType d) { return empty(s, d); }));
  t["rand_like"] = make_native("rand_like", like_factory("rand_like", [](const Shape& s, DType d) { return rand(s, d); }));
  t["randn_like"] = make_native("randn_like", like_factory("randn_like", [](const Shape& s, DType d) { return randn(s, d); }));
  // torch.normal's four overloads as native/DistributionTemplates.h:normal_out_impl computes them:
  // floats and a size fill empty(size).normal_(mean, std); with tensors, z = normal_(0, .) on the
  // output, then separate in-place multiply and add (not fused), in the output's dtype.
  t["normal"] = make_native("normal", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "normal", a, k);
    const Value mean_v = r.required(0, "mean");
    auto std_v = r.get(1, "std");
    auto size_v = r.get(2, "size");
    Generator* gen = generator_arg(in, r.keyword("generator"));
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    const TensorObj* mean_t = mean_v.as<TensorObj>();
    const TensorObj* std_t = std_v ? std_v->as<TensorObj>() : nullptr;
    Tensor out;
    {
      NoGradGuard no_grad;
      if (std_t && std_t->tensor.numel() > 0 && !(min(std_t->tensor.detach()).to_doubles()[0] >= 0)) {
        runtime_error("normal expects all elements of std >= 0.0");
      }
      const auto in_place = [](Tensor& target, const Tensor& result) { raw::copy_into(target, result); };
      if (!mean_t && !std_t) {
        if (!size_v) {
          std::string got = in.type_of(mean_v)->name + (std_v ? ", " + in.type_of(*std_v)->name : "");
          in.raise("TypeError",
                   "normal() received an invalid combination of arguments - got (" + got + "), but expected one of:\n"
                   " * (Tensor mean, Tensor std, *, torch.Generator generator, Tensor out)\n"
                   " * (Tensor mean, float std, *, torch.Generator generator, Tensor out)\n"
                   " * (float mean, Tensor std, *, torch.Generator generator, Tensor out)\n"
                   " * (float mean, float std, tuple of ints size, *, torch.Generator generator, Tensor out, "
                   "torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n");
        }
        out = empty(to_shape(in, *size_v), dtype.value_or(default_float_dtype()));
        normal_(out, to_float(in, mean_v), std_v ? to_float(in, *std_v) : 1.0, gen);
      } else if (mean_t && std_t) {
        out = empty(kernels::broadcast_shapes(mean_t->tensor.shape(), std_t->tensor.shape()), mean_t->tensor.dtype());
        normal_(out, 0.0, 1.0, gen);
        in_place(out, mul(out, std_t->tensor));
        in_place(out, add(out, mean_t->tensor));
      } else if (mean_t) {
        out = empty(mean_t->tensor.shape(), mean_t->tensor.dtype());
        normal_(out, 0.0, std_v ? to_float(in, *std_v) : 1.0, gen);
        in_place(out, add(out, mean_t->tensor));
      } else {
        out = empty(std_t->tensor.shape(), std_t->tensor.dtype());
        normal_(out, 0.0, 1.0, gen);
        in_place(out, mul(out, std_t->tensor));
        in_place(out, add(out, full({}, Scalar(to_float(in, mean_v)), out.dtype())));
      }
    }
    record_normal(out, mean_t ? mean_t->tensor : Tensor(), std_t ? std_t->tensor : Tensor());
    finish_tensor(in, out, r);
    return in.wrap(out);
  });
  // torch.randint_like(input, high) or (input, low, high): PyTorch's empty_like(input).random_(low, high).
  t["randint_like"] = make_native("randint_like", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "randint_like", a, k);
    Tensor src = in.to_tensor(r.required(0, "input"));
    auto first = r.get(1, "low"), second = r.get(2, "high");
    if (!first && !second) in.raise("TypeError", "randint_like() missing 1 required positional arguments: \"high\"");
    const int64_t low = first && second ? to_int(in, *first) : 0;
    const int64_t high = to_int(in, second ? *second : *first);
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    Tensor t = empty(src.shape(), dtype.value_or(src.dtype()));
    random_(t, low, high, false, nullptr);
    finish_tensor(in, t, r);
    return in.wrap(t);
  });
  t["full"] = make_native("full", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "full", a, k);
    Shape shape = to_shape(in, r.required(0, "size"));
    Scalar value = to_scalar(in, r.required(1, "fill_value"));
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    Tensor out = full(shape, value, dtype);
    finish_tensor(in, out, r);
    return in.wrap(out);
  });
  t["full_like"] = make_native("full_like", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "full_like", a, k);
    Tensor src = in.to_tensor(r.required(0, "input"));
    Scalar value = to_scalar(in, r.required(1, "fill_value"));
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    Tensor out = full_like(src, value, dtype);
    finish_tensor(in, out, r);
    return in.wrap(out);
  });
  t["eye"] = make_native("eye", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "eye", a, k);
    int64_t n = to_int(in, r.required(0, "n"));
    auto m = r.get(1, "m");
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    std::optional<int64_t> cols;
    if (m && !m->is_none()) cols = to_int(in, *m);
    Tensor out = eye(n, cols, dtype.value_or(default_float_dtype()));
    finish_tensor(in, out, r);
    return in.wrap(out);
  });
  t["arange"] = make_native("arange", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "arange", a, k);
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    auto start_kw = r.keyword("start");
    auto end_kw = r.keyword("end");
    auto step_kw = r.keyword("step");
    Scalar start(int64_t{0}), end(int64_t{0}), step(int64_t{1});
    if (a.size() == 1) {
      end = to_scalar(in, a[0]);
    } else if (a.size() >= 2) {
      start = to_scalar(in, a[0]);
      end = to_scalar(in, a[1]);
      if (a.size() > 2) step = to_scalar(in, a[2]);
    }
    if (start_kw) start = to_scalar(in, *start_kw);
    if (end_kw) end = to_scalar(in, *end_kw);
    if (step_kw) step = to_scalar(in, *step_kw);
    Tensor out = arange(start, end, step, dtype);
    finish_tensor(in, out, r);
    return in.wrap(out);
  });
  t["linspace"] = make_native("linspace", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "linspace", a, k);
    double start = to_float(in, r.required(0, "start"));
    double end = to_float(in, r.required(1, "end"));
    int64_t steps = to_int(in, r.required(2, "steps"));
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    Tensor out = linspace(start, end, steps, dtype.value_or(default_float_dtype()));
    finish_tensor(in, out, r);
    return in.wrap(out);
  });
  t["randint"] = make_native("randint", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "randint", a, k);
    // randint(high, size) / randint(low, high, size), each also by keyword (high=, low=, size=).
    std::vector<Value> bounds(a.begin(), a.end());
    auto low_kw = r.keyword("low"), high_kw = r.keyword("high"), size_kw = r.keyword("size");
    std::optional<Value> size = size_kw;
    if (!size && !bounds.empty()) {
      size = bounds.back();
      bounds.pop_back();
    }
    if (high_kw) bounds.push_back(*high_kw);
    if (low_kw) bounds.insert(bounds.begin(), *low_kw);
    if (!size || bounds.empty() || bounds.size() > 2) {
      in.raise("TypeError", "randint() received an invalid combination of arguments: expected (int high, tuple of ints size) "
                            "or (int low, int high, tuple of ints size)");
    }
    const int64_t low = bounds.size() == 2 ? to_int(in, bounds[0]) : 0;
    const int64_t high = to_int(in, bounds.back());
    const Shape shape = to_shape(in, *size);
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    Generator* gen = generator_arg(in, r.keyword("generator"));
    Tensor out = randint(low, high, shape, gen);
    if (dtype) out = to_dtype(out, *dtype);
    finish_tensor(in, out, r);
    return in.wrap(out);
  });
  install_torch_random(interp, t);
  add_forward_ad_functions(t);
  add_saved_tensors_hooks_functions(t);
  add_linalg_natives(t);
  add_torch_functions(t);
  // torch.set_printoptions, as _tensor_str.py does it: a profile first, then each given option;
  // sci_mode is always replaced (None restores the automatic choice).
  t["set_printoptions"] = make_native("set_printoptions", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "set_printoptions", a, k);
    auto precision = r.get(0, "precision"), threshold = r.get(1, "threshold"), edgeitems = r.get(2, "edgeitems");
    auto linewidth = r.get(3, "linewidth"), profile = r.get(4, "profile"), sci_mode = r.get(5, "sci_mode");
    r.done();
    PrintOptions& o = print_options();
    auto given = [](const std::optional<Value>& v) { return v && !v->is_none(); };
    if (given(profile)) {
      const std::string p = in.str(*profile);
      if (p == "default") o = PrintOptions{};
      if (p == "short") o.precision = 2, o.threshold = 1000, o.edgeitems = 2, o.linewidth = 80;
      if (p == "full") o.precision = 4, o.threshold = INT64_MAX, o.edgeitems = 3, o.linewidth = 80;
    }
    auto count = [&in](const Value& v) {  // threshold=float('inf') is common
      if (v.is_float() && std::isinf(v.as_float())) return v.as_float() > 0 ? INT64_MAX : INT64_MIN;
      return to_int(in, v);
    };
    if (given(precision)) o.precision = static_cast<int>(to_int(in, *precision));
    if (given(threshold)) o.threshold = count(*threshold);
    if (given(edgeitems)) o.edgeitems = to_int(in, *edgeitems);
    if (given(linewidth)) o.linewidth = to_int(in, *linewidth);
    o.sci_mode = given(sci_mode) ? std::optional<bool>(in.truthy(*sci_mode)) : std::nullopt;
    return none();
  });
  t["promote_types"] = make_native("promote_types", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "promote_types", a, k);
    auto first = optional_dtype(in, r.required(0, "type1"));
    auto second = optional_dtype(in, r.required(1, "type2"));
    r.done();
    return in.dtype_value(promote_types(*first, *second));
  });
  // torch.manual_seed returns the default generator.
  t["manual_seed"] = make_native("manual_seed", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "manual_seed", a, k);
    int64_t seed = to_int(in, r.required(0, "seed"));
    r.done();
    manual_seed(static_cast<uint64_t>(seed));
    return default_generator_value();
  });
  t["initial_seed"] = make_native("initial_seed", [](Interpreter&, Args&, Kwargs&) {
    return Value::integer(static_cast<int64_t>(default_generator().initial_seed()));
  });
  t["stack"] = make_native("stack", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "stack", a, k);
    Value seq = r.required(0, "tensors");
    auto dim = r.get(1, "dim");
    r.done();
    std::vector<Tensor> ts;
    for (const Value& v : in.iterate(seq)) ts.push_back(in.to_tensor(v, "expected Tensor as element"));
    return in.wrap(stack(ts, dim ? to_int(in, *dim) : 0));
  });
  t["cat"] = make_native("cat", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "cat", a, k);
    Value seq = r.required(0, "tensors");
    auto dim = r.get(1, "dim");
    if (!dim) dim = r.keyword("axis");  // numpy's name, which torch.cat accepts too
    r.done();
    std::vector<Tensor> ts;
    for (const Value& v : in.iterate(seq)) ts.push_back(in.to_tensor(v, "expected Tensor as element"));
    return in.wrap(cat(ts, dim ? to_int(in, *dim) : 0));
  });
  t["concat"] = t["concatenate"] = t["cat"];
  t["is_tensor"] = make_native("is_tensor", [](Interpreter&, Args& a, Kwargs&) {
    return Value::boolean(a.at(0).as<TensorObj>() != nullptr);
  });
  t["no_grad"] = make_native("no_grad", [](Interpreter&, Args&, Kwargs&) { return grad_mode_object(false, "no_grad"); });
  t["enable_grad"] = make_native("enable_grad", [](Interpreter&, Args&, Kwargs&) { return grad_mode_object(true, "enable_grad"); });
  t["set_grad_enabled"] = make_native("set_grad_enabled", [](Interpreter& in, Args& a, Kwargs&) {
    // Takes effect at once (the function form) and restores on exit (the context-manager form).
    const bool enabled = in.truthy(a.at(0));
    GradMode::set_enabled(enabled);
    return grad_mode_object(enabled, "set_grad_enabled");
  });
  // torch.inference_mode is Python (lib/python/torch/autograd/inference_mode.py) over these two.
  t["is_inference_mode_enabled"] = make_native("is_inference_mode_enabled", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader(in, "is_inference_mode_enabled", a, k).done();
    return Value::boolean(InferenceMode::is_enabled());
  });
  // _set_inference_mode(enabled): inference mode on (grad mode off) or off (grad mode on), as
  // c10::InferenceMode's guard sets them; returns the previous (inference, grad) pair.
  t["_set_inference_mode"] = make_native("_set_inference_mode", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "_set_inference_mode", a, k);
    const bool enabled = in.truthy(r.required(0, "enabled"));
    auto grad = r.get(1, "grad_enabled");
    r.done();
    Value previous = make_tuple({Value::boolean(InferenceMode::is_enabled()), Value::boolean(GradMode::is_enabled())});
    InferenceMode::set_enabled(enabled);
    GradMode::set_enabled(grad && !grad->is_none() ? in.truthy(*grad) : !enabled);
    return previous;
  });
  // Anomaly mode's switches; detect_anomaly/set_detect_anomaly are Python (autograd/anomaly_mode.py).
  t["is_anomaly_enabled"] = make_native("is_anomaly_enabled", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader(in, "is_anomaly_enabled", a, k).done();
    return Value::boolean(AnomalyMode::is_enabled());
  });
  t["is_anomaly_check_nan_enabled"] = make_native("is_anomaly_check_nan_enabled", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader(in, "is_anomaly_check_nan_enabled", a, k).done();
    return Value::boolean(AnomalyMode::should_check_nan());
  });
  t["_set_anomaly_enabled"] = make_native("_set_anomaly_enabled", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "_set_anomaly_enabled", a, k);
    const bool enabled = in.truthy(r.required(0, "enabled"));
    auto check_nan = r.get(1, "check_nan");
    r.done();
    AnomalyMode::set_enabled(enabled, !check_nan || in.truthy(*check_nan));
    return none();
  });
  t["is_grad_enabled"] = make_native("is_grad_enabled", [](Interpreter&, Args&, Kwargs&) {
    return Value::boolean(GradMode::is_enabled());
  });
  t["Tensor"] = Value(T().tensor);
  T().tensor->attrs["__new_native__"] = make_native("Tensor", [](Interpreter& in, Args& a, Kwargs& k) {
    a.erase(a.begin());
    return legacy_constructor("Tensor", default_float_dtype())(in, a, k);
  });
  t["FloatTensor"] = make_native("FloatTensor", legacy_constructor("FloatTensor", DType::Float32));
  t["DoubleTensor"] = make_native("DoubleTensor", legacy_constructor("DoubleTensor", DType::Float64));
  t["LongTensor"] = make_native("LongTensor", legacy_constructor("LongTensor", DType::Int64));
  t["BoolTensor"] = make_native("BoolTensor", legacy_constructor("BoolTensor", DType::Bool));
  t["IntTensor"] = make_native("IntTensor", legacy_constructor("IntTensor", DType::Int32));
  t["ShortTensor"] = make_native("ShortTensor", legacy_constructor("ShortTensor", DType::Int16));
  t["CharTensor"] = make_native("CharTensor", legacy_constructor("CharTensor", DType::Int8));
  t["ByteTensor"] = make_native("ByteTensor", legacy_constructor("ByteTensor", DType::UInt8));
  t["HalfTensor"] = make_native("HalfTensor", legacy_constructor("HalfTensor", DType::Float16));
  t["BFloat16Tensor"] = make_native("BFloat16Tensor", legacy_constructor("BFloat16Tensor", DType::BFloat16));
  // ATen's tensor-by-double arithmetic (MulBackward1, DivBackward1), for the composites of torch/_refs.py.
  t["_mul_scalar"] = make_native("_mul_scalar", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(mul_scalar(in.to_tensor(a.at(0)), to_scalar(in, a.at(1))));
  });
  t["_div_scalar"] = make_native("_div_scalar", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(div_scalar(in.to_tensor(a.at(0)), to_scalar(in, a.at(1))));
  });
  // torch.set_default_dtype / get_default_dtype / set_default_tensor_type: the dtype of Python
  // floats and new float tensors (torch.Tensor(...) included).
  t["get_default_dtype"] = make_native("get_default_dtype", [](Interpreter& in, Args&, Kwargs&) {
    return in.dtype_value(default_float_dtype());
  });
  t["set_default_dtype"] = make_native("set_default_dtype", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "set_default_dtype", a, k);
    Value d = r.required(0, "d");
    r.done();
    const auto* dtype = d.as<DtypeObj>();
    if (!dtype) in.raise("TypeError", "invalid dtype object: only floating-point types are supported as the default type");
    if (!is_floating(dtype->dtype)) in.raise("TypeError", "only floating-point types are supported as the default type");
    set_default_float_dtype(dtype->dtype);
    return none();
  });
  const Value float_tensor = t["FloatTensor"], double_tensor = t["DoubleTensor"];
  const Value long_tensor = t["LongTensor"], bool_tensor = t["BoolTensor"];
  t["set_default_tensor_type"] = make_native("set_default_tensor_type", [=](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "set_default_tensor_type", a, k);
    Value type = r.required(0, "t");
    r.done();
    std::string name;
    if (const auto* str = type.as<StrObj>()) {
      name = str->value;
      if (name.rfind("torch.", 0) == 0) name = name.substr(6);
      if (name != "FloatTensor" && name != "DoubleTensor" && name != "LongTensor" && name != "BoolTensor") {
        in.raise("AttributeError", "module 'torch' has no attribute '" + name + "'");
      }
    } else if (type.obj() == float_tensor.obj()) {
      name = "FloatTensor";
    } else if (type.obj() == double_tensor.obj()) {
      name = "DoubleTensor";
    } else if (type.obj() != long_tensor.obj() && type.obj() != bool_tensor.obj()) {
      in.raise("TypeError", "invalid type object: only floating-point types are supported as the default type");
    }
    if (name != "FloatTensor" && name != "DoubleTensor") {
      in.raise("TypeError", "only floating-point types are supported as the default type");
    }
    set_default_float_dtype(name == "FloatTensor" ? DType::Float32 : DType::Float64);
    return none();
  });
  t["Size"] = Value(T().size);
  T().size->attrs["__new_native__"] = make_native("Size", [](Interpreter& in, Args& a, Kwargs&) {
    return make_size(a.size() > 1 ? to_shape(in, a[1]) : Shape{});
  });
  t["float"] = t["float32"] = interp.dtype_value(DType::Float32);
  t["double"] = t["float64"] = interp.dtype_value(DType::Float64);
  t["long"] = t["int64"] = interp.dtype_value(DType::Int64);
  t["bool"] = interp.dtype_value(DType::Bool);
  t["int"] = t["int32"] = interp.dtype_value(DType::Int32);
  t["short"] = t["int16"] = interp.dtype_value(DType::Int16);
  t["int8"] = interp.dtype_value(DType::Int8);
  t["uint8"] = interp.dtype_value(DType::UInt8);
  t["half"] = t["float16"] = interp.dtype_value(DType::Float16);
  t["bfloat16"] = interp.dtype_value(DType::BFloat16);
  t["dtype"] = Value(T().dtype);
  t["device"] = make_native("device", [](Interpreter&, Args&, Kwargs&) { return Value(std::make_shared<DeviceObj>()); });
  t["numel"] = make_native("numel", [](Interpreter& in, Args& a, Kwargs&) {
    return Value::integer(in.to_tensor(a.at(0)).numel());
  });
  t["pi"] = Value::number(M_PI);

  auto cuda = add_module(interp, "torch.cuda");
  cuda->attrs["is_available"] = make_native("is_available", [](Interpreter&, Args&, Kwargs&) { return Value::boolean(false); });
  cuda->attrs["device_count"] = make_native("device_count", [](Interpreter&, Args&, Kwargs&) { return Value::integer(0); });
  t["cuda"] = interp.modules()["torch.cuda"];

  auto autograd = add_module(interp, "torch.autograd");
  autograd->attrs["grad"] = make_native("grad", autograd_grad);
  autograd->attrs["backward"] = make_native("backward", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "backward", a, k);
    Value tensors = r.required(0, "tensors");
    auto grads = r.get(1, "grad_tensors");
    auto retain = r.get(2, "retain_graph");
    auto create = r.get(3, "create_graph");
    r.keyword("inputs");
    r.done();
    std::vector<Tensor> roots, seeds;
    if (tensors.as<TensorObj>()) roots.push_back(tensors.as<TensorObj>()->tensor);
    else for (const Value& v : in.iterate(tensors)) roots.push_back(in.to_tensor(v));
    if (grads && !grads->is_none()) {
      if (grads->as<TensorObj>()) seeds.push_back(grads->as<TensorObj>()->tensor);
      else for (const Value& v : in.iterate(*grads)) seeds.push_back(v.is_none() ? Tensor() : in.to_tensor(v));
    }
    std::optional<bool> keep;
    if (retain && !retain->is_none()) keep = in.truthy(*retain);
    run_backward(in, roots, seeds, keep, create && in.truthy(*create));
    return none();
  });
  autograd->attrs["Variable"] = make_native("Variable", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "Variable", a, k);
    Value data = r.required(0, "data");
    auto rg = r.get(1, "requires_grad");
    r.keyword("volatile");
    r.done();
    Tensor src = in.to_tensor(data, "Variable data");
    // Variable(t) returns a tensor sharing t's data (PyTorch 1.13: a no-op wrapper).
    Tensor out = src.is_leaf() ? src : src.detach();
    if (rg && in.truthy(*rg)) {
      if (!is_floating(out.dtype())) in.raise("RuntimeError", "Only Tensors of floating point and complex dtype can require gradients");
      out.set_requires_grad(true);
    }
    return in.wrap(out);
  });
  T().autograd_function->attrs["apply"] = Value(std::make_shared<ClassMethodObj>(make_native("apply", autograd_function_apply)));
  autograd->attrs["Function"] = Value(T().autograd_function);
  autograd->attrs["_FunctionCtx"] = Value(T().function_ctx);  // for torch.autograd.function
  auto grad_mode = add_module(interp, "torch.autograd.grad_mode");
  grad_mode->attrs["no_grad"] = t["no_grad"];
  torch->lazy_attrs["inference_mode"] = {"torch.autograd.inference_mode", "inference_mode"};
  torch->lazy_attrs["finfo"] = {"torch._type_info", "finfo"};
  for (const char* name : python_defined_functions()) torch->lazy_attrs[name] = {"torch._refs", name};
  torch->lazy_attrs["iinfo"] = {"torch._type_info", "iinfo"};
  torch->lazy_attrs["get_rng_state"] = {"torch.random", "get_rng_state"};
  torch->lazy_attrs["set_rng_state"] = {"torch.random", "set_rng_state"};
  grad_mode->lazy_attrs["inference_mode"] = {"torch.autograd.inference_mode", "inference_mode"};
  grad_mode->attrs["enable_grad"] = t["enable_grad"];
  autograd->attrs["no_grad"] = t["no_grad"];
  auto* autograd_module = interp.modules()["torch.autograd"].as<ModuleObj>();
  autograd_module->lazy_attrs["detect_anomaly"] = {"torch.autograd.anomaly_mode", "detect_anomaly"};
  autograd_module->lazy_attrs["set_detect_anomaly"] = {"torch.autograd.anomaly_mode", "set_detect_anomaly"};
  autograd_module->lazy_attrs["gradcheck"] = {"torch.autograd.gradcheck", "gradcheck"};
  autograd_module->lazy_attrs["gradgradcheck"] = {"torch.autograd.gradcheck", "gradgradcheck"};
  t["autograd"] = interp.modules()["torch.autograd"];

  // torch.return_types: calling a class with a (values, indices) pair makes one.
  auto return_types = add_module(interp, "torch.return_types");
  for (const char* name : {"sort", "topk", "kthvalue", "median", "nanmedian", "mode", "cummax", "cummin", "max", "min"}) {
    const std::string n = name;
    return_types->attrs[name] = make_native(name, [n](Interpreter& in, Args& a, Kwargs&) {
      std::vector<Value> items = in.iterate(a.at(0));
      if (items.size() != 2) in.raise("TypeError", "torch.return_types." + n + " takes a 2-sequence (" + std::to_string(items.size()) + "-sequence given)");
      auto t = std::make_shared<TupleObj>(std::move(items), return_type(n));
      t->field_names = {"values", "indices"};
      return Value(t);
    });
  }
  t["return_types"] = interp.modules()["torch.return_types"];

  // torch.special: the same functions under scipy's names.
  auto special = add_module(interp, "torch.special");
  for (const auto& [alias, name] : std::initializer_list<std::pair<const char*, const char*>>{
           {"expit", "sigmoid"}, {"erf", "erf"}, {"erfc", "erfc"}, {"erfinv", "erfinv"}, {"logit", "logit"},
           {"expm1", "expm1"}, {"exp2", "exp2"}, {"log1p", "log1p"}, {"round", "round"}}) {
    special->attrs[alias] = make_native(alias, tensor_functions().at(name));
  }
  t["special"] = interp.modules()["torch.special"];

  // torch.typename(obj): a tensor's legacy type name ('torch.FloatTensor'), else module.Class.
  t["typename"] = make_native("typename", [](Interpreter& in, Args& a, Kwargs&) {
    if (a.at(0).as<TensorObj>()) return in.call(in.get_attr(a[0], "type"), {});
    return make_str(in.type_of(a[0])->qualified_name());
  });
  install_nn_natives(interp);
  install_warnings(interp);
  install_random(interp);
  install_numpy_natives(interp);
  install_time(interp);
  install_display(interp);
  install_collections(interp);

  auto math = add_module(interp, "math");
  AttrMap& m = math->attrs;
  m["pi"] = Value::number(M_PI);
  m["e"] = Value::number(M_E);
  m["tau"] = Value::number(2 * M_PI);
  m["inf"] = Value::number(INFINITY);
  m["nan"] = Value::number(NAN);
  m["sqrt"] = make_native("sqrt", [](Interpreter& in, Args& a, Kwargs&) {
    const double x = to_float(in, a.at(0));
    if (x < 0) in.raise("ValueError", "math domain error");
    return Value::number(std::sqrt(x));
  });
  m["exp"] = make_native("exp", [](Interpreter& in, Args& a, Kwargs&) { return math_fn(in, a, glibc::exp, "exp"); });
  m["log"] = make_native("log", [](Interpreter& in, Args& a, Kwargs&) {
    const double x = to_float(in, a.at(0));
    if (x <= 0) in.raise("ValueError", "math domain error");
    if (a.size() > 1) return Value::number(glibc::log(x) / glibc::log(to_float(in, a[1])));
    return Value::number(glibc::log(x));
  });
  m["log2"] = make_native("log2", [](Interpreter& in, Args& a, Kwargs&) { return math_fn(in, a, std::log2, "log2"); });
  m["log10"] = make_native("log10", [](Interpreter& in, Args& a, Kwargs&) { return math_fn(in, a, std::log10, "log10"); });
  m["sin"] = make_native("sin", [](Interpreter& in, Args& a, Kwargs&) { return math_fn(in, a, glibc::sin, "sin"); });
  m["cos"] = make_native("cos", [](Interpreter& in, Args& a, Kwargs&) { return math_fn(in, a, glibc::cos, "cos"); });
  m["tan"] = make_native("tan", [](Interpreter& in, Args& a, Kwargs&) { return math_fn(in, a, glibc::tan, "tan"); });
  m["tanh"] = make_native("tanh", [](Interpreter& in, Args& a, Kwargs&) { return math_fn(in, a, std::tanh, "tanh"); });
  m["fabs"] = make_native("fabs", [](Interpreter& in, Args& a, Kwargs&) { return math_fn(in, a, std::fabs, "fabs"); });
  m["floor"] = make_native("floor", [](Interpreter& in, Args& a, Kwargs&) {
    return Value::integer(int_from_float(in, std::floor(to_float(in, a.at(0)))));
  });
  m["ceil"] = make_native("ceil", [](Interpreter& in, Args& a, Kwargs&) {
    return Value::integer(int_from_float(in, std::ceil(to_float(in, a.at(0)))));
  });
  m["pow"] = make_native("pow", [](Interpreter& in, Args& a, Kwargs&) {
    return Value::number(std::pow(to_float(in, a.at(0)), to_float(in, a.at(1))));
  });
  m["isnan"] = make_native("isnan", [](Interpreter& in, Args& a, Kwargs&) { return Value::boolean(std::isnan(to_float(in, a.at(0)))); });
  m["isinf"] = make_native("isinf", [](Interpreter& in, Args& a, Kwargs&) { return Value::boolean(std::isinf(to_float(in, a.at(0)))); });
  m["isfinite"] = make_native("isfinite", [](Interpreter& in, Args& a, Kwargs&) { return Value::boolean(std::isfinite(to_float(in, a.at(0)))); });
  m["isclose"] = make_native("isclose", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "isclose", a, k);
    const double x = to_float(in, r.required(0, "a")), y = to_float(in, r.required(1, "b"));
    auto rt = r.keyword("rel_tol");
    auto at = r.keyword("abs_tol");
    r.done();
    const double rel = rt ? to_float(in, *rt) : 1e-9, abs_tol = at ? to_float(in, *at) : 0.0;
    return Value::boolean(x == y || std::fabs(x - y) <= std::max(rel * std::max(std::fabs(x), std::fabs(y)), abs_tol));
  });
}

}  // namespace ag::interp
