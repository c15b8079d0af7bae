#include "lib/native/tensor_api.h"

#include <cmath>
#include <unordered_set>

#include "python/args.h"
#include "lib/native/autograd_function.h"
#include "lib/native/torch_random.h"
#include "lib/native/numpy_bridge.h"
#include "lib/native/tensor_index.h"

namespace ag::interp {

Tensor self_of(ArgReader& r) { return r.in().to_tensor(r.required(0, "input"), "input"); }

Tensor other_tensor(Interpreter& in, const Value& v) {
  if (auto* t = v.as<TensorObj>()) return t->tensor;
  if (v.is_number()) return Tensor::wrap_scalar(to_scalar(in, v));
  in.raise("TypeError", "expected Tensor as element, but got " + in.type_of(v)->name);
}

NativeFn unary_fn(const char* name, Tensor (*f)(const Tensor&)) {
  return [name, f](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    Tensor t = self_of(r);
    r.done();
    return in.wrap(f(t));
  };
}

NativeFn binary_fn(const char* name, Tensor (*f)(const Tensor&, const Tensor&)) {
  return [name, f](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    Tensor t = self_of(r);
    Tensor o = other_tensor(in, r.required(1, "other"));
    r.done();
    return in.wrap(f(t, o));
  };
}

namespace {

std::optional<int64_t> optional_int(Interpreter& in, const std::optional<Value>& v) {
  if (!v || v->is_none()) return std::nullopt;
  return to_int(in, *v);
}

Shape dims_of(Interpreter& in, const Value& v) {
  if (v.is_int() || v.is_bool()) return Shape{v.as_int()};
  return to_shape(in, v);
}

bool bool_arg(Interpreter& in, const std::optional<Value>& v, bool fallback) {
  return v ? in.truthy(*v) : fallback;
}

Value return_types(Interpreter& in, ClassObj* cls, const Tensor& values, const Tensor& indices) {
  auto t = std::make_shared<TupleObj>(std::vector<Value>{in.wrap(values), in.wrap(indices)}, cls);
  t->field_names = {"values", "indices"};
  return Value(t);
}

using Map = std::unordered_map<std::string, NativeFn>;

NativeFn compare_fn(const char* name, CompareOp op) {
  return [name, op](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    Tensor t = self_of(r);
    Tensor o = other_tensor(in, r.required(1, "other"));
    r.done();
    return in.wrap(compare(t, o, op));
  };
}

NativeFn reduce_fn(const char* name, Tensor (*all)(const Tensor&),
                   Tensor (*by_dim)(const Tensor&, const Shape&, bool)) {
  return [name, all, by_dim](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    Tensor t = self_of(r);
    auto dim = r.get(1, "dim");
    auto keepdim = r.get(2, "keepdim");
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    r.done();
    if (dtype && std::string(name) == "mean" && !is_floating(*dtype)) {
      in.raise("RuntimeError", std::string("mean(): could not infer output dtype. Optional dtype must be either a "
                                           "floating point or complex dtype. Got: ") + scalar_type_name(*dtype));
    }
    if (dtype) t = to_dtype(t, *dtype);
    Tensor out = !dim || dim->is_none() ? all(t) : by_dim(t, dims_of(in, *dim), bool_arg(in, keepdim, false));
    // Integer sums come out int64; dtype=torch.uint8 asks for the sum wrapped to 8 bits.
    if (dtype && out.dtype() != *dtype) out = to_dtype(out, *dtype);
    return in.wrap(out);
  };
}

NativeFn cast_fn(const char* name, DType d) {
  return [name, d](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    Tensor t = self_of(r);
    r.done();
    return in.wrap(to_dtype(t, d));
  };
}

}  // namespace

const std::vector<const char*>& inplace_bases() {
  static const std::vector<const char*> bases = [] {
    std::vector<const char*> b = {"exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "relu", "abs",
                                  "neg", "reciprocal", "clamp", "pow", "square", "sign", "remainder",
                                  "clamp_min", "clamp_max", "eq", "ne", "lt", "le", "gt", "ge", "not_equal",
                                  "greater", "greater_equal", "less", "less_equal", "masked_fill", "masked_scatter"};
    b.insert(b.end(), math_inplace_bases().begin(), math_inplace_bases().end());
    b.insert(b.end(), shape_inplace_bases().begin(), shape_inplace_bases().end());
    return b;
  }();
  return bases;
}

namespace {

Map build_functions() {
  Map m;
  m["add"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "add", a, k);
    Value first = r.required(0, "input");
    Value second = r.required(1, "other");
    auto alpha = r.keyword("alpha");
    r.done();
    if (!alpha && !first.as<TensorObj>()) return in.binary("+", first, second);
    Tensor t = in.to_tensor(first, "input");
    if (alpha) return in.wrap(add(t, other_tensor(in, second), to_scalar(in, *alpha)));
    return in.binary("+", first, second);
  };
  m["sub"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "sub", a, k);
    Value first = r.required(0, "input");
    Value second = r.required(1, "other");
    auto alpha = r.keyword("alpha");
    r.done();
    if (alpha) return in.wrap(sub(in.to_tensor(first), other_tensor(in, second), to_scalar(in, *alpha)));
    return in.binary("-", first, second);
  };
  for (const char* name : {"mul", "div", "true_divide", "multiply", "divide", "subtract"}) {
    const std::string n = name;
    const std::string op = (n == "mul" || n == "multiply") ? "*" : (n == "subtract") ? "-" : "/";
    m[name] = [n, op](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, n, a, k);
      Value first = r.required(0, "input");
      Value second = r.required(1, "other");
      auto mode = op == "/" ? r.keyword("rounding_mode") : std::nullopt;
      r.done();
      if (mode && !mode->is_none()) {  // div(rounding_mode='trunc' | 'floor')
        const std::string m = in.str(*mode);
        Tensor x = other_tensor(in, first), y = other_tensor(in, second);
        if (m == "floor") return in.wrap(floor_divide(x, y));
        if (m == "trunc") {
          if (!is_floating(result_type(x, y))) return in.wrap(sub(floor_divide(x, y), mul(
              logical_and(compare(remainder(x, y), Scalar(int64_t{0}), CompareOp::Ne),
                          compare(mul(x, y), Scalar(int64_t{0}), CompareOp::Lt)), Scalar(int64_t{-1}))));
          return in.wrap(trunc(div(x, y)));
        }
        in.raise("ValueError", "div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '" + m + "'");
      }
      return in.binary(op, first, second);
    };
  }
  m["pow"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "pow", a, k);
    Value base = r.required(0, "input");
    Value exponent = r.required(1, "exponent");
    r.done();
    if (base.is_number() && exponent.as<TensorObj>()) {
      return in.wrap(pow(to_scalar(in, base), exponent.as<TensorObj>()->tensor));  // PowBackward2
    }
    return in.binary("**", base, exponent);
  };
  m["square"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "square", a, k);
    Tensor t = self_of(r);
    r.done();
    return in.wrap(pow(t, Scalar(int64_t{2})));
  };
  m["floor_divide"] = binary_fn("floor_divide", floor_divide);
  m["remainder"] = [](Interpreter& in, Args& a, Kwargs& k) {  // torch.remainder(5, t) too
    ArgReader r(in, "remainder", a, k);
    Tensor x = other_tensor(in, r.required(0, "input"));
    Tensor y = other_tensor(in, r.required(1, "other"));
    r.done();
    return in.wrap(remainder(x, y));
  };
  m["neg"] = unary_fn("neg", neg);
  m["negative"] = unary_fn("negative", neg);
  m["exp"] = unary_fn("exp", exp);
  m["log"] = unary_fn("log", log);
  m["sqrt"] = unary_fn("sqrt", sqrt);
  m["sin"] = unary_fn("sin", sin);
  m["cos"] = unary_fn("cos", cos);
  m["tanh"] = unary_fn("tanh", tanh);
  m["sigmoid"] = unary_fn("sigmoid", sigmoid);
  m["relu"] = unary_fn("relu", relu);
  m["abs"] = unary_fn("abs", abs);
  m["reciprocal"] = unary_fn("reciprocal", reciprocal);
  m["sign"] = unary_fn("sign", sign);
  m["clone"] = unary_fn("clone", clone);
  m["t"] = unary_fn("t", t);
  m["isfinite"] = unary_fn("isfinite", isfinite);
  m["logical_not"] = unary_fn("logical_not", logical_not);
  m["clamp"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "clamp", a, k);
    Tensor t = self_of(r);
    auto lo = r.get(1, "min");
    auto hi = r.get(2, "max");
    r.done();
    // Tensor bounds (every bound given a tensor) take the Tensor overload: ClampBackward0.
    auto tensor_bound = [](const std::optional<Value>& v) { return v && v->as<TensorObj>(); };
    auto absent = [](const std::optional<Value>& v) { return !v || v->is_none(); };
    if ((tensor_bound(lo) || tensor_bound(hi)) && (tensor_bound(lo) || absent(lo)) && (tensor_bound(hi) || absent(hi))) {
      std::optional<Tensor> lt, ht;
      if (tensor_bound(lo)) lt = lo->as<TensorObj>()->tensor;
      if (tensor_bound(hi)) ht = hi->as<TensorObj>()->tensor;
      return in.wrap(clamp(t, lt, ht));
    }
    std::optional<double> l, h;
    // A float bound promotes an integer tensor, as PyTorch's type promotion does.
    if (((lo && lo->is_float()) || (hi && hi->is_float())) && !is_floating(t.dtype())) t = to_dtype(t, default_float_dtype());
    if (lo && !lo->is_none()) l = to_float(in, *lo);
    if (hi && !hi->is_none()) h = to_float(in, *hi);
    return in.wrap(clamp(t, l, h));
  };
  m["clip"] = m["clamp"];
  // clamp_min / clamp_max: a tensor bound records ClampMinBackward1 (gradients to both); a float
  // bound on an integer tensor promotes it, as PyTorch's type promotion does.
  for (const bool is_min : {true, false}) {
    const char* name = is_min ? "clamp_min" : "clamp_max";
    m[name] = [name, is_min](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor t = self_of(r);
      Value bound = r.required(1, is_min ? "min" : "max");
      r.done();
      if (auto* b = bound.as<TensorObj>()) return in.wrap(is_min ? clamp_min(t, b->tensor) : clamp_max(t, b->tensor));
      if (bound.is_float() && !is_floating(t.dtype())) t = to_dtype(t, default_float_dtype());
      const double v = to_float(in, bound);
      return in.wrap(is_min ? clamp_min(t, v) : clamp_max(t, v));
    };
  }
  m["sum"] = reduce_fn("sum", [](const Tensor& t) { return sum(t); },
                       [](const Tensor& t, const Shape& d, bool k) { return sum(t, d, k); });
  m["mean"] = reduce_fn("mean", [](const Tensor& t) { return mean(t); },
                        [](const Tensor& t, const Shape& d, bool k) { return mean(t, d, k); });
  m["prod"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "prod", a, k);
    Tensor t = self_of(r);
    auto dim = r.get(1, "dim");
    auto keepdim = r.get(2, "keepdim");
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    r.done();
    if (dtype) t = to_dtype(t, *dtype);
    Tensor out = !dim || dim->is_none() ? prod(t) : prod(t, to_int(in, *dim), bool_arg(in, keepdim, false));
    if (dtype && out.dtype() != *dtype) out = to_dtype(out, *dtype);
    return in.wrap(out);
  };
  m["norm"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "norm", a, k);
    Tensor t = self_of(r);
    auto p = r.get(1, "p");
    auto dim = r.get(2, "dim");
    auto keepdim = r.get(3, "keepdim");
    r.done();
    double pv = 2.0;
    if (p && !p->is_none()) {
      if (auto* s = p->as<StrObj>()) {
        if (s->value != "fro") in.raise("RuntimeError", "norm: unsupported p '" + s->value + "'");
      } else {
        pv = to_float(in, *p);
      }
    }
    if (!dim || dim->is_none()) return in.wrap(norm(t, pv));
    return in.wrap(norm(t, pv, dims_of(in, *dim), bool_arg(in, keepdim, false)));
  };
  for (const char* name : {"max", "min"}) {
    const bool is_max = std::string(name) == "max";
    m[name] = [name, is_max](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor t = self_of(r);
      auto dim = r.get(1, "dim");
      auto keepdim = r.get(2, "keepdim");
      r.done();
      if (!dim || dim->is_none()) return in.wrap(is_max ? max(t) : min(t));
      if (auto* other = dim->as<TensorObj>()) {  // torch.max(a, b) is torch.maximum(a, b)
        return in.wrap(is_max ? maximum(t, other->tensor) : minimum(t, other->tensor));
      }
      auto [values, indices] = is_max ? max(t, to_int(in, *dim), bool_arg(in, keepdim, false))
                                      : min(t, to_int(in, *dim), bool_arg(in, keepdim, false));
      const BuiltinTypes& bt = builtin_types();
      return return_types(in, is_max ? bt.return_types_max.get() : bt.return_types_min.get(), values, indices);
    };
  }
  for (const char* name : {"argmax", "argmin"}) {
    const bool is_max = std::string(name) == "argmax";
    m[name] = [name, is_max](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor t = self_of(r);
      auto dim = optional_int(in, r.get(1, "dim"));
      auto keepdim = r.get(2, "keepdim");
      r.done();
      if (t.dtype() == DType::Bool) in.raise("RuntimeError", std::string("\"") + name + "_cpu\" not implemented for 'Bool'");
      return in.wrap(is_max ? argmax(t, dim, bool_arg(in, keepdim, false)) : argmin(t, dim, bool_arg(in, keepdim, false)));
    };
  }
  m["matmul"] = binary_fn("matmul", matmul);
  m["mm"] = binary_fn("mm", mm);
  m["mv"] = binary_fn("mv", mv);
  m["dot"] = binary_fn("dot", dot);
  // ATen's outer (and ger, which calls it): both arguments 1-D.
  const auto require_outer_vectors = [](const Tensor& x, const Tensor& y) {
    if (x.dim() != 1) runtime_error("outer: Expected 1-D argument self, but got " + std::to_string(x.dim()) + "-D");
    if (y.dim() != 1) runtime_error("outer: Expected 1-D argument vec2, but got " + std::to_string(y.dim()) + "-D");
  };
  m["outer"] = [require_outer_vectors](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "outer", a, k);
    Tensor x = self_of(r);
    Tensor y = in.to_tensor(r.required(1, "vec2"));
    r.done();
    require_outer_vectors(x, y);
    return in.wrap(mul(reshape(x, {-1, 1}), y));
  };
  m["ger"] = [require_outer_vectors](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "ger", a, k);
    Tensor x = self_of(r);
    Tensor y = in.to_tensor(r.required(1, "vec2"));
    r.done();
    require_outer_vectors(x, y);
    return in.wrap(mul(reshape(x, {-1, 1}), y));
  };
  m["eq"] = compare_fn("eq", CompareOp::Eq);
  m["ne"] = compare_fn("ne", CompareOp::Ne);
  m["lt"] = compare_fn("lt", CompareOp::Lt);
  m["le"] = compare_fn("le", CompareOp::Le);
  m["gt"] = compare_fn("gt", CompareOp::Gt);
  m["ge"] = compare_fn("ge", CompareOp::Ge);
  m["not_equal"] = compare_fn("not_equal", CompareOp::Ne);
  m["greater"] = compare_fn("greater", CompareOp::Gt);
  m["greater_equal"] = compare_fn("greater_equal", CompareOp::Ge);
  m["less"] = compare_fn("less", CompareOp::Lt);
  m["less_equal"] = compare_fn("less_equal", CompareOp::Le);
  m["equal"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "equal", a, k);
    Tensor x = self_of(r);
    Tensor y = in.to_tensor(r.required(1, "other"));
    r.done();
    if (x.shape() != y.shape()) return Value::boolean(false);
    return Value::boolean(sum(compare(x.detach(), y.detach(), CompareOp::Ne)).item().to_int() == 0);
  };
  m["allclose"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "allclose", a, k);
    Tensor x = self_of(r).detach();
    Tensor y = in.to_tensor(r.required(1, "other")).detach();
    auto rtol = r.get(2, "rtol");
    auto atol = r.get(3, "atol");
    auto equal_nan = r.get(4, "equal_nan");
    r.done();
    const double rt = rtol ? to_float(in, *rtol) : 1e-5, at = atol ? to_float(in, *atol) : 1e-8;
    Tensor close = isclose(x, y, rt, at, equal_nan && in.truthy(*equal_nan));
    return Value::boolean(sum(close).item().to_int() == close.numel());
  };
  m["softmax"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "softmax", a, k);
    Tensor t = self_of(r);
    auto dim = r.get(1, "dim");
    r.done();
    if (!dim || dim->is_none()) in.raise("TypeError", "softmax() missing 1 required positional argument: 'dim'");
    return in.wrap(softmax(t, to_int(in, *dim)));
  };
  m["log_softmax"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "log_softmax", a, k);
    Tensor t = self_of(r);
    auto dim = r.get(1, "dim");
    r.done();
    if (!dim || dim->is_none()) in.raise("TypeError", "log_softmax() missing 1 required positional argument: 'dim'");
    return in.wrap(log_softmax(t, to_int(in, *dim)));
  };
  // shapes
  m["reshape"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "reshape", a, k);
    Tensor t = self_of(r);
    auto shape = r.keyword("shape");
    r.done();
    return in.wrap(reshape(t, shape ? to_shape(in, *shape) : shape_from(in, a, 1, "reshape")));
  };
  m["flatten"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "flatten", a, k);
    Tensor t = self_of(r);
    auto start = r.get(1, "start_dim");
    auto end = r.get(2, "end_dim");
    r.done();
    return in.wrap(flatten(t, start ? to_int(in, *start) : 0, end ? to_int(in, *end) : -1));
  };
  m["unsqueeze"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "unsqueeze", a, k);
    Tensor t = self_of(r);
    int64_t d = to_int(in, r.required(1, "dim"));
    r.done();
    return in.wrap(unsqueeze(t, d));
  };
  m["squeeze"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "squeeze", a, k);
    Tensor t = self_of(r);
    auto d = r.get(1, "dim");
    r.done();
    if (!d || d->is_none()) return in.wrap(squeeze(t));
    return in.wrap(squeeze(t, to_int(in, *d)));
  };
  m["transpose"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "transpose", a, k);
    Tensor t = self_of(r);
    int64_t d0 = to_int(in, r.required(1, "dim0"));
    int64_t d1 = to_int(in, r.required(2, "dim1"));
    r.done();
    return in.wrap(transpose(t, d0, d1));
  };
  m["permute"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "permute", a, k);
    Tensor t = self_of(r);
    auto dims = r.keyword("dims");
    r.done();
    return in.wrap(permute(t, dims ? to_shape(in, *dims) : shape_from(in, a, 1, "permute")));
  };
  m["where"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "where", a, k);
    Tensor cond = in.to_tensor(r.required(0, "condition"));
    if (a.size() == 1 && k.empty()) {  // torch.where(cond) is nonzero(cond, as_tuple=True)
      Tensor coords = nonzero(cond);
      std::vector<Value> columns;
      for (int64_t d = 0; d < cond.dim(); ++d) columns.push_back(in.wrap(contiguous(select(coords, 1, d))));
      return make_tuple(std::move(columns));
    }
    Value x = r.required(1, "input");
    Value y = r.required(2, "other");
    r.done();
    return in.wrap(where(cond, other_tensor(in, x), other_tensor(in, y)));
  };
  m["masked_fill"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "masked_fill", a, k);
    Tensor t = self_of(r);
    Tensor mask = in.to_tensor(r.required(1, "mask"));
    Value v = r.required(2, "value");
    r.done();
    return in.wrap(masked_fill(t, mask, other_tensor(in, v)));
  };
  m["masked_scatter"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "masked_scatter", a, k);
    Tensor t = self_of(r);
    Tensor mask = in.to_tensor(r.required(1, "mask"));
    Tensor source = in.to_tensor(r.required(2, "source"));
    r.done();
    return in.wrap(masked_scatter(t, mask, source));
  };
  m["diag"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "diag", a, k);
    Tensor t = self_of(r);
    const int64_t offset = optional_int(in, r.get(1, "diagonal")).value_or(0);
    r.done();
    if (offset != 0 && t.dim() == 1) return in.wrap(diag_embed(t, offset));
    if (offset != 0 && t.dim() == 2) return in.wrap(contiguous(diagonal(t, offset)));
    if (t.dim() == 1) {
      Tensor e = eye(t.size(0), std::nullopt, t.dtype());
      return in.wrap(mul(e, unsqueeze(t, 0)));
    }
    if (t.dim() == 2) {
      const int64_t n = std::min(t.size(0), t.size(1));
      std::vector<Tensor> items;
      for (int64_t i = 0; i < n; ++i) items.push_back(select(select(t, 0, i), 0, i));
      return in.wrap(n ? stack(items) : zeros({0}, t.dtype()));
    }
    in.raise("RuntimeError", "diag(): Supports 1D or 2D tensors. Got " + std::to_string(t.dim()) + "D");
  };
  m["numel"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "numel", a, k);
    Tensor t = self_of(r);
    r.done();
    return Value::integer(t.numel());
  };
  m["is_floating_point"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "is_floating_point", a, k);
    Tensor t = self_of(r);
    r.done();
    return Value::boolean(is_floating(t.dtype()));
  };
  m["is_signed"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "is_signed", a, k);
    Tensor t = self_of(r);
    r.done();
    return Value::boolean(t.dtype() != DType::UInt8 && t.dtype() != DType::Bool);
  };
  m["is_inference"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "is_inference", a, k);
    Tensor t = self_of(r);
    r.done();
    return Value::boolean(t.is_inference());
  };
  m["is_complex"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "is_complex", a, k);
    self_of(r);
    r.done();
    return Value::boolean(false);  // no complex dtypes here
  };
  m["detach"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "detach", a, k);
    Tensor t = self_of(r);
    r.done();
    return in.wrap(t.detach());
  };
  m["zeros_like"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "zeros_like", a, k);
    Tensor t = self_of(r);
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    auto rg = r.keyword("requires_grad");
    r.keyword("device");
    r.done();
    Tensor out = zeros_like(t, dtype);
    if (rg && in.truthy(*rg)) out.set_requires_grad(true);
    return in.wrap(out);
  };
  m["ones_like"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "ones_like", a, k);
    Tensor t = self_of(r);
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    auto rg = r.keyword("requires_grad");
    r.keyword("device");
    r.done();
    Tensor out = ones_like(t, dtype);
    if (rg && in.truthy(*rg)) out.set_requires_grad(true);
    return in.wrap(out);
  };
  add_math_functions(m);
  add_reduction_functions(m);
  add_shape_functions(m);
  add_linalg_functions(m);
  add_random_functions(m);
  return m;
}

