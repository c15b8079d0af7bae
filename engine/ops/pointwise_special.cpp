// Elementwise special functions and fused updates, each with its own grad_fn as in PyTorch:
// xlogy, logaddexp, logaddexp2, deg2rad, rad2deg, sinc, copysign, lgamma, digamma, polygamma,
// addcmul, addcdiv; heaviside and signbit have no gradient.
// Float32 follows ATen's kernels: the scalar C-library formula where ATen uses cpu_kernel, and
// cpu_kernel_vec's split (SLEEF on blocks of 16, the scalar formula for the rest) where it
// vectorises.
#include <array>
#include <cmath>
#include <limits>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/kernels.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "ops/sleef_float.h"

namespace ag {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kPiOver180 = 0.017453292519943295769236907684886127134428718885417;
constexpr double k180OverPi = 57.295779513082320876798154814105170332405472466564;

DType floating_result(const Tensor& a, const Tensor& b) {
  const DType d = result_type(a, b);
  return is_floating(d) ? d : default_float_dtype();
}

// f(x, y) over a and b broadcast and cast to d (a floating dtype).
template <class F>
Tensor map_floating2(const Tensor& a, const Tensor& b, DType d, F&& f) {
  Tensor ca = raw::cast(a, d), cb = raw::cast(b, d);
  return kernels::dispatch_floating(d, [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_binary<T, T>(ca, cb, [&](T x, T y) { return static_cast<T>(f(x, y)); });
  });
}

// cpu_kernel_vec for a float32 function of two numbers: when both operands are contiguous (or
// single values), the first n - n % 16 elements take the vectorised formula and the rest the
// scalar one; any other layout takes the scalar formula throughout.
template <class Vectorised, class Scalar>
Tensor vec_kernel2(const Tensor& a, const Tensor& b, Vectorised&& vectorised, Scalar&& scalar) {
  // float32, or bfloat16 computed in float32 (integers promote to float32).
  const DType r = result_type(a, b);
  const DType d = is_floating(r) && storage_dtype(r) == DType::Float32 ? r : DType::Float32;
  Tensor ca = raw::cast(a, d), cb = raw::cast(b, d);
  const Shape shape = kernels::broadcast_shapes(ca.shape(), cb.shape());
  Tensor out = Tensor::uninitialized(shape, d);
  const int64_t n = out.numel();
  const auto flat = [n](const Tensor& t) { return t.numel() == 1 || (t.numel() == n && t.is_contiguous()); };
  if (!flat(ca) || !flat(cb)) return raw::cast(kernels::map_binary<float, float>(ca, cb, scalar), d);
  const float* x = ca.data_ptr<float>();
  const float* y = cb.data_ptr<float>();
  const int64_t sx = ca.numel() == 1 ? 0 : 1, sy = cb.numel() == 1 ? 0 : 1;
  float* o = out.data_ptr<float>();
  const int64_t blocked = n - n % 16;
  for (int64_t i = 0; i < blocked; ++i) o[i] = vectorised(x[i * sx], y[i * sy]);
  for (int64_t i = blocked; i < n; ++i) o[i] = scalar(x[i * sx], y[i * sy]);
  return out;
}

template <class T>
T xlogy_value(T x, T y) {
  if (std::isnan(y)) return std::numeric_limits<T>::quiet_NaN();
  if (x == 0) return 0;
  return x * std::log(y);
}

template <class T>
T logaddexp_value(T a, T b) {
  if (std::isinf(a) && a == b) return a;
  return std::max(a, b) + std::log(T(1) + std::exp(-std::abs(a - b)));
}

template <class T>
T logaddexp2_value(T a, T b) {
  if (std::isinf(a) && a == b) return a;
  return std::max(a, b) + std::log2(T(1) + std::pow(T(2), -std::abs(a - b)));
}

// ATen's polevl: Horner's rule, which the AVX2 build contracts into fused multiply-adds.
template <class T, size_t N>
T polevl(T x, const T (&coefficients)[N]) {
  T result = 0;
  for (T c : coefficients) result = std::fma(result, x, c);
  return result;
}

// ATen's calc_digamma (Math.h): reflection below 0, recurrence up to 10, then the asymptotic series.
template <class T>
T digamma_value(T x) {
  const T pi = static_cast<T>(kPi);
  if (x == 0) return std::copysign(std::numeric_limits<T>::infinity(), -x);
  if (x < 0) {
    if (x == std::trunc(x)) return std::numeric_limits<T>::quiet_NaN();
    T whole;
    const T r = std::modf(x, &whole);
    return digamma_value<T>(1 - x) - pi / std::tan(pi * r);
  }
  T result = 0;
  while (x < 10) {
    result -= 1 / x;
    x += 1;
  }
  if (x == 10) return result + static_cast<T>(2.25175258906672110764);
  static const T A[] = {
      static_cast<T>(8.33333333333333333333E-2), static_cast<T>(-2.10927960927960927961E-2),
      static_cast<T>(7.57575757575757575758E-3), static_cast<T>(-4.16666666666666666667E-3),
      static_cast<T>(3.96825396825396825397E-3), static_cast<T>(-8.33333333333333333333E-3),
      static_cast<T>(8.33333333333333333333E-2)};
  T y = 0;
  if (x < static_cast<T>(1.0e17)) {
    const T z = 1 / (x * x);
    y = z * polevl(z, A);
  }
  return result + std::log(x) - (static_cast<T>(0.5) / x) - y;
}

// ATen's calc_trigamma: polygamma(1, x), the derivative of digamma.
template <class T>
T trigamma_value(T x) {
  const T pi = static_cast<T>(kPi);
  T sign = 1, result = 0;
  if (x < static_cast<T>(0.5)) {
    sign = -1;
    const T sin_pi_x = std::sin(pi * x);
    result -= (pi * pi) / (sin_pi_x * sin_pi_x);
    x = 1 - x;
  }
  for (int i = 0; i < 6; ++i) {
    result += 1 / (x * x);
    x += 1;
  }
  const T ixx = 1 / (x * x);
  const T series = std::fma(ixx, static_cast<T>(1. / 6) - ixx * (static_cast<T>(1. / 30) - ixx * static_cast<T>(1. / 42)),
                            1 + 1 / (2 * x));
  result += series / x;
  return sign * result;
}

// ATen's zeta (Cephes): the Hurwitz zeta function, by direct summation and Euler-Maclaurin; in
// double (its accumulate type) for float32 inputs too.
double hurwitz_zeta(double x, double q) {
  constexpr double kMachineEpsilon = 1.11022302462515654042E-16;
  static const double A[] = {12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
                             -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15,
                             1.8152105401943546773e17, -7.1661652561756670113e18};
  if (x == 1) return std::numeric_limits<double>::infinity();
  if (x < 1) return std::numeric_limits<double>::quiet_NaN();
  if (q <= 0) {
    if (q == std::floor(q)) return std::numeric_limits<double>::infinity();
    if (x != std::floor(x)) return std::numeric_limits<double>::quiet_NaN();
  }
  double s = std::pow(q, -x), a = q, b = 0;
  int i = 0;
  while (i < 9 || a <= 9.0) {
    i += 1;
    a += 1;
    b = std::pow(a, -x);
    s += b;
    if (-kMachineEpsilon * s < b && b < kMachineEpsilon * s) return s;
  }
  const double w = a;
  s += b * w / (x - 1);
  s -= 0.5 * b;
  a = 1;
  double k = 0;
  for (int j = 0; j < 12; ++j) {
    a *= x + k;
    b /= w;
    double t = a * b / A[j];
    s = s + t;
    t = std::fabs(t / s);
    if (t < kMachineEpsilon) return s;
    k += 1;
    a *= x + k;
    b /= w;
    k += 1;
  }
  return s;
}

// ATen's polygamma kernel: digamma and trigamma for n = 0 and 1, (-1)^(n+1) n! zeta(n+1, x) above.
template <class T>
T polygamma_value(int64_t n, T x) {
  if (n == 0) return digamma_value(x);
  if (n == 1) return trigamma_value(x);
  const T sign = (n % 2) ? T(1) : T(-1);
  return static_cast<T>(sign * std::exp(std::lgamma(static_cast<T>(n) + T(1))) *
                        static_cast<T>(hurwitz_zeta(static_cast<double>(n + 1), static_cast<double>(x))));
}

template <class F>
Tensor floating_unary(const Tensor& t, F&& f) {
  const DType d = is_floating(t.dtype()) ? t.dtype() : default_float_dtype();
  Tensor in = raw::cast(t, d);
  return kernels::dispatch_floating(d, [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_unary<T, T>(in, [&](T x) { return static_cast<T>(f(x)); });
  });
}

}  // namespace

