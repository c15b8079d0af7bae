// Elementwise math. Functions of reals (exp, log, ...) turn integer inputs into the default
// float dtype, as PyTorch does; neg/abs/relu/sign keep the dtype.
#include <cmath>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/float32_paths.h"
#include "ops/kernels.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "ops/sleef_float.h"

namespace ag {

namespace {

// f(x) over t in its floating dtype (integers promoted to the default float).
template <class F>
Tensor float_unary(Op op, const Tensor& t, F&& f) {
  const DType d = is_floating(t.dtype()) ? t.dtype() : default_float_dtype();
  Tensor in = raw::cast(t, d);
  Tensor out = kernels::dispatch_floating(d, [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_unary<T, T>(in, [&](T x) { return f(x); });
  });
  record(op, {t}, out);
  return out;
}

// f over t in its own dtype (bool excluded by the caller where PyTorch refuses it).
template <class F>
Tensor same_dtype_unary(const Tensor& t, F&& f) {
  return dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_unary<T, T>(t, [&](T v) { return f(v); });
  });
}

}  // namespace

Tensor neg(const Tensor& t) {
  if (t.dtype() == DType::Bool) {
    runtime_error("Negation, the `-` operator, on a bool tensor is not supported. If you are trying "
                  "to invert a mask, use the `~` or `logical_not()` operator instead.");
  }
  Tensor out = same_dtype_unary(t, [](auto v) {
    using T = decltype(v);
    // -INT64_MIN wraps to itself, as in PyTorch (negated in unsigned arithmetic, which C++ defines).
    if constexpr (std::is_same_v<T, int64_t>) return static_cast<T>(0 - static_cast<uint64_t>(v));
    else return static_cast<T>(-v);
  });
  record(Op::Neg, {t}, out);
  return out;
}

// float32 (integers included) as PyTorch's at::vml computes it: SLEEF's AVX2 function on every
// element; `map` instead of `f` for functions whose lanes depend on each other (sin, cos).
static Tensor vml_float32(Op op, const Tensor& t, float32_paths::Fn f, float32_paths::MapFn map = nullptr) {
  Tensor in = raw::cast(t, is_floating(t.dtype()) ? t.dtype() : DType::Float32);  // bfloat16 stays itself
  Tensor out = map ? float32_paths::vml_grouped(in, map) : float32_paths::vml(in, f);
  record(op, {t}, out);
  return out;
}
static bool computes_in_float32(const Tensor& t) {
  return (is_floating(t.dtype()) ? t.dtype() : default_float_dtype()) != DType::Float64;
}

Tensor exp(const Tensor& t) {
  require_half_kernel("exp_vml_cpu", t.dtype());
  if (computes_in_float32(t)) return vml_float32(Op::Exp, t, sleef::expf_u10);
  return float_unary(Op::Exp, t, [](auto x) { return std::exp(x); });
}
Tensor log(const Tensor& t) {
  require_half_kernel("log_vml_cpu", t.dtype());
  if (computes_in_float32(t)) return vml_float32(Op::Log, t, sleef::logf_u10);
  return float_unary(Op::Log, t, [](auto x) { return std::log(x); });
}
Tensor sqrt(const Tensor& t) {
  require_half_kernel("sqrt_vml_cpu", t.dtype());
  return float_unary(Op::Sqrt, t, [](auto x) { return std::sqrt(x); });
}
Tensor sin(const Tensor& t) {
  require_half_kernel("sin_vml_cpu", t.dtype());
  if (computes_in_float32(t)) return vml_float32(Op::Sin, t, nullptr, sleef::sinf_u10_map);
  return float_unary(Op::Sin, t, [](auto x) { return std::sin(x); });
}
Tensor cos(const Tensor& t) {
  require_half_kernel("cos_vml_cpu", t.dtype());
  if (computes_in_float32(t)) return vml_float32(Op::Cos, t, nullptr, sleef::cosf_u10_map);
  return float_unary(Op::Cos, t, [](auto x) { return std::cos(x); });
}
Tensor tanh(const Tensor& t) {
  require_half_kernel("tanh_vml_cpu", t.dtype());
  if (computes_in_float32(t)) return vml_float32(Op::Tanh, t, sleef::tanhf_u10);
  return float_unary(Op::Tanh, t, [](auto x) { return std::tanh(x); });
}
Tensor tanh_backward(const Tensor& grad, const Tensor& result) {
  // PyTorch's compiled kernel computes 1 - r*r as one fused multiply-add.
  const DType d = result_type(grad, result);
  Tensor g = raw::cast(grad, d), r = raw::cast(result, d);
  Tensor out = kernels::dispatch_floating(d, [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_binary<T, T>(g, r, [](T x, T y) { return x * std::fma(-y, y, T(1)); });
  });
  record(Op::TanhBackward, {grad, result}, out);
  return out;
}