Map build_methods() {
  Map m;
  add_random_methods(m);
  m["backward"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "backward", a, k);
    Tensor t = self_of(r);
    auto gradient = r.get(1, "gradient");
    auto retain = r.get(2, "retain_graph");
    auto create = r.get(3, "create_graph");
    r.keyword("inputs");
    r.done();
    Tensor g;
    if (gradient && !gradient->is_none()) g = in.to_tensor(*gradient, "gradient");
    std::optional<bool> keep;
    if (retain && !retain->is_none()) keep = in.truthy(*retain);
    run_backward(in, {t}, {g}, keep, create && in.truthy(*create));
    return none();
  };
  m["register_hook"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "register_hook", a, k);
    Tensor t = self_of(r);
    Value fn = r.required(1, "hook");
    r.done();
    Interpreter* ip = &in;
    const size_t index = t.register_hook([ip, fn](const Tensor& grad) -> Tensor {
      Value result = ip->call(fn, {ip->wrap(grad)});
      if (result.is_none()) return Tensor();
      return ip->to_tensor(result, "hook result");
    });
    std::weak_ptr<TensorImpl> weak = t.impl_ptr();
    return removable_handle(in, [weak, index] {
      if (auto impl = weak.lock()) Tensor(impl).remove_hook(index);
    });
  };
  m["retain_grad"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "retain_grad", a, k);
    Tensor t = self_of(r);
    r.done();
    t.retain_grad();
    return none();
  };
  m["requires_grad_"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "requires_grad_", a, k);
    Value self = r.required(0, "self");
    auto flag = r.get(1, "requires_grad");
    r.done();
    in.to_tensor(self).set_requires_grad(flag ? in.truthy(*flag) : true);
    return self;
  };
  m["detach_"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "detach_", a, k);
    Value self = r.required(0, "self");
    r.done();
    Tensor t = in.to_tensor(self);
    t.impl()->grad_fn = nullptr;
    t.impl()->output_nr = 0;
    t.impl()->requires_grad = false;
    return self;
  };
  m["zero_"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "zero_", a, k);
    Value self = r.required(0, "self");
    r.done();
    zero_(in.to_tensor(self));
    return self;
  };
  m["fill_"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "fill_", a, k);
    Value self = r.required(0, "self");
    Value v = r.required(1, "value");
    r.done();
    if (auto* t = v.as<TensorObj>()) copy_(in.to_tensor(self), t->tensor);
    else fill_(in.to_tensor(self), to_scalar(in, v));
    return self;
  };
  for (const char* name : {"addcmul_", "addcdiv_"}) {
    const bool is_mul = std::string(name) == "addcmul_";
    m[name] = [name, is_mul](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Value self = r.required(0, "self");
      Tensor t1 = in.to_tensor(r.required(1, "tensor1"));
      Tensor t2 = in.to_tensor(r.required(2, "tensor2"));
      auto value = r.keyword("value");
      r.done();
      const double v = value ? to_float(in, *value) : 1.0;
      if (is_mul) addcmul_(in.to_tensor(self), t1, t2, v);
      else addcdiv_(in.to_tensor(self), t1, t2, v);
      return self;
    };
  }
  m["copy_"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "copy_", a, k);
    Value self = r.required(0, "self");
    Tensor src = in.to_tensor(r.required(1, "src"));
    r.done();
    copy_(in.to_tensor(self), src);
    return self;
  };
  for (const char* name : {"add_", "sub_", "mul_", "div_"}) {
    const std::string n = name;
    m[name] = [n](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, n, a, k);
      Value self = r.required(0, "self");
      Value other = r.required(1, "other");
      auto alpha = r.keyword("alpha");
      r.done();
      Tensor t = in.to_tensor(self);
      Tensor o = other_tensor(in, other);
      if (n == "add_") add_(t, o, alpha ? to_scalar(in, *alpha) : Scalar(int64_t{1}));
      if (n == "sub_") sub_(t, o, alpha ? to_scalar(in, *alpha) : Scalar(int64_t{1}));
      if (n == "mul_") mul_(t, o);
      if (n == "div_") div_(t, o);
      return self;
    };
  }
  // In-place forms of unary functions: x.exp_(), x.relu_(), x.clamp_(min=0), ...
  for (const char* base : inplace_bases()) {
    const std::string name = std::string(base) + "_";
    const NativeFn f = tensor_functions().at(base);
    m[name] = [name, f](Interpreter& in, Args& a, Kwargs& k) {
      Value self = a.at(0);
      Tensor t = in.to_tensor(self);
      std::vector<Tensor> others;
      // The other differentiable operands, in order: floating tensors (masks and indices are not inputs).
      const auto add_other = [&others](const Value& v) {
        if (auto* o = v.as<TensorObj>(); o && is_floating(o->tensor.dtype())) others.push_back(o->tensor);
      };
      for (size_t i = 1; i < a.size(); ++i) add_other(a[i]);
      for (auto& [key, value] : k) add_other(value);
      // clamp_'s own check of a float bound on an integer tensor, which names the C++ type.
      if (name.rfind("clamp", 0) == 0 && !is_floating(t.dtype())) {
        bool float_bound = false;
        for (size_t i = 1; i < a.size(); ++i) float_bound = float_bound || a[i].is_float();
        for (auto& kv : k) float_bound = float_bound || kv.second.is_float();
        if (float_bound) {
          in.raise("RuntimeError", std::string("result type Float can't be cast to the desired output type ") +
                                       demangled_type_name(t.dtype()));
        }
      }
      Interpreter* ip = &in;
      const bool refuse_overlap = name != "masked_fill_" && name != "index_fill_" && name != "triu_" && name != "tril_";
      apply_inplace(t, others, [ip, f, &a, &k](const Tensor& x) {
        Args args = a;
        args[0] = ip->wrap(x);
        Kwargs kwargs = k;
        return ip->to_tensor(f(*ip, args, kwargs));
      }, refuse_overlap);
      return self;
    };
  }
  m["item"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "item", a, k);
    Tensor t = self_of(r);
    r.done();
    return scalar_value(t.item());
  };
  m["tolist"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "tolist", a, k);
    Tensor t = self_of(r);
    r.done();
    return tensor_tolist(t);
  };
  m["size"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "size", a, k);
    Tensor t = self_of(r);
    auto d = r.get(1, "dim");
    r.done();
    if (!d || d->is_none()) return make_size(t.shape());
    return Value::integer(t.size(to_int(in, *d)));
  };
  m["dim"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "dim", a, k);
    Tensor t = self_of(r);
    r.done();
    return Value::integer(t.dim());
  };
  m["ndimension"] = m["dim"];
  m["nelement"] = build_functions().at("numel");
  m["element_size"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "element_size", a, k);
    Tensor t = self_of(r);
    r.done();
    return Value::integer(static_cast<int64_t>(dtype_size(t.dtype())));
  };
  m["stride"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "stride", a, k);
    Tensor t = self_of(r);
    auto d = r.get(1, "dim");
    r.done();
    if (d && !d->is_none()) return Value::integer(t.strides()[static_cast<size_t>(wrap_dim(to_int(in, *d), t.dim()))]);
    std::vector<Value> s;
    for (int64_t x : t.strides()) s.push_back(Value::integer(x));
    return make_tuple(s);
  };
  m["is_contiguous"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "is_contiguous", a, k);
    Tensor t = self_of(r);
    r.done();
    return Value::boolean(t.is_contiguous());
  };
  m["contiguous"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "contiguous", a, k);
    Value self = r.required(0, "self");
    r.done();
    Tensor t = in.to_tensor(self);
    return t.is_contiguous() ? self : in.wrap(contiguous(t));
  };
  m["view"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "view", a, k);
    Tensor t = self_of(r);
    r.done();
    if (a.size() == 2 && (a[1].as<DtypeObj>())) in.raise("RuntimeError", "view(dtype) is not supported in the playground");
    return in.wrap(view(t, shape_from(in, a, 1, "view")));
  };
  m["view_as"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "view_as", a, k);
    Tensor t = self_of(r);
    Tensor other = in.to_tensor(r.required(1, "other"));
    r.done();
    return in.wrap(view(t, other.shape()));
  };
  m["reshape_as"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "reshape_as", a, k);
    Tensor t = self_of(r);
    Tensor other = in.to_tensor(r.required(1, "other"));
    r.done();
    return in.wrap(reshape(t, other.shape()));
  };
  m["expand"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "expand", a, k);
    Tensor t = self_of(r);
    r.done();
    return in.wrap(expand(t, shape_from(in, a, 1, "expand")));
  };
  // Indexing called as methods (x.__setitem__(0, v), as in a lambda), the same path as x[0] = v.
  m["__getitem__"] = [](Interpreter& in, Args& a, Kwargs&) { return in.get_item(a.at(0), a.at(1)); };
  m["__setitem__"] = [](Interpreter& in, Args& a, Kwargs&) {
    in.set_item(a.at(0), a.at(1), a.at(2));
    return none();
  };
  m["expand_as"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "expand_as", a, k);
    Tensor t = self_of(r);
    Tensor other = in.to_tensor(r.required(1, "other"));
    r.done();
    return in.wrap(expand_as(t, other));
  };
  m["float"] = cast_fn("float", DType::Float32);
  m["double"] = cast_fn("double", DType::Float64);
  m["long"] = cast_fn("long", DType::Int64);
  m["int"] = cast_fn("int", DType::Int32);
  m["short"] = cast_fn("short", DType::Int16);
  m["char"] = cast_fn("char", DType::Int8);
  m["byte"] = cast_fn("byte", DType::UInt8);
  m["half"] = cast_fn("half", DType::Float16);
  m["bfloat16"] = cast_fn("bfloat16", DType::BFloat16);
  m["bool"] = cast_fn("bool", DType::Bool);
  m["type"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "type", a, k);
    Tensor t = self_of(r);
    auto d = r.get(1, "dtype");
    r.done();
    if (!d || d->is_none()) return make_str(legacy_type_name(t.dtype()));
    // x.type("torch.IntTensor") and x.type(torch.IntTensor) name the dtype by its legacy type.
    std::string legacy;
    if (const auto* s = d->as<StrObj>()) legacy = s->value;
    if (const auto* f = d->as<NativeFunctionObj>()) legacy = "torch." + f->name;
    if (!legacy.empty()) {
      DType target;
      if (!dtype_from_legacy_name(legacy.c_str(), &target)) in.raise("ValueError", "invalid type: '" + legacy + "'");
      return in.wrap(to_dtype(t, target));
    }
    return in.wrap(to_dtype(t, to_dtype(in, *d)));
  };
  m["type_as"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "type_as", a, k);
    Tensor t = self_of(r);
    Tensor other = in.to_tensor(r.required(1, "other"));
    r.done();
    return in.wrap(to_dtype(t, other.dtype()));
  };
  m["to"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "to", a, k);
    Value self = r.required(0, "self");
    auto target = r.get(1, "dtype");
    auto dtype_kw = r.keyword("dtype");
    r.keyword("device");
    r.keyword("non_blocking");  // one device: nothing to overlap
    auto copy = r.keyword("copy");
    r.done();
    Tensor t = in.to_tensor(self);
    std::optional<Value> d = dtype_kw ? dtype_kw : target;
    if (copy && in.truthy(*copy)) {
      std::optional<DType> dt;
      if (d && d->as<DtypeObj>()) dt = d->as<DtypeObj>()->dtype;
      if (d && d->as<TensorObj>()) dt = d->as<TensorObj>()->tensor.dtype();
      return in.wrap(dt && *dt != t.dtype() ? to_dtype(t, *dt) : clone(t));
    }
    if (d && d->as<DtypeObj>()) return in.wrap(to_dtype(t, d->as<DtypeObj>()->dtype));
    if (d && d->as<TensorObj>()) return in.wrap(to_dtype(t, d->as<TensorObj>()->tensor.dtype()));
    return self;  // a device: everything lives on the CPU
  };
  m["cpu"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "cpu", a, k);
    Value self = r.required(0, "self");
    r.done();
    return self;
  };
  m["cuda"] = [](Interpreter& in, Args&, Kwargs&) -> Value {
    in.raise("AssertionError", "Torch not compiled with CUDA enabled");
  };
  m["numpy"] = [](Interpreter& in, Args& a, Kwargs& k) -> Value {
    ArgReader r(in, "numpy", a, k);
    Tensor t = self_of(r);
    r.done();
    if (t.requires_grad()) {  // PyTorch refuses this first, numpy or not
      in.raise("RuntimeError", "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
    }
    return tensor_to_ndarray(in, t);
  };
  m["new_zeros"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "new_zeros", a, k);
    Tensor t = self_of(r);
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    r.keyword("requires_grad");
    r.done();
    return in.wrap(zeros(shape_from(in, a, 1, "new_zeros"), dtype.value_or(t.dtype())));
  };
  m["new_ones"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "new_ones", a, k);
    Tensor t = self_of(r);
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    r.done();
    return in.wrap(ones(shape_from(in, a, 1, "new_ones"), dtype.value_or(t.dtype())));
  };
  m["new_tensor"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "new_tensor", a, k);
    Tensor t = self_of(r);
    Value data = r.required(1, "data");
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    r.done();
    return in.wrap(tensor_from_data(in, data, dtype.value_or(t.dtype())));
  };
  return m;
}

}  // namespace