Tensor xlogy(const Tensor& self, const Tensor& other) {
  const DType d = floating_result(self, other);
  Tensor out = map_floating2(self, other, d, [](auto x, auto y) { return xlogy_value(x, y); });
  if (self.impl()->is_wrapped_number) {
    OpAttrs attrs;
    attrs.scalar = self.item().to_double();
    record(Op::XlogyScalarSelf, {other}, out, std::move(attrs));
  } else if (other.impl()->is_wrapped_number) {
    OpAttrs attrs;
    attrs.scalar = other.item().to_double();
    record(Op::XlogyScalarOther, {self}, out, std::move(attrs));
  } else {
    record(Op::Xlogy, {self, other}, out);
  }
  return out;
}

Tensor logaddexp(const Tensor& a, const Tensor& b) {
  const DType d = result_type(a, b);
  if (!is_floating(d) || d == DType::Float16) {
    runtime_error(std::string("\"logaddexp_cpu\" not implemented for '") + scalar_type_name(d) + "'");
  }
  Tensor out;
  if (storage_dtype(d) == DType::Float32) {
    out = vec_kernel2(
        a, b,
        [](float x, float y) {
          if (std::isinf(x) && x == y) return x;
          return std::max(x, y) + sleef::logf_u10(1.0f + sleef::expf_u10(-std::abs(x - y)));
        },
        [](float x, float y) { return logaddexp_value(x, y); });
  } else {
    out = map_floating2(a, b, d, [](auto x, auto y) { return logaddexp_value(x, y); });
  }
  record(Op::Logaddexp, {a, b}, out);
  return out;
}

