// + - * / // % ** with broadcasting, type promotion and Python scalars on either side.
#include <cmath>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

// Runs f(x, y) on the numbers of a and b converted to `compute` (f is generic: it is called
// with two values of the computing type), producing a tensor of that dtype.
template <class F>
Tensor compute_binary(const Tensor& a, const Tensor& b, DType compute, F&& f) {
  Tensor ca = raw::cast(a, compute), cb = raw::cast(b, compute);
  return dispatch_dtype(compute, [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_binary<T, T>(ca, cb, [&](T x, T y) { return f(x, y); });
  });
}

void check_not_bool_sub(const Tensor& a, const Tensor& b) {
  if (a.dtype() == DType::Bool && b.dtype() == DType::Bool) {
    runtime_error("Subtraction, the `-` operator, with two bool tensors is not supported. Use the "
                  "`^` or `logical_xor()` operator instead.");
  }
}

void check_not_differentiable(const char* name, const Tensor& a, const Tensor& b) {
  if (should_record({a, b})) {
    throw Error(ErrorKind::NotImplementedError,
                std::string("the derivative for '") + name + "' is not implemented.");
  }
}

// Integer + - * wrap around in two's complement, as PyTorch's (int64_t[9223372036854775807] + 1
// is the minimum); in unsigned arithmetic, where C++ defines the wrap-around.
template <class T>
T plus(T x, T y) {
  if constexpr (std::is_same_v<T, int64_t>) return static_cast<T>(static_cast<uint64_t>(x) + static_cast<uint64_t>(y));
  else return x + y;
}
template <class T>
T minus(T x, T y) {
  if constexpr (std::is_same_v<T, int64_t>) return static_cast<T>(static_cast<uint64_t>(x) - static_cast<uint64_t>(y));
  else return x - y;
}
template <class T>
T times(T x, T y) {
  if constexpr (std::is_same_v<T, int64_t>) return static_cast<T>(static_cast<uint64_t>(x) * static_cast<uint64_t>(y));
  else return x * y;
}

template <class T>
T python_mod(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    T m = std::fmod(a, b);
    if (m != 0 && ((b < 0) != (m < 0))) m += b;
    return m;
  } else {
    T m = a % b;
    if (m != 0 && ((b < 0) != (m < 0))) m += b;
    return m;
  }
}

template <class T>
T python_floordiv(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (b == 0) return a / b;
    T m = std::fmod(a, b);
    T div = (a - m) / b;
    if (m != 0 && ((b < 0) != (m < 0))) div -= 1;
    if (div == 0) return std::copysign(T(0), a / b);
    T floordiv = std::floor(div);
    if (div - floordiv > T(0.5)) floordiv += 1;
    return floordiv;
  } else {
    T q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
    return q;
  }
}

void check_int_divisor(const Tensor& b) {
  if (is_integral(b.dtype(), true)) {
    Tensor zero_found = compare(b, Scalar(int64_t{0}), CompareOp::Eq);
    if (sum(zero_found).item().to_int() > 0) runtime_error("ZeroDivisionError");
  }
}

// Integer power by squaring, as PyTorch does for integral dtypes.
int64_t int_pow(int64_t base, int64_t exp) {
  int64_t result = 1;
  while (exp) {
    if (exp & 1) result *= base;
    exp >>= 1;
    base *= base;
  }
  return result;
}

template <class T>
T pow_value(T base, T exp) {
  if constexpr (std::is_same_v<T, int64_t>) {
    if (exp < 0) {
      if (base == 1) return 1;
      if (base == -1) return (exp % 2 == 0) ? 1 : -1;
      return 0;
    }
    return int_pow(base, exp);
  } else if constexpr (std::is_same_v<T, bool>) {
    return exp ? base : true;
  } else {
    return std::pow(base, exp);
  }
}

}  // namespace

Tensor add(const Tensor& a, const Tensor& b, const Scalar& alpha) {
  const DType d = result_type(a, b);
  const double al = alpha.to_double();
  Tensor out;
  if (al == 1.0) {
    out = compute_binary(a, b, d, [](auto x, auto y) { return plus(x, y); });
  } else {
    // PyTorch's AVX2 kernel computes a + alpha * b as one fused multiply-add.
    out = compute_binary(a, b, d, [al](auto x, auto y) {
      using T = decltype(x);
      if constexpr (std::is_floating_point_v<T>) return std::fma(static_cast<T>(al), y, x);
      else return plus(x, times(static_cast<T>(al), y));
    });
  }
  OpAttrs attrs;
  attrs.scalar = al;
  record(Op::Add, {a, b}, out, std::move(attrs));
  return out;
}

Tensor sub(const Tensor& a, const Tensor& b, const Scalar& alpha) {
  check_not_bool_sub(a, b);
  const DType d = result_type(a, b);
  const double al = alpha.to_double();
  Tensor out;
  if (al == 1.0) {
    out = compute_binary(a, b, d, [](auto x, auto y) { return minus(x, y); });
  } else {
    out = compute_binary(a, b, d, [al](auto x, auto y) {
      using T = decltype(x);
      if constexpr (std::is_floating_point_v<T>) return std::fma(-static_cast<T>(al), y, x);
      else return minus(x, times(static_cast<T>(al), y));
    });
  }
  OpAttrs attrs;
  attrs.scalar = al;
  record(Op::Sub, {a, b}, out, std::move(attrs));
  return out;
}

