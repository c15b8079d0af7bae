// The rest of PyTorch's elementwise math: inverse trigonometric and hyperbolic functions, the
// log/exp family, rsqrt, erfc, erfinv, logit, rounding (ceil floor round trunc frac) and
// nan_to_num. Each is one map over the input and one row of the derivatives table.
#include <cmath>
#include <limits>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/float32_paths.h"
#include "ops/half_kernels.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "ops/sleef_float.h"

namespace ag {

namespace {

Tensor record_unary(Op op, const Tensor& t, Tensor out, OpAttrs attrs = {}) {
  record(op, {t}, out, std::move(attrs));
  return out;
}

// A function of reals over t: integers become the default float, and float32 is evaluated in
// double and rounded once, which is the correctly rounded value nearly always (PyTorch's SLEEF
// kernels are within one ulp of it).
template <class F>
Tensor real_map(const Tensor& t, F&& f) {
  const DType d = is_floating(t.dtype()) ? t.dtype() : default_float_dtype();
  Tensor in = raw::contiguous(raw::cast(t, d));
  Tensor out = Tensor::empty(t.shape(), d);
  const int64_t n = t.numel();
  if (storage_dtype(d) == DType::Float32) {
    const float* src = in.data_ptr<float>();
    float* dst = out.data_ptr<float>();
    for (int64_t i = 0; i < n; ++i) dst[i] = static_cast<float>(f(static_cast<double>(src[i])));
  } else {
    const double* src = in.data_ptr<double>();
    double* dst = out.data_ptr<double>();
    for (int64_t i = 0; i < n; ++i) dst[i] = f(src[i]);
  }
  return out;
}

// A function PyTorch evaluates through at::vml: float32 (and integers, computed in float32) get
// SLEEF's AVX2 result for every element, float64 is evaluated in double.
template <class F>
Tensor vml_map(const Tensor& t, float32_paths::Fn f32, F&& f64) {
  const DType d = is_floating(t.dtype()) ? t.dtype() : default_float_dtype();
  if (storage_dtype(d) != DType::Float32) return real_map(t, f64);
  return float32_paths::vml(raw::cast(t, d), f32);
}

// A function PyTorch evaluates through cpu_kernel_vec: in float32, SLEEF for the blocks of 16 of
// each contiguous run, the C library's float function for the rest.
template <class F>
Tensor vec_map(const Tensor& t, float32_paths::Fn vectorised, float32_paths::Fn scalar, F&& f64) {
  const DType d = is_floating(t.dtype()) ? t.dtype() : default_float_dtype();
  if (storage_dtype(d) != DType::Float32) return real_map(t, f64);
  return float32_paths::vec_kernel(raw::cast(t, d), vectorised, scalar);
}

// A map in t's own floating precision (rounding is exact, so no detour through double).
template <class F>
Tensor same_precision_map(const Tensor& t, F&& f) {
  Tensor in = raw::contiguous(t);
  Tensor out = Tensor::empty(t.shape(), t.dtype());
  const int64_t n = t.numel();
  if (storage_dtype(t.dtype()) == DType::Float32) {
    const float* src = in.data_ptr<float>();
    float* dst = out.data_ptr<float>();
    for (int64_t i = 0; i < n; ++i) dst[i] = f(src[i]);
  } else {
    const double* src = in.data_ptr<double>();
    double* dst = out.data_ptr<double>();
    for (int64_t i = 0; i < n; ++i) dst[i] = f(src[i]);
  }
  return out;
}

// Rounding of an integer tensor is the tensor itself (a copy), as in PyTorch.
template <class F>
Tensor rounding(Op op, const Tensor& t, F&& f) {
  if (!is_floating(t.dtype())) return raw::contiguous_copy(t);
  return record_unary(op, t, same_precision_map(t, f));
}

// erf^-1 in double: a rational first guess (Giles, "Approximating the erfinv function"), then
// Newton steps on erf, which converge to the last bit.
double erfinv_double(double x) {
  if (std::isnan(x) || x < -1.0 || x > 1.0) return std::numeric_limits<double>::quiet_NaN();
  if (x == 1.0) return std::numeric_limits<double>::infinity();
  if (x == -1.0) return -std::numeric_limits<double>::infinity();
  double w = -std::log((1.0 - x) * (1.0 + x)), p;
  if (w < 5.0) {
    w -= 2.5;
    p = 2.81022636e-08;
    p = 3.43273939e-07 + p * w;
    p = -3.5233877e-06 + p * w;
    p = -4.39150654e-06 + p * w;
    p = 0.00021858087 + p * w;
    p = -0.00125372503 + p * w;
    p = -0.00417768164 + p * w;
    p = 0.246640727 + p * w;
    p = 1.50140941 + p * w;
  } else {
    w = std::sqrt(w) - 3.0;
    p = -0.000200214257;
    p = 0.000100950558 + p * w;
    p = 0.00134934322 + p * w;
    p = -0.00367342844 + p * w;
    p = 0.00573950773 + p * w;
    p = -0.0076224613 + p * w;
    p = 0.00943887047 + p * w;
    p = 1.00167406 + p * w;
    p = 2.83297682 + p * w;
  }
  double y = p * x;
  for (int i = 0; i < 3; ++i) {
    const double err = std::erf(y) - x;
    y -= err / (M_2_SQRTPI * std::exp(-y * y));
  }
  return y;
}

}  // namespace

Tensor asin(const Tensor& t) {
  require_half_kernel("asin_vml_cpu", t.dtype());
  return record_unary(Op::Asin, t, vml_map(t, sleef::asinf_u10, [](double x) { return std::asin(x); }));
}
Tensor acos(const Tensor& t) {
  require_half_kernel("acos_vml_cpu", t.dtype());
  return record_unary(Op::Acos, t, vml_map(t, sleef::acosf_u10, [](double x) { return std::acos(x); }));
}
Tensor atan(const Tensor& t) {
  require_half_kernel("atan_vml_cpu", t.dtype());
  return record_unary(Op::Atan, t, vml_map(t, sleef::atanf_u10, [](double x) { return std::atan(x); }));
}
Tensor sinh(const Tensor& t) {
  require_half_kernel("sinh_cpu", t.dtype());
  return record_unary(Op::Sinh, t, vec_map(t, sleef::sinhf_u10, [](float x) { return std::sinh(x); },
                                           [](double x) { return std::sinh(x); }));
}
Tensor cosh(const Tensor& t) {
  require_half_kernel("cosh_cpu", t.dtype());
  return record_unary(Op::Cosh, t, vec_map(t, sleef::coshf_u10, [](float x) { return std::cosh(x); },
                                           [](double x) { return std::cosh(x); }));
}
Tensor asinh(const Tensor& t) {
  require_half_kernel("asinh_cpu", t.dtype());
  return record_unary(Op::Asinh, t, real_map(t, [](double x) { return std::asinh(x); }));
}
Tensor acosh(const Tensor& t) {
  require_half_kernel("acosh_cpu", t.dtype());
  return record_unary(Op::Acosh, t, real_map(t, [](double x) { return std::acosh(x); }));
}
Tensor atanh(const Tensor& t) {
  require_half_kernel("atanh_cpu", t.dtype());
  return record_unary(Op::Atanh, t, real_map(t, [](double x) { return std::atanh(x); }));
}
Tensor tan(const Tensor& t) {
  require_half_kernel("tan_vml_cpu", t.dtype());
  const DType d = is_floating(t.dtype()) ? t.dtype() : default_float_dtype();
  if (storage_dtype(d) == DType::Float32) return record_unary(Op::Tan, t, float32_paths::vml_grouped(raw::cast(t, d), sleef::tanf_u10_map));
  return record_unary(Op::Tan, t, real_map(t, [](double x) { return std::tan(x); }));
}
Tensor log2(const Tensor& t) {
  require_half_kernel("log2_vml_cpu", t.dtype());
  return record_unary(Op::Log2, t, vml_map(t, sleef::log2f_u10, [](double x) { return std::log2(x); }));
}
Tensor log10(const Tensor& t) {
  require_half_kernel("log10_vml_cpu", t.dtype());
  return record_unary(Op::Log10, t, vml_map(t, sleef::log10f_u10, [](double x) { return std::log10(x); }));
}
Tensor log1p(const Tensor& t) {
  require_half_kernel("log1p_vml_cpu", t.dtype());
  return record_unary(Op::Log1p, t, vml_map(t, sleef::log1pf_u10, [](double x) { return std::log1p(x); }));
}
Tensor expm1(const Tensor& t) {
  require_half_kernel("expm1_vml_cpu", t.dtype());
  return record_unary(Op::Expm1, t, vml_map(t, sleef::expm1f_u10, [](double x) { return std::expm1(x); }));
}
// exp2 never takes SLEEF in PyTorch 1.13: the C library's exp2f on every element.
Tensor exp2(const Tensor& t) {
  return record_unary(Op::Exp2, t, vec_map(t, [](float x) { return std::exp2(x); }, [](float x) { return std::exp2(x); },
                                           [](double x) { return std::exp2(x); }));
}
Tensor rsqrt(const Tensor& t) {
  require_half_kernel("rsqrt_cpu", t.dtype());
  return record_unary(Op::Rsqrt, t, real_map(t, [](double x) { return 1.0 / std::sqrt(x); }));
}
Tensor erfc(const Tensor& t) {
  require_half_kernel("erfc_vml_cpu", t.dtype());
  return record_unary(Op::Erfc, t, real_map(t, [](double x) { return std::erfc(x); }));
}
Tensor erfinv(const Tensor& t) {
  require_half_kernel("erfinv_vml_cpu", t.dtype());
  return record_unary(Op::Erfinv, t, real_map(t, erfinv_double));
}

Tensor logit(const Tensor& t, std::optional<double> eps) {
  require_half_kernel("logit_cpu", t.dtype());
  OpAttrs attrs;
  attrs.scalar = eps.value_or(-1.0);  // negative: no clamping
  // In the tensor's precision, as PyTorch's kernel computes it: near 1, 1 - x in float32 decides.
  Tensor in = is_floating(t.dtype()) ? t : raw::cast(t, default_float_dtype());
  Tensor out = same_precision_map(in, [eps](auto x) {
    using T = decltype(x);
    if (eps) x = std::min(std::max(x, static_cast<T>(*eps)), static_cast<T>(1.0 - *eps));
    return std::log(x / (T(1) - x));
  });
  return record_unary(Op::Logit, t, out, std::move(attrs));
}

Tensor floor(const Tensor& t) {
  require_half_kernel("floor_vml_cpu", t.dtype());
  return rounding(Op::Floor, t, [](auto x) { return std::floor(x); });
}
Tensor ceil(const Tensor& t) {
  require_half_kernel("ceil_vml_cpu", t.dtype());
  return rounding(Op::Ceil, t, [](auto x) { return std::ceil(x); });
}
Tensor trunc(const Tensor& t) {
  require_half_kernel("trunc_vml_cpu", t.dtype());
  return rounding(Op::Trunc, t, [](auto x) { return std::trunc(x); });
}
Tensor round(const Tensor& t, int64_t decimals) {
  require_half_kernel(decimals == 0 ? "round_vml_cpu" : "round_cpu", t.dtype());
  if (decimals == 0) return rounding(Op::Round, t, [](auto x) { return std::nearbyint(x); });
  if (!is_floating(t.dtype())) runtime_error("\"round_cpu\" not implemented for '" + std::string(scalar_type_name(t.dtype())) + "'");
  // PyTorch's round_decimals kernel: scale by 10^|d| in the tensor's precision, round half to even.
  const bool negative = decimals < 0;
  const double scale = std::pow(10.0, static_cast<double>(negative ? -decimals : decimals));
  Tensor out = same_precision_map(t, [negative, scale](auto x) {
    using T = decltype(x);
    const T s = static_cast<T>(scale);
    return negative ? static_cast<T>(std::nearbyint(x / s) * s) : static_cast<T>(std::nearbyint(x * s) / s);
  });
  OpAttrs attrs;
  attrs.index = decimals;
  return record_unary(Op::RoundDecimals, t, out, std::move(attrs));
}
Tensor frac(const Tensor& t) {
  if (!is_floating(t.dtype())) runtime_error("\"frac_cpu\" not implemented for '" + std::string(scalar_type_name(t.dtype())) + "'");
  return record_unary(Op::Frac, t, same_precision_map(t, [](auto x) { return x - std::trunc(x); }));
}

Tensor nan_to_num(const Tensor& t, std::optional<double> nan, std::optional<double> posinf,
                  std::optional<double> neginf) {
  if (!is_floating(t.dtype())) return raw::contiguous_copy(t);
  Tensor out = same_precision_map(t, [&](auto x) {
    using T = decltype(x);
    if (std::isnan(x)) return static_cast<T>(nan.value_or(0.0));
    if (std::isinf(x)) {
      if (x > 0) return posinf ? static_cast<T>(*posinf) : std::numeric_limits<T>::max();
      return neginf ? static_cast<T>(*neginf) : std::numeric_limits<T>::lowest();
    }
    return x;
  });
  return record_unary(Op::NanToNum, t, out);
}

Tensor isnan(const Tensor& t) {
  return compare(t, t, CompareOp::Ne);
}

Tensor isposinf(const Tensor& t) { return logical_and(isinf(t), compare(t, Scalar(0.0), CompareOp::Gt)); }
Tensor isneginf(const Tensor& t) { return logical_and(isinf(t), compare(t, Scalar(0.0), CompareOp::Lt)); }

Tensor isinf(const Tensor& t) {
  if (!is_floating(t.dtype())) return zeros(t.shape(), DType::Bool);
  Tensor out = Tensor::empty(t.shape(), DType::Bool);
  Tensor in = raw::contiguous(t);
  bool* dst = out.data_ptr<bool>();
  for (int64_t i = 0; i < t.numel(); ++i) dst[i] = std::isinf(in.flat_get(i));
  return out;
}

}  // namespace ag