Tensor logaddexp2(const Tensor& a, const Tensor& b) {
  const DType d = result_type(a, b);
  if (!is_floating(d)) runtime_error(std::string("\"logaddexp2_cpu\" not implemented for '") + scalar_type_name(d) + "'");
  // ATen's vectorised form uses SLEEF's powf, which the playground does not have: the scalar
  // formula everywhere (its float32 results may differ from PyTorch's in the last bit).
  Tensor out = map_floating2(a, b, d, [](auto x, auto y) { return logaddexp2_value(x, y); });
  record(Op::Logaddexp2, {a, b}, out);
  return out;
}

namespace {

// deg2rad / rad2deg: t times a wrapped-number constant (ATen's mul by a scalar tensor), integers
// first converted to the default float dtype.
Tensor scaled_angle(const Tensor& t, double factor, Op op) {
  if (t.dtype() == DType::Bool) runtime_error("\"mul_cpu\" not implemented for 'Bool'");
  Tensor x = is_floating(t.dtype()) ? t.detach() : raw::cast(t.detach(), default_float_dtype());
  Tensor out = mul_scalar(x, Scalar(factor)).detach();
  record(op, {t}, out);
  return out;
}

}  // namespace

Tensor deg2rad(const Tensor& t) { return scaled_angle(t, kPiOver180, Op::Deg2Rad); }
Tensor rad2deg(const Tensor& t) { return scaled_angle(t, k180OverPi, Op::Rad2Deg); }

Tensor sinc(const Tensor& t) {
  require_half_kernel("sinc_cpu", t.dtype());
  Tensor out = floating_unary(t, [](auto x) {
    using T = decltype(x);
    if (x == T(0)) return T(1);
    const T product = static_cast<T>(kPi) * x;
    return static_cast<T>(std::sin(product) / product);
  });
  record(Op::Sinc, {t}, out);
  return out;
}

Tensor copysign(const Tensor& a, const Tensor& b) {
  const DType d = floating_result(a, b);
  Tensor out = map_floating2(a, b, d, [](auto x, auto y) { return std::copysign(x, y); });
  if (b.impl()->is_wrapped_number) record(Op::CopysignScalar, {a}, out);
  else record(Op::Copysign, {a, b}, out);
  return out;
}

Tensor heaviside(const Tensor& input, const Tensor& values) {
  if (input.dtype() != values.dtype()) {
    runtime_error("heaviside is not yet implemented for tensors with different dtypes.");
  }
  Tensor out = dispatch_dtype(input.dtype(), [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_binary<T, T>(input, values, [](T a, T b) { return a == 0 ? b : static_cast<T>(a > 0); });
  });
  OpAttrs attrs;
  attrs.index = static_cast<int64_t>(NoDerivative::Heaviside);
  record(Op::NotImplemented, {input, values}, out, std::move(attrs));
  return out;
}