Tensor mul(const Tensor& a, const Tensor& b) {
  const DType d = result_type(a, b);
  Tensor out = compute_binary(a, b, d, [](auto x, auto y) {
    using T = decltype(x);
    if constexpr (std::is_same_v<T, bool>) {
      return x && y;
    } else {
      return times(x, y);
    }
  });
  record(Op::Mul, {a, b}, out);
  return out;
}

Tensor div(const Tensor& a, const Tensor& b) {
  DType d = result_type(a, b);
  if (!is_floating(d)) d = default_float_dtype();  // true division
  Tensor out = compute_binary(a, b, d, [](auto x, auto y) { return x / y; });
  record(Op::Div, {a, b}, out);
  return out;
}

Tensor floor_divide(const Tensor& a, const Tensor& b) {
  check_not_differentiable("floor_divide", a, b);
  const DType d = result_type(a, b);
  check_int_divisor(b);
  return compute_binary(a, b, d, [](auto x, auto y) { return python_floordiv(x, y); });
}

Tensor remainder(const Tensor& a, const Tensor& b) {
  const DType d = result_type(a, b);
  check_int_divisor(b);
  Tensor out = compute_binary(a, b, d, [](auto x, auto y) { return python_mod(x, y); });
  // RemainderBackward0 for a Python number as the divisor, RemainderBackward1 for a tensor.
  record(b.impl()->is_wrapped_number ? Op::RemainderScalar : Op::RemainderTensor, {a, b}, out);
  return out;
}

Tensor pow(const Tensor& base, const Tensor& exponent) {
  const DType d = result_type(base, exponent);
  Tensor out = compute_binary(base, exponent, d, [](auto x, auto y) { return pow_value(x, y); });
  record(Op::PowTensor, {base, exponent}, out);
  return out;
}

Tensor pow(const Tensor& base, const Scalar& exponent) {
  Tensor e = Tensor::wrap_scalar(exponent);
  const DType d = result_type(base, e);
  if (is_integral(d, true) && exponent.is_int() && exponent.to_int() < 0) {
    runtime_error("Integers to negative integer powers are not allowed.");
  }
  Tensor b = raw::cast(base, d);
  const double ev = exponent.to_double();
  // PyTorch evaluates a few exponents with multiplications, not pow(); so do we, bit for bit.
  Tensor out = dispatch_dtype(d, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      if (ev == 2.0) return kernels::map_unary<T, T>(b, [](T x) { return x * x; });
      if (ev == 3.0) return kernels::map_unary<T, T>(b, [](T x) { return x * x * x; });
      if (ev == 0.5) return kernels::map_unary<T, T>(b, [](T x) { return std::sqrt(x); });
      if (ev == -0.5) return kernels::map_unary<T, T>(b, [](T x) { return T(1) / std::sqrt(x); });
      if (ev == -1.0) return kernels::map_unary<T, T>(b, [](T x) { return T(1) / x; });
      if (ev == -2.0) return kernels::map_unary<T, T>(b, [](T x) { return T(1) / (x * x); });
      const T e_t = static_cast<T>(ev);
      return kernels::map_unary<T, T>(b, [e_t](T x) { return std::pow(x, e_t); });
    } else {
      const T e_t = static_cast<T>(exponent.to_int());
      return kernels::map_unary<T, T>(b, [e_t](T p) { return pow_value(p, e_t); });
    }
  });
  OpAttrs attrs;
  attrs.scalar = ev;
  record(Op::PowScalar, {base}, out, std::move(attrs));
  return out;
}

Tensor pow(const Scalar& base, const Tensor& exponent) {
  Tensor b = Tensor::wrap_scalar(base);
  const DType d = result_type(b, exponent);
  Tensor out = compute_binary(b, exponent, d, [](auto x, auto y) { return pow_value(x, y); });
  OpAttrs attrs;
  attrs.scalar = base.to_double();
  record(Op::PowScalarBase, {exponent}, out, std::move(attrs));
  return out;
}

Tensor add(const Tensor& a, const Scalar& b) { return add(a, Tensor::wrap_scalar(b)); }
Tensor sub(const Tensor& a, const Scalar& b) { return sub(a, Tensor::wrap_scalar(b)); }
Tensor mul(const Tensor& a, const Scalar& b) { return mul(a, Tensor::wrap_scalar(b)); }

// The same values as mul/div by a wrapped scalar, recorded as PyTorch's Scalar overloads.
Tensor scalar_op(Op op, const Tensor& a, const Scalar& b) {
  Tensor out;
  {
    NoGradGuard no_grad;
    out = op == Op::MulScalar ? mul(a, b) : div(a, b);
  }
  OpAttrs attrs;
  attrs.scalar = b.to_double();
  record(op, {a}, out, std::move(attrs));
  return out;
}
Tensor mul_scalar(const Tensor& a, const Scalar& b) { return scalar_op(Op::MulScalar, a, b); }
Tensor div_scalar(const Tensor& a, const Scalar& b) { return scalar_op(Op::DivScalar, a, b); }
Tensor div(const Tensor& a, const Scalar& b) { return div(a, Tensor::wrap_scalar(b)); }

Tensor rsub(const Tensor& a, const Scalar& b) {
  Tensor w = Tensor::wrap_scalar(b);
  check_not_bool_sub(a, w);
  const DType d = result_type(a, w);
  Tensor out = compute_binary(w, a, d, [](auto x, auto y) { return x - y; });
  OpAttrs attrs;
  attrs.scalar = 1.0;
  record(Op::Rsub, {a}, out, std::move(attrs));
  return out;
}

Tensor rdiv(const Tensor& a, const Scalar& b) { return mul(reciprocal(a), b); }

}  // namespace ag
