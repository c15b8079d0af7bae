#include "golden_ops.h"

#include <cmath>
#include <limits>

namespace golden {

using namespace ag;

namespace {

std::optional<DType> parse_dtype(const json& j) {
  if (j.is_null()) return std::nullopt;
  const std::string s = j.get<std::string>();
  if (s == "float32") return DType::Float32;
  if (s == "float64") return DType::Float64;
  if (s == "int64") return DType::Int64;
  if (s == "bool") return DType::Bool;
  throw std::runtime_error("unknown dtype " + s);
}

double decode_number(const json& v) {
  if (v.is_string()) {
    const std::string s = v.get<std::string>();
    if (s == "nan") return std::numeric_limits<double>::quiet_NaN();
    if (s == "inf") return std::numeric_limits<double>::infinity();
    return -std::numeric_limits<double>::infinity();
  }
  if (v.is_boolean()) return v.get<bool>() ? 1.0 : 0.0;
  return v.get<double>();
}

void flatten(const json& data, std::vector<double>& values, Shape& shape, size_t depth, int& kind) {
  if (data.is_array()) {
    if (shape.size() <= depth) shape.push_back(static_cast<int64_t>(data.size()));
    for (const json& d : data) flatten(d, values, shape, depth + 1, kind);
    return;
  }
  // kind: 0 bool, 1 int, 2 float (the widest seen wins, as torch.tensor infers)
  const int k = data.is_boolean() ? 0 : data.is_number_integer() ? 1 : 2;
  kind = std::max(kind, k);
  values.push_back(decode_number(data));
}

Scalar scalar_of(const json& j) {
  if (j.is_boolean()) return Scalar(j.get<bool>());
  if (j.is_number_integer()) return Scalar(j.get<int64_t>());
  return Scalar(decode_number(j));
}

Shape shape_of(const json& j) {
  Shape s;
  if (j.is_array()) {
    for (const json& v : j) s.push_back(v.get<int64_t>());
  } else {
    s.push_back(j.get<int64_t>());
  }
  return s;
}

bool is_ref(const json& j) { return j.is_string() && j.get<std::string>().rfind('$', 0) == 0; }

Tensor ref(Env& env, const json& j) {
  const std::string name = j.get<std::string>().substr(1);
  auto it = env.find(name);
  if (it == env.end()) throw std::runtime_error("unknown tensor " + name);
  return it->second;
}

std::vector<Tensor> refs(Env& env, const json& j) {
  std::vector<Tensor> out;
  for (const json& v : j) out.push_back(ref(env, v));
  return out;
}

Reduction reduction_of(const json& kw) {
  const std::string r = kw.value("reduction", std::string("mean"));
  return r == "sum" ? Reduction::Sum : r == "none" ? Reduction::None : Reduction::Mean;
}

Tensor binary(const std::string& op, Env& env, const json& args, bool reverse) {
  const json& a = args[0];
  const json& b = args[1];
  if (reverse) {  // scalar on the left: args are (scalar, tensor)
    Tensor x = ref(env, b);
    Scalar s = scalar_of(a);
    if (op == "add") return add(x, s);
    if (op == "sub") return rsub(x, s);
    if (op == "mul") return mul(x, s);
    if (op == "div") return rdiv(x, s);
    if (op == "pow") return pow(Tensor::wrap_scalar(s), x);  // Python's 2 ** x
  }
  Tensor x = ref(env, a);
  if (op == "pow" && !is_ref(b)) return pow(x, scalar_of(b));
  Tensor y = is_ref(b) ? ref(env, b) : Tensor::wrap_scalar(scalar_of(b));
  if (op == "add") return add(x, y);
  if (op == "sub") return sub(x, y);
  if (op == "mul") return mul(x, y);
  if (op == "div") return div(x, y);
  if (op == "pow") return pow(x, y);
  if (op == "floor_divide") return floor_divide(x, y);
  if (op == "remainder") return remainder(x, y);
  throw std::runtime_error("unknown binary op " + op);
}

TensorFn function_named(const std::string& name) {
  static const Tensor W = from_doubles({1.0, -0.5, 0.25, 0.5, 2.0, -1.0}, {2, 3}, DType::Float32);
  if (name == "double") return [](const Tensor& x) { return mul(x, Scalar(int64_t{2})); };
  if (name == "square_sum") return [](const Tensor& x) { return sum(mul(x, x)); };
  if (name == "softmax") return [](const Tensor& x) { return softmax(x, 0); };
  if (name == "tanh_matvec") return [](const Tensor& x) { return tanh(mv(W, x)); };
  if (name == "cube") return [](const Tensor& x) { return pow(x, Scalar(int64_t{3})); };
  if (name == "cube_sum") return [](const Tensor& x) { return sum(pow(x, Scalar(int64_t{3}))); };
  throw std::runtime_error("unknown function " + name);
}

}  // namespace

Tensor tensor_from_data(const json& data, const json& dtype) {
  std::vector<double> values;
  Shape shape;
  int kind = 0;
  flatten(data, values, shape, 0, kind);
  if (data.is_array() && data.empty()) kind = 2;
  const DType inferred = kind == 2 ? DType::Float32 : kind == 1 ? DType::Int64 : DType::Bool;
  return from_doubles(values, shape, parse_dtype(dtype).value_or(inferred));
}

Tensor make_input(const json& spec) {
  Tensor t = tensor_from_data(spec["data"], spec["dtype"]);
  if (spec["requires_grad"].get<bool>()) t.set_requires_grad(true);
  return t;
}

Tensor run_op(Env& env, const std::string& out, const std::string& op, const json& args,
              const json& kw) {
  const auto dtype = parse_dtype(kw.value("dtype", json()));
  const auto dim_kw = [&]() { return kw.contains("dim") ? shape_of(kw["dim"]) : Shape{}; };
  const bool keepdim = kw.value("keepdim", false);
  auto arg = [&](size_t i) { return ref(env, args[i]); };

  if (op == "jacobian") {
    return jacobian(function_named(args[0].get<std::string>()), arg(1), kw.value("vectorize", false));
  }
  if (op == "hessian") return hessian(function_named(args[0].get<std::string>()), arg(1));
  if (op == "vjp") return vjp(function_named(args[0].get<std::string>()), arg(1), arg(2)).second;
  if (op == "jvp") return jvp(function_named(args[0].get<std::string>()), arg(1), arg(2)).second;
  if (op == "add" || op == "sub" || op == "mul" || op == "div" || op == "pow" ||
      op == "floor_divide" || op == "remainder") {
    return binary(op, env, args, kw.value("reverse", false));
  }
  static const std::map<std::string, CompareOp> kCompare = {
      {"gt", CompareOp::Gt}, {"lt", CompareOp::Lt}, {"ge", CompareOp::Ge},
      {"le", CompareOp::Le}, {"eq", CompareOp::Eq}, {"ne", CompareOp::Ne}};
  if (auto it = kCompare.find(op); it != kCompare.end()) {
    return is_ref(args[1]) ? compare(arg(0), arg(1), it->second)
                           : compare(arg(0), scalar_of(args[1]), it->second);
  }
  static const std::map<std::string, Tensor (*)(const Tensor&)> kUnary = {
      {"neg", neg}, {"exp", exp}, {"log", log}, {"sqrt", sqrt}, {"sin", sin}, {"cos", cos},
      {"tanh", tanh}, {"sigmoid", sigmoid}, {"relu", relu}, {"abs", abs}, {"clone", clone},
      {"t", t}};
  if (auto it = kUnary.find(op); it != kUnary.end()) return it->second(arg(0));
  if (op == "detach") return arg(0).detach();
  if (op == "data") return arg(0).data();
  if (op == "flatten") return flatten(arg(0));
  if (op == "item") return Tensor::scalar(arg(0).item(), arg(0).dtype());
  if (op == "squeeze") return args.size() > 1 ? squeeze(arg(0), args[1].get<int64_t>()) : squeeze(arg(0));
  if (op == "sum") return kw.contains("dim") ? sum(arg(0), dim_kw(), keepdim) : sum(arg(0));
  if (op == "mean") return kw.contains("dim") ? mean(arg(0), dim_kw(), keepdim) : mean(arg(0));
  if (op == "prod") return kw.contains("dim") ? prod(arg(0), kw["dim"].get<int64_t>(), keepdim) : prod(arg(0));
  if (op == "norm") return kw.contains("dim") ? norm(arg(0), 2.0, dim_kw(), keepdim) : norm(arg(0));
  if (op == "max" || op == "min") {
    if (!kw.contains("dim")) return op == "max" ? max(arg(0)) : min(arg(0));
    auto [values, indices] = op == "max" ? max(arg(0), kw["dim"].get<int64_t>(), keepdim)
                                         : min(arg(0), kw["dim"].get<int64_t>(), keepdim);
    env[out + "_indices"] = indices;
    return values;
  }
  if (op == "argmax" || op == "argmin") {
    std::optional<int64_t> d;
    if (kw.contains("dim")) d = kw["dim"].get<int64_t>();
    return op == "argmax" ? argmax(arg(0), d, keepdim) : argmin(arg(0), d, keepdim);
  }
  if (op == "mm") return mm(arg(0), arg(1));
  if (op == "mv") return mv(arg(0), arg(1));
  if (op == "dot") return dot(arg(0), arg(1));
  if (op == "matmul") return matmul(arg(0), arg(1));
  if (op == "view") return view(arg(0), shape_of(args[1]));
  if (op == "reshape") return reshape(arg(0), shape_of(args[1]));
  if (op == "expand") return expand(arg(0), shape_of(args[1]));
  if (op == "permute") return permute(arg(0), shape_of(args[1]));
  if (op == "transpose") return transpose(arg(0), args[1].get<int64_t>(), args[2].get<int64_t>());
  if (op == "unsqueeze") return unsqueeze(arg(0), args[1].get<int64_t>());
  if (op == "select") return select(arg(0), args[1].get<int64_t>(), args[2].get<int64_t>());
  if (op == "setitem") {
    Tensor target = index_int(arg(0), args[1].get<int64_t>());
    copy_(target, is_ref(args[2]) ? ref(env, args[2]) : Tensor::wrap_scalar(scalar_of(args[2])));
    return Tensor();
  }
  if (op == "getitem") return index_int(arg(0), args[1].get<int64_t>());
  if (op == "slice") {
    auto opt = [](const json& j) { return j.is_null() ? std::nullopt : std::optional<int64_t>(j.get<int64_t>()); };
    return slice(arg(0), args[1].get<int64_t>(), opt(args[2]), opt(args[3]),
                 args[4].is_null() ? 1 : args[4].get<int64_t>());
  }
  if (op == "stack") return stack(refs(env, args[0]), kw.value("dim", int64_t{0}));
  if (op == "cat") return cat(refs(env, args[0]), kw.value("dim", int64_t{0}));
  if (op == "where") return where(arg(0), arg(1), arg(2));
  if (op == "softmax") return softmax(arg(0), args[1].get<int64_t>());
  if (op == "log_softmax") return log_softmax(arg(0), args[1].get<int64_t>());
  if (op == "mse_loss") return mse_loss(arg(0), arg(1), reduction_of(kw));
  if (op == "cross_entropy") return cross_entropy(arg(0), arg(1), reduction_of(kw));
  if (op == "nll_loss") return nll_loss(arg(0), arg(1), reduction_of(kw));
  if (op == "backward") {
    Tensor gradient = kw.contains("gradient") ? ref(env, kw["gradient"]) : Tensor();
    std::optional<bool> retain;
    if (kw.contains("retain_graph") && !kw["retain_graph"].is_null()) retain = kw["retain_graph"].get<bool>();
    tensor_backward(arg(0), gradient, retain, kw.value("create_graph", false));
    return Tensor();
  }
  if (op == "autograd_grad") return grad({arg(0)}, {arg(1)})[0];
  if (op == "grad_of") return arg(0).grad();
  if (op == "zero_grad") {
    zero_(arg(0).grad().data());
    return Tensor();
  }
  if (op == "retain_grad") {
    arg(0).retain_grad();
    return Tensor();
  }
  if (op == "requires_grad_") {
    arg(0).set_requires_grad(true);
    return Tensor();
  }
  if (op == "set_requires_grad") {
    arg(0).set_requires_grad(args[1].get<bool>());
    return Tensor();
  }
  if (op == "add_" || op == "sub_" || op == "mul_" || op == "div_") {
    Tensor self = arg(0);
    Tensor other = is_ref(args[1]) ? arg(1) : Tensor::wrap_scalar(scalar_of(args[1]));
    if (op == "add_") add_(self, other);
    if (op == "sub_") sub_(self, other);
    if (op == "mul_") mul_(self, other);
    if (op == "div_") div_(self, other);
    return self;
  }
  if (op == "fill_") {
    Tensor self = arg(0);
    return fill_(self, scalar_of(args[1]));
  }
  if (op == "zero_") {
    Tensor self = arg(0);
    return zero_(self);
  }
  if (op == "tensor") return tensor_from_data(args[0], kw.value("dtype", json()));
  if (op == "zeros") return zeros(shape_of(args[0]), dtype.value_or(DType::Float32));
  if (op == "ones") return ones(shape_of(args[0]), dtype.value_or(DType::Float32));
  if (op == "full") return full(shape_of(args[0]), scalar_of(args[1]), dtype);
  if (op == "eye") {
    std::optional<int64_t> m;
    if (args.size() > 1) m = args[1].get<int64_t>();
    return eye(args[0].get<int64_t>(), m, dtype.value_or(DType::Float32));
  }
  if (op == "arange") {
    if (args.size() == 1) return arange(Scalar(int64_t{0}), scalar_of(args[0]), Scalar(int64_t{1}), dtype);
    return arange(scalar_of(args[0]), scalar_of(args[1]),
                  args.size() > 2 ? scalar_of(args[2]) : Scalar(int64_t{1}), dtype);
  }
  if (op == "linspace") {
    return linspace(decode_number(args[0]), decode_number(args[1]), args[2].get<int64_t>(),
                    dtype.value_or(DType::Float32));
  }
  if (op == "zeros_like") return zeros_like(arg(0), dtype);
  if (op == "ones_like") return ones_like(arg(0), dtype);
  if (op == "manual_seed") {
    manual_seed(args[0].get<uint64_t>());
    return Tensor();
  }
  if (op == "rand") return rand(shape_of(args[0]), dtype.value_or(DType::Float32));
  if (op == "randn") return randn(shape_of(args[0]), dtype.value_or(DType::Float32));
  if (op == "randint") return randint(args[0].get<int64_t>(), args[1].get<int64_t>(), shape_of(args[2]));
  throw std::runtime_error("unknown op " + op);
}

}  // namespace golden