Tensor signbit(const Tensor& t) {
  return dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_unary<T, bool>(t, [](T v) {
      if constexpr (std::is_floating_point_v<T>) return std::signbit(v);
      else if constexpr (std::is_same_v<T, bool>) return false;
      else return v < 0;
    });
  });
}

Tensor lgamma(const Tensor& t) {
  require_half_kernel("lgamma_vml_cpu", t.dtype());
  Tensor out = floating_unary(t, [](auto x) { return std::lgamma(x); });
  record(Op::Lgamma, {t}, out);
  return out;
}

Tensor digamma(const Tensor& t) {
  require_half_kernel("digamma", t.dtype());
  Tensor out = floating_unary(t, [](auto x) { return digamma_value(x); });
  record(Op::Digamma, {t}, out);
  return out;
}

Tensor polygamma(int64_t n, const Tensor& t) {
  if (n < 0) runtime_error("polygamma(n, x) does not support negative n.");
  Tensor out = floating_unary(t, [n](auto x) { return polygamma_value(n, x); });
  OpAttrs attrs;
  attrs.index = n;
  record(Op::Polygamma, {t}, out, std::move(attrs));
  return out;
}

namespace {

// self, t1 and t2 broadcast to one shape, as contiguous copies in dtype d (the first one is the
// buffer the result is written into).
std::array<Tensor, 3> broadcast_three(const Tensor& self, const Tensor& t1, const Tensor& t2, DType d) {
  const Shape shape = kernels::broadcast_shapes(kernels::broadcast_shapes(self.shape(), t1.shape()), t2.shape());
  return {raw::contiguous_copy(raw::expand_view(self, shape), d), raw::contiguous_copy(raw::expand_view(t1, shape), d),
          raw::contiguous_copy(raw::expand_view(t2, shape), d)};
}

}  // namespace

// self + value * t1 * t2 and self + value * t1 / t2, rounded as ATen's AVX2 kernels do
// (measured on addcmul_: fma(value * t1, t2, self); addcdiv: self + (value * t1) / t2).
Tensor addcmul(const Tensor& self, const Tensor& t1, const Tensor& t2, double value) {
  require_half_kernel("addcmul_cpu_out", self.dtype());
  const DType d = result_type({self, t1, t2});
  const std::array<Tensor, 3> parts = broadcast_three(self, t1, t2, d);
  Tensor a = parts[0], b = parts[1], c = parts[2];
  dispatch_dtype(d, [&](auto tag) {
    using T = decltype(tag);
    T* pa = a.data_ptr<T>();
    const T* pb = b.data_ptr<T>();
    const T* pc = c.data_ptr<T>();
    for (int64_t i = 0; i < a.numel(); ++i) {
      if constexpr (std::is_floating_point_v<T>) pa[i] = std::fma(static_cast<T>(value) * pb[i], pc[i], pa[i]);
      else pa[i] = static_cast<T>(pa[i] + static_cast<T>(value) * pb[i] * pc[i]);
    }
  });
  OpAttrs attrs;
  attrs.scalar = value;
  record(Op::Addcmul, {self, t1, t2}, a, std::move(attrs));
  return a;
}

Tensor addcdiv(const Tensor& self, const Tensor& t1, const Tensor& t2, double value) {
  if (!is_floating(t1.dtype()) && !is_floating(t2.dtype())) {
    runtime_error("Integer division with addcdiv is no longer supported, and in a future  release addcdiv will "
                  "perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be "
                  "implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer "
                  "inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior "
                  "is just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes.");
  }
  const DType d = result_type({self, t1, t2});
  const std::array<Tensor, 3> parts = broadcast_three(self, t1, t2, d);
  Tensor a = parts[0], b = parts[1], c = parts[2];
  kernels::dispatch_floating(d, [&](auto tag) {
    using T = decltype(tag);
    T* pa = a.data_ptr<T>();
    const T* pb = b.data_ptr<T>();
    const T* pc = c.data_ptr<T>();
    for (int64_t i = 0; i < a.numel(); ++i) pa[i] = static_cast<T>(pa[i] + (static_cast<T>(value) * pb[i]) / pc[i]);
  });
  OpAttrs attrs;
  attrs.scalar = value;
  record(Op::Addcdiv, {self, t1, t2}, a, std::move(attrs));
  return a;
}

}  // namespace ag