Tensor sigmoid(const Tensor& t) {
  require_half_kernel("sigmoid_cpu", t.dtype());
  // cpu_kernel_vec: 1 / (1 + exp(-x)) with SLEEF's exp in blocks of 16, the C library's expf for
  // the rest; a true division either way.
  if (computes_in_float32(t)) {
    Tensor out = float32_paths::vec_kernel(
        raw::cast(t, is_floating(t.dtype()) ? t.dtype() : DType::Float32),
        [](float x) { return 1.0f / (1.0f + sleef::expf_u10(0.0f - x)); },
        [](float x) { return 1.0f / (1.0f + std::exp(-x)); });
    record(Op::Sigmoid, {t}, out);
    return out;
  }
  return float_unary(Op::Sigmoid, t, [](auto x) {
    using T = decltype(x);
    return T(1) / (T(1) + std::exp(-x));
  });
}
Tensor reciprocal(const Tensor& t) {
  return float_unary(Op::Reciprocal, t, [](auto x) {
    using T = decltype(x);
    return T(1) / x;
  });
}

Tensor relu(const Tensor& t) {
  require_half_kernel("clamp_min_cpu", t.dtype());
  if (t.dtype() == DType::Bool) runtime_error("\"clamp_min_cpu\" not implemented for 'Bool'");
  Tensor out = same_dtype_unary(t, [](auto v) {
    using T = decltype(v);
    if constexpr (std::is_floating_point_v<T>) {
      if (std::isnan(v)) return v;
    }
    return v > T(0) ? v : T(0);
  });
  record(Op::Relu, {t}, out);
  return out;
}

Tensor abs(const Tensor& t) {
  if (t.dtype() == DType::Bool) runtime_error("\"abs_cpu\" not implemented for 'Bool'");
  Tensor out = same_dtype_unary(t, [](auto v) {
    using T = decltype(v);
    if constexpr (std::is_floating_point_v<T>) {
      return std::fabs(v);
    } else {
      return static_cast<T>(v < 0 ? -v : v);
    }
  });
  record(Op::Abs, {t}, out);
  return out;
}

static Tensor sign_values(const Tensor& t) {
  return same_dtype_unary(t, [](auto v) {
    using T = decltype(v);
    if constexpr (std::is_same_v<T, bool>) {
      return v;
    } else {
      return static_cast<T>((T(0) < v) - (v < T(0)));
    }
  });
}

// sign's derivative is zero wherever it exists; the node is there for grad_fn's name.
Tensor sign(const Tensor& t) {
  Tensor out = sign_values(t);
  record(Op::Sign, {t}, out);
  return out;
}

Tensor sgn(const Tensor& t) {
  Tensor out = sign_values(t);
  record(Op::Sgn, {t}, out);
  return out;
}

}  // namespace ag

namespace ag {

namespace {

Tensor clamp_values(const Tensor& t, std::optional<double> min_value, std::optional<double> max_value) {
  return dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const double lo = min_value.value_or(-INFINITY), hi = max_value.value_or(INFINITY);
    return kernels::map_unary<T, T>(t, [lo, hi](T v) {
      if constexpr (std::is_floating_point_v<T>) {
        if (std::isnan(v)) return v;
      }
      const double d = static_cast<double>(v);
      return static_cast<T>(d < lo ? lo : d > hi ? hi : d);
    });
  });
}

}  // namespace

Tensor clamp(const Tensor& t, std::optional<double> min_value, std::optional<double> max_value) {
  if (!min_value && !max_value) runtime_error("torch.clamp: At least one of 'min' or 'max' must not be None");
  require_half_kernel(min_value && max_value ? "clamp_scalar_cpu" : min_value ? "clamp_min_cpu" : "clamp_max_scalar_cpu", t.dtype());
  Tensor out = clamp_values(t, min_value, max_value);
  // Tensor.clamp records ClampBackward1 whichever bounds are given.
  OpAttrs attrs;
  attrs.scalar = min_value.value_or(-INFINITY);
  attrs.aux = Tensor::scalar(Scalar(max_value.value_or(INFINITY)), DType::Float64);
  record(Op::Clamp, {t}, out, std::move(attrs));
  return out;
}

Tensor clamp_min(const Tensor& t, double min_value) {
  require_half_kernel("clamp_min_cpu", t.dtype());
  Tensor out = clamp_values(t, min_value, std::nullopt);
  OpAttrs attrs;
  attrs.scalar = min_value;
  record(Op::ClampMin, {t}, out, std::move(attrs));
  return out;
}

Tensor clamp_max(const Tensor& t, double max_value) {
  require_half_kernel("clamp_max_scalar_cpu", t.dtype());
  Tensor out = clamp_values(t, std::nullopt, max_value);
  OpAttrs attrs;
  attrs.scalar = max_value;
  record(Op::ClampMax, {t}, out, std::move(attrs));
  return out;
}

}  // namespace ag