const std::vector<const char*>& python_defined_functions() {
  static const std::vector<const char*> names = {
      "ravel", "atleast_1d", "atleast_2d", "atleast_3d", "diff", "cov", "corrcoef", "trapezoid", "trapz",
      "cumulative_trapezoid", "take_along_dim", "cartesian_prod", "combinations", "tril_indices", "triu_indices",
      "positive", "float_power", "isin", "inner", "broadcast_shapes", "quantile", "nanquantile",
      "index_put", "index_put_", "selu", "selu_", "celu", "celu_"};
  return names;
}

bool is_python_defined_method(const std::string& name) {
  static const std::unordered_set<std::string> methods = {"ravel", "diff", "cov", "corrcoef", "take_along_dim",
                                                          "positive", "float_power", "float_power_", "inner",
                                                          "quantile", "nanquantile", "index_put", "index_put_"};
  return methods.count(name) > 0;
}

const std::unordered_map<std::string, NativeFn>& tensor_functions() {
  static const Map m = build_functions();
  return m;
}

const std::unordered_map<std::string, NativeFn>& tensor_methods() {
  static const Map m = build_methods();
  return m;
}

std::optional<Value> tensor_property(Interpreter& in, const Value& self, const std::string& name) {
  const Tensor& t = self.as<TensorObj>()->tensor;
  if (name == "grad") {
    if (!t.is_leaf() && !t.retains_grad()) {
      in.write_error(
          "UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
          "attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be "
          "populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf "
          "Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 "
          "for more informations.\n");
    }
    return in.wrap(t.grad());
  }
  if (name == "data") return in.wrap(t.data());
  if (name == "grad_fn") return in.wrap_node(t.grad_fn());
  if (name == "is_leaf") return Value::boolean(t.is_leaf());
  if (name == "requires_grad") return Value::boolean(t.requires_grad());
  if (name == "shape") return make_size(t.shape());
  if (name == "dtype") return in.dtype_value(t.dtype());
  if (name == "ndim") return Value::integer(t.dim());
  if (name == "T") {
    Shape dims;
    for (int64_t i = t.dim() - 1; i >= 0; --i) dims.push_back(i);
    return in.wrap(permute(t, dims));
  }
  if (name == "mT") return in.wrap(transpose(t, -2, -1));
  if (name == "device") return Value(std::make_shared<DeviceObj>());
  if (name == "is_cuda") return Value::boolean(false);
  if (name == "retains_grad") return Value::boolean(t.retains_grad());
  if (name == "_version") return Value::integer(t.version());
  if (name == "layout") return make_str("torch.strided");
  return std::nullopt;
}

