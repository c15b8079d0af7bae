// _numpy_native: what engine/lib/python/numpy needs below Python — numpy's float32 digits, its
// legacy RandomState and its summation order. The ndarray itself is Python (numpy/_ndarray.py)
// over the engine's tensors.
#include <cmath>
#include <unordered_map>

#include "libm/glibc_double.h"
#include "ops/ops.h"
#include "ops/pairwise_sum.h"
#include "print/python_format.h"
#include "python/args.h"
#include "python/interpreter.h"
#include "random/legacy_random_state.h"

namespace ag::interp {

namespace {

struct RandomStateObj : Object {
  LegacyRandomState state;
  ClassObj* cls() const override { return builtin_types().object.get(); }
};

LegacyRandomState& state_of(Interpreter& in, const Value& v) {
  auto* s = v.as<RandomStateObj>();
  if (!s) in.raise("TypeError", "expected a numpy random state");
  return s->state;
}

// count draws of `draw` into a 1-D tensor of dtype T.
template <class T, class Draw>
Value draws(Interpreter& in, int64_t count, Draw draw) {
  if (count < 0) in.raise("ValueError", "negative dimensions are not allowed");
  Tensor t = Tensor::empty({count}, dtype_of<T>());
  T* p = t.data_ptr<T>();
  for (int64_t i = 0; i < count; ++i) p[i] = draw();
  return in.wrap(t);
}

// numpy's elementwise math on float32 and float64 (the caller has cast ints to float64), in the
// tensor's own precision: float32 goes through the float overloads of <cmath>, as numpy's loops do;
// float64 exp/log/sin/cos/tan are glibc's (libm/), which numpy calls on the oracle's AVX2 CPU.
const std::unordered_map<std::string, std::pair<float (*)(float), double (*)(double)>>& unary_math() {
  static const std::unordered_map<std::string, std::pair<float (*)(float), double (*)(double)>> table = {
      {"exp", {[](float x) { return std::exp(x); }, [](double x) { return glibc::exp(x); }}},
      {"log", {[](float x) { return std::log(x); }, [](double x) { return glibc::log(x); }}},
      {"log2", {[](float x) { return std::log2(x); }, [](double x) { return std::log2(x); }}},
      {"log10", {[](float x) { return std::log10(x); }, [](double x) { return std::log10(x); }}},
      {"log1p", {[](float x) { return std::log1p(x); }, [](double x) { return std::log1p(x); }}},
      {"expm1", {[](float x) { return std::expm1(x); }, [](double x) { return std::expm1(x); }}},
      {"sqrt", {[](float x) { return std::sqrt(x); }, [](double x) { return std::sqrt(x); }}},
      {"sin", {[](float x) { return std::sin(x); }, [](double x) { return glibc::sin(x); }}},
      {"cos", {[](float x) { return std::cos(x); }, [](double x) { return glibc::cos(x); }}},
      {"tan", {[](float x) { return std::tan(x); }, [](double x) { return glibc::tan(x); }}},
      {"arcsin", {[](float x) { return std::asin(x); }, [](double x) { return std::asin(x); }}},
      {"arccos", {[](float x) { return std::acos(x); }, [](double x) { return std::acos(x); }}},
      {"arctan", {[](float x) { return std::atan(x); }, [](double x) { return std::atan(x); }}},
      {"sinh", {[](float x) { return std::sinh(x); }, [](double x) { return std::sinh(x); }}},
      {"cosh", {[](float x) { return std::cosh(x); }, [](double x) { return std::cosh(x); }}},
      {"tanh", {[](float x) { return std::tanh(x); }, [](double x) { return std::tanh(x); }}},
      {"floor", {[](float x) { return std::floor(x); }, [](double x) { return std::floor(x); }}},
      {"ceil", {[](float x) { return std::ceil(x); }, [](double x) { return std::ceil(x); }}},
      {"trunc", {[](float x) { return std::trunc(x); }, [](double x) { return std::trunc(x); }}},
      {"rint", {[](float x) { return std::nearbyint(x); }, [](double x) { return std::nearbyint(x); }}},
  };
  return table;
}

// cumsum / cumprod along `axis` of a contiguous tensor, sequentially, in its dtype.
Tensor cumulative(const Tensor& input, int64_t axis, bool product) {
  const Tensor t = contiguous(input);
  Tensor out = Tensor::empty(t.shape(), t.dtype());
  int64_t outer = 1, inner = 1;
  const int64_t n = t.shape()[axis];
  for (int64_t d = 0; d < axis; ++d) outer *= t.shape()[d];
  for (int64_t d = axis + 1; d < t.dim(); ++d) inner *= t.shape()[d];
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>) {
      const T* a = t.data_ptr<T>();
      T* o = out.data_ptr<T>();
      for (int64_t i = 0; i < outer; ++i) {
        for (int64_t j = 0; j < inner; ++j) {
          const int64_t base = i * n * inner + j;
          T acc = a[base];
          o[base] = acc;
          for (int64_t k = 1; k < n; ++k) {
            acc = product ? acc * a[base + k * inner] : acc + a[base + k * inner];
            o[base + k * inner] = acc;
          }
        }
      }
    }
  });
  return out;
}

}  // namespace

