// torch's elementwise math beyond arithmetic, as torch functions and tensor methods:
// rounding, inverse trigonometric and hyperbolic functions, the log/exp family, binary
// functions (maximum, atan2, lerp, ...), predicates and logical/bitwise operations.
#include "lib/native/tensor_api.h"

#include "python/args.h"

namespace ag::interp {

namespace {

NativeFn bitwise_fn(const char* name, BitwiseOp op) {
  return [name, op](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    Tensor t = self_of(r);
    Tensor o = other_tensor(in, r.required(1, "other"));
    r.done();
    return in.wrap(bitwise(t, o, op));
  };
}

// f(t, other) where PyTorch's signature takes only a tensor as `other` (no Python numbers).
NativeFn tensor_binary_fn(const char* name, Tensor (*f)(const Tensor&, const Tensor&)) {
  return [name, f](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    r.torch_style();
    Tensor t = self_of(r);
    Value other = r.required(1, "other");
    r.done();
    if (!other.as<TensorObj>()) {
      in.raise("TypeError", std::string(name) + "(): argument 'other' (position 2) must be Tensor, not " +
                                in.type_of(other)->name);
    }
    return in.wrap(f(t, in.to_tensor(other)));
  };
}

}  // namespace

const std::vector<const char*>& math_inplace_bases() {
  static const std::vector<const char*> bases = {
      "floor", "ceil", "trunc", "frac", "round", "asin", "acos", "atan", "sinh", "cosh", "asinh", "acosh",
      "atanh", "tan", "log2", "log10", "log1p", "expm1", "exp2", "rsqrt", "erf", "erfc", "erfinv", "logit",
      "nan_to_num", "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "arctanh", "fix", "atan2", "arctan2",
      "hypot", "fmod", "lerp", "logical_and", "logical_or", "logical_xor", "logical_not",
      "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not", "bitwise_left_shift", "bitwise_right_shift",
      "sgn", "absolute", "scatter", "scatter_add", "cumsum", "cumprod", "deg2rad", "rad2deg", "sinc", "lgamma",
      "digamma", "xlogy", "copysign", "heaviside"};
  return bases;
}

void add_math_functions(std::unordered_map<std::string, NativeFn>& m) {
  struct Unary {
    const char* name;
    Tensor (*f)(const Tensor&);
  };
  for (const Unary& u : std::initializer_list<Unary>{
           {"floor", floor}, {"ceil", ceil}, {"trunc", trunc}, {"fix", trunc}, {"frac", frac},
           {"asin", asin}, {"arcsin", asin}, {"acos", acos}, {"arccos", acos}, {"atan", atan},
           {"arctan", atan}, {"sinh", sinh}, {"cosh", cosh}, {"asinh", asinh}, {"arcsinh", asinh},
           {"acosh", acosh}, {"arccosh", acosh}, {"atanh", atanh}, {"arctanh", atanh}, {"tan", tan},
           {"log2", log2}, {"log10", log10}, {"log1p", log1p}, {"expm1", expm1}, {"exp2", exp2},
           {"rsqrt", rsqrt}, {"erfc", erfc}, {"erfinv", erfinv}, {"isnan", isnan}, {"isinf", isinf},
           {"isposinf", isposinf}, {"isneginf", isneginf},
           {"bitwise_not", bitwise_not}, {"erf", erf}, {"sgn", sgn}, {"absolute", abs},
           {"deg2rad", deg2rad}, {"rad2deg", rad2deg}, {"sinc", sinc}, {"lgamma", lgamma}, {"digamma", digamma},
           {"special_digamma", digamma}, {"psi", digamma}, {"signbit", signbit}}) {
    m[u.name] = unary_fn(u.name, u.f);
  }
  struct Binary {
    const char* name;
    Tensor (*f)(const Tensor&, const Tensor&);
  };
  for (const Binary& b : std::initializer_list<Binary>{
           {"maximum", maximum}, {"minimum", minimum}, {"fmax", fmax}, {"fmin", fmin}, {"atan2", atan2},
           {"arctan2", atan2}, {"hypot", hypot}, {"logical_and", logical_and}, {"logical_or", logical_or},
           {"logical_xor", logical_xor}}) {
    m[b.name] = tensor_binary_fn(b.name, b.f);
  }
  m["fmod"] = binary_fn("fmod", fmod);
  m["logaddexp"] = binary_fn("logaddexp", logaddexp);
  m["logaddexp2"] = binary_fn("logaddexp2", logaddexp2);
  m["copysign"] = binary_fn("copysign", copysign);
  m["heaviside"] = tensor_binary_fn("heaviside", heaviside);
  // xlogy(self, other): either side may be a Python number (XlogyBackward1 / XlogyBackward2).
  m["xlogy"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "xlogy", a, k);
    Tensor self = other_tensor(in, r.required(0, "input"));
    Tensor other = other_tensor(in, r.required(1, "other"));
    r.done();
    if (self.impl()->is_wrapped_number && other.impl()->is_wrapped_number) {
      in.raise("TypeError", "xlogy() received an invalid combination of arguments - got (" + in.type_of(a[0])->name +
                                ", " + in.type_of(a[1])->name + ")");
    }
    return in.wrap(xlogy(self, other));
  };
  // torch.polygamma(n, input) and, as a method, x.polygamma(n).
  m["polygamma"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "polygamma", a, k);
    const bool method = !a.empty() && a[0].as<TensorObj>();
    Value first = r.required(0, method ? "input" : "n");
    Value second = r.required(1, method ? "n" : "input");
    r.done();
    const Value& n = method ? second : first;
    const Value& input = method ? first : second;
    return in.wrap(polygamma(to_int(in, n), in.to_tensor(input, "input")));
  };
  for (const char* name : {"addcmul", "addcdiv"}) {
    const bool is_mul = std::string(name) == "addcmul";
    m[name] = [name, is_mul](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor self = self_of(r);
      Tensor t1 = in.to_tensor(r.required(1, "tensor1"));
      Tensor t2 = in.to_tensor(r.required(2, "tensor2"));
      auto value = r.keyword("value");
      r.done();
      const double v = value ? to_float(in, *value) : 1.0;
      return in.wrap(is_mul ? addcmul(self, t1, t2, v) : addcdiv(self, t1, t2, v));
    };
  }
  m["bitwise_and"] = bitwise_fn("bitwise_and", BitwiseOp::And);
  m["bitwise_or"] = bitwise_fn("bitwise_or", BitwiseOp::Or);
  m["bitwise_xor"] = bitwise_fn("bitwise_xor", BitwiseOp::Xor);
  m["bitwise_left_shift"] = bitwise_fn("bitwise_left_shift", BitwiseOp::LeftShift);
  m["bitwise_right_shift"] = bitwise_fn("bitwise_right_shift", BitwiseOp::RightShift);
  m["round"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "round", a, k);
    Tensor t = self_of(r);
    if (r.positional_count() > 1) {  // decimals is keyword-only; PyTorch's parser says it so
      in.raise("TypeError", "round() takes from 1 to 0 positional arguments but 1 were given");
    }
    auto decimals = r.keyword("decimals");
    r.done();
    return in.wrap(round(t, decimals ? to_int(in, *decimals) : 0));
  };
  m["logit"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "logit", a, k);
    Tensor t = self_of(r);
    auto eps = r.optional_float(1, "eps");
    r.done();
    return in.wrap(logit(t, eps));
  };
  m["nan_to_num"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "nan_to_num", a, k);
    Tensor t = self_of(r);
    auto nan = r.optional_float(1, "nan");
    auto posinf = r.optional_float(2, "posinf");
    auto neginf = r.optional_float(3, "neginf");
    r.done();
    return in.wrap(nan_to_num(t, nan.value_or(0.0), posinf, neginf));
  };
  m["lerp"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "lerp", a, k);
    Tensor t = self_of(r);
    Tensor end = in.to_tensor(r.required(1, "end"), "end");
    Tensor weight = other_tensor(in, r.required(2, "weight"));
    r.done();
    return in.wrap(lerp(t, end, weight));
  };
  m["nonzero"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "nonzero", a, k);
    Tensor t = self_of(r);
    auto as_tuple = r.keyword("as_tuple");
    r.done();
    Tensor coords = nonzero(t);
    if (!as_tuple || !in.truthy(*as_tuple)) return in.wrap(coords);
    std::vector<Value> columns;  // as_tuple=True: one index tensor per dimension
    for (int64_t d = 0; d < t.dim(); ++d) columns.push_back(in.wrap(contiguous(select(coords, 1, d))));
    return make_tuple(std::move(columns));
  };
  m["argwhere"] = unary_fn("argwhere", nonzero);
  m["isclose"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "isclose", a, k);
    Tensor t = self_of(r);
    Tensor o = other_tensor(in, r.required(1, "other"));
    auto rtol = r.optional_float(2, "rtol");
    auto atol = r.optional_float(3, "atol");
    auto equal_nan = r.get(4, "equal_nan");
    r.done();
    return in.wrap(isclose(t, o, rtol.value_or(1e-05), atol.value_or(1e-08), equal_nan && in.truthy(*equal_nan)));
  };
}

}  // namespace ag::interp