void set_tensor_property(Interpreter& in, const Value& self, const std::string& name, const Value& value) {
  Tensor t = self.as<TensorObj>()->tensor;
  if (name == "requires_grad") {
    t.set_requires_grad(in.truthy(value));
    return;
  }
  if (name == "grad") {
    if (value.is_none()) {
      t.set_grad(Tensor());
      return;
    }
    Tensor g = in.to_tensor(value, "assigned grad");
    if (g.shape() != t.shape()) in.raise("RuntimeError", "assigned grad has data of a different size");
    t.set_grad(g);
    return;
  }
  if (name == "data") {
    Tensor d = in.to_tensor(value, "data");
    TensorImpl* impl = t.impl();
    impl->storage = d.impl()->storage;
    impl->shape = d.shape();
    impl->strides = d.strides();
    impl->offset = d.offset();
    return;
  }
  if (name == "grad_fn" || name == "is_leaf" || name == "shape" || name == "dtype") {
    in.raise("AttributeError", "attribute '" + name + "' of 'torch._C._TensorBase' objects is not writable");
  }
  in.raise("AttributeError", "'Tensor' object attribute '" + name + "' cannot be set in the playground");
}

namespace {

constexpr int64_t kMaxJacobianRows = 256;
// A row has one entry per element of the leaf: the page shows rows of small leaves. Measured on
// the two-layer-net tutorial, rows against its 100,000-element w1 made every cell's views
// 1.9 million numbers of JSON (4.3 s in wasm against 1.6 s without views).
constexpr int64_t kMaxJacobianRowLength = 256;
// Forward-mode columns cost a double backward per input element: only for small inputs, the
// sizes the page's matrix view is written for.
constexpr int64_t kMaxJacobianColumns = 16;

// The first leaf (in graph order) that needs a gradient and is bound to a global name.
std::optional<std::pair<std::string, Tensor>> first_named_leaf(Interpreter& in, const Tensor& root) {
  std::unordered_map<TensorImpl*, std::string> names;
  for (const auto& [name, value] : in.globals().vars) {
    if (auto* t = value.as<TensorObj>()) names.emplace(t->tensor.impl(), name);
  }
  if (!root.grad_fn()) return std::nullopt;
  std::vector<Node*> stack{root.grad_fn().get()};
  std::unordered_set<Node*> seen{root.grad_fn().get()};
  while (!stack.empty()) {
    Node* node = stack.back();
    stack.pop_back();
    if (auto* acc = dynamic_cast<AccumulateGrad*>(node)) {
      Tensor leaf = acc->variable();
      auto it = names.find(leaf.impl());
      if (it != names.end()) return std::make_pair(it->second, leaf);
    }
    const auto& edges = node->next_edges();
    for (auto e = edges.rbegin(); e != edges.rend(); ++e) {
      if (e->is_valid() && seen.insert(e->function.get()).second) stack.push_back(e->function.get());
    }
  }
  return std::nullopt;
}

}  // namespace