void install_numpy_natives(Interpreter& interp) {
  auto module = std::make_shared<ModuleObj>("_numpy_native");
  AttrMap& m = module->attrs;
  m["float32_repr"] = make_native("float32_repr", [](Interpreter& in, Args& a, Kwargs&) {
    return make_str(float32_repr(static_cast<float>(to_float(in, a.at(0)))));
  });
  m["add_reduce"] = make_native("add_reduce", [](Interpreter& in, Args& a, Kwargs&) {
    const Tensor t = in.to_tensor(a.at(0));
    std::optional<int64_t> axis;
    if (!a.at(1).is_none()) axis = to_int(in, a[1]);
    return in.wrap(numpy_add_reduce(t, axis, in.truthy(a.at(2))));
  });

  // unary(name, t): numpy's float math (t is float32 or float64); a fresh tensor.
  m["unary"] = make_native("unary", [](Interpreter& in, Args& a, Kwargs&) {
    const std::string name = in.str(a.at(0));
    auto it = unary_math().find(name);
    if (it == unary_math().end()) in.raise("ValueError", "no numpy math function " + name);
    const Tensor t = contiguous(in.to_tensor(a.at(1)));
    Tensor out = Tensor::empty(t.shape(), t.dtype());
    const int64_t n = t.numel();
    if (t.dtype() == DType::Float32) {
      const float* x = t.data_ptr<float>();
      float* y = out.data_ptr<float>();
      for (int64_t i = 0; i < n; ++i) y[i] = it->second.first(x[i]);
    } else if (t.dtype() == DType::Float64) {
      const double* x = t.data_ptr<double>();
      double* y = out.data_ptr<double>();
      for (int64_t i = 0; i < n; ++i) y[i] = it->second.second(x[i]);
    } else {
      in.raise("TypeError", "numpy math on a non-float tensor");
    }
    return in.wrap(out);
  });
  m["cumulative"] = make_native("cumulative", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(cumulative(in.to_tensor(a.at(0)), to_int(in, a.at(1)), in.truthy(a.at(2))));
  });

  m["new_state"] = make_native("new_state", [](Interpreter&, Args&, Kwargs&) {
    return Value(std::make_shared<RandomStateObj>());
  });
  m["seed"] = make_native("seed", [](Interpreter& in, Args& a, Kwargs&) {
    const int64_t n = to_int(in, a.at(1));
    if (n < 0 || n > 0xffffffffLL) in.raise("ValueError", "Seed must be between 0 and 2**32 - 1");
    state_of(in, a.at(0)).seed(static_cast<uint32_t>(n));
    return none();
  });
  m["random_sample"] = make_native("random_sample", [](Interpreter& in, Args& a, Kwargs&) {
    LegacyRandomState& s = state_of(in, a.at(0));
    return draws<double>(in, to_int(in, a.at(1)), [&] { return s.next_double(); });
  });
  m["standard_normal"] = make_native("standard_normal", [](Interpreter& in, Args& a, Kwargs&) {
    LegacyRandomState& s = state_of(in, a.at(0));
    return draws<double>(in, to_int(in, a.at(1)), [&] { return s.next_gauss(); });
  });
  // randint(state, low, high, count): integers in [low, high), the caller has checked low < high.
  m["randint"] = make_native("randint", [](Interpreter& in, Args& a, Kwargs&) {
    LegacyRandomState& s = state_of(in, a.at(0));
    const int64_t low = to_int(in, a.at(1)), high = to_int(in, a.at(2));
    const uint64_t range = static_cast<uint64_t>(high) - static_cast<uint64_t>(low) - 1;
    return draws<int64_t>(in, to_int(in, a.at(3)), [&] {
      return static_cast<int64_t>(static_cast<uint64_t>(low) + s.bounded(range));
    });
  });
  // interval(state, max): one integer in [0, max], as shuffle draws its swap partners.
  m["interval"] = make_native("interval", [](Interpreter& in, Args& a, Kwargs&) {
    return Value::integer(static_cast<int64_t>(state_of(in, a.at(0)).bounded(static_cast<uint64_t>(to_int(in, a.at(1))))));
  });
  interp.modules()["_numpy_native"] = Value(module);
}

}  // namespace ag::interp