Value removable_handle(Interpreter& in, std::function<void()> remove) {
  Value module = in.import_module("torch.utils.hooks", in.current_line());
  Value remover = make_native("remove", [remove](Interpreter&, Args&, Kwargs&) {
    remove();
    return none();
  });
  return in.call(in.get_attr(module, "RemovableHandle"), {remover});
}

// Whether walking the graph again would run the user's own code (custom Functions, tensor
// hooks): then the page gets no Jacobian view rather than a second round of side effects.
bool graph_runs_user_code(const Tensor& root) {
  std::vector<Node*> stack;
  std::unordered_set<Node*> seen;
  if (root.grad_fn()) stack.push_back(root.grad_fn().get());
  while (!stack.empty() && seen.size() < 100000) {
    Node* node = stack.back();
    stack.pop_back();
    if (!seen.insert(node).second) continue;
    if (is_python_function_node(*node) || !node->retained_tensors().empty() || !node->post_hooks.empty()) return true;
    for (const Edge& e : node->next_edges()) {
      if (e.is_valid()) stack.push_back(e.function.get());
    }
  }
  return false;
}

void run_backward(Interpreter& in, const std::vector<Tensor>& roots, const std::vector<Tensor>& grads,
                  std::optional<bool> retain_graph, bool create_graph) {
  if (!in.backward_views) {
    backward(roots, grads, retain_graph, create_graph, nullptr);
    return;
  }
  // A training loop calls backward thousands of times: the views keep the first calls and the
  // latest, and only those pay for Jacobian rows.
  constexpr size_t kMaxRecords = 20;
  const bool keep_views = in.backward_log().size() + 1 < kMaxRecords;
  BackwardRecord record;
  record.root = roots.empty() ? Tensor() : roots[0];
  record.gradient = grads.empty() ? Tensor() : grads[0];
  record.retain_graph = retain_graph.value_or(create_graph);
  record.create_graph = create_graph;
  for (const auto& [name, value] : in.globals().vars) {
    if (auto* t = value.as<TensorObj>(); t && !roots.empty() && t->tensor.is_same(roots[0])) record.root_name = name;
  }
  // Rows of the Jacobian for the page, while the graph is still whole (small outputs only).
  if (keep_views && !roots.empty() && roots[0].requires_grad() && roots[0].numel() <= kMaxJacobianRows &&
      !graph_runs_user_code(roots[0])) {
    if (auto leaf = first_named_leaf(in, roots[0]); leaf && leaf->second.numel() <= kMaxJacobianRowLength) {
      record.leaf_name = leaf->first;
      record.jacobian = jacobian_rows(roots[0], leaf->second);
      if (leaf->second.numel() <= kMaxJacobianColumns) {
        try {
          record.columns = jacobian_columns_recorded(roots[0], leaf->second);
        } catch (const Error&) {
          record.columns.clear();  // an op without a second derivative: no columns view
        }
      }
    }
  }
  BackwardObserver observer = [&record](const Node& node, const std::vector<Tensor>& grads_in, const std::vector<Tensor>&) {
    const Tensor& grad_in = grads_in.empty() ? Tensor() : grads_in[0];
    record.nodes.push_back(node.name());
    record.node_grads.push_back(grad_in.defined() && grad_in.numel() <= 64 ? tensor_repr(grad_in) : "");
  };
  backward(roots, grads, retain_graph, create_graph, &observer);
  if (in.backward_log().size() >= kMaxRecords) in.backward_log().back() = std::move(record);
  else in.backward_log().push_back(std::move(record));
}

}  // namespace ag::interp
