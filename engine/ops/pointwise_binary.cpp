// Elementwise functions of two tensors beyond arithmetic: maximum minimum fmax fmin atan2 hypot
// fmod lerp (differentiable, one row each in the derivatives table), and the logical and bitwise
// operations (results without gradients, as in PyTorch).
#include <cmath>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/kernels.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

// f(x, y) over a and b broadcast, both cast to `compute`, giving dtype `compute`.
template <class F>
Tensor map2(const Tensor& a, const Tensor& b, DType compute, F&& f) {
  Tensor ca = raw::cast(a, compute), cb = raw::cast(b, compute);
  return dispatch_dtype(compute, [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_binary<T, T>(ca, cb, [&](T p, T q) { return static_cast<T>(f(p, q)); });
  });
}

// f(x, y) -> bool over a and b broadcast, in their common dtype.
template <class F>
Tensor predicate2(const Tensor& a, const Tensor& b, F&& f) {
  const DType d = result_type(a, b);
  Tensor ca = raw::cast(a, d), cb = raw::cast(b, d);
  return dispatch_dtype(d, [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_binary<T, bool>(ca, cb, [&](T p, T q) { return static_cast<bool>(f(p, q)); });
  });
}

Tensor recorded2(Op op, const Tensor& a, const Tensor& b, Tensor out, OpAttrs attrs = {}) {
  record(op, {a, b}, out, std::move(attrs));
  return out;
}

DType real_type(const Tensor& a, const Tensor& b) {
  const DType d = result_type(a, b);
  return is_floating(d) ? d : default_float_dtype();
}

template <class T>
bool is_nan(T v) {
  if constexpr (std::is_floating_point_v<T>) return std::isnan(v);
  else return false;
}

}  // namespace

Tensor maximum(const Tensor& a, const Tensor& b) {
  // Ties keep the first operand (maximum(-0., 0.) is -0.), as PyTorch's kernel does.
  Tensor out = map2(a, b, result_type(a, b), [](auto x, auto y) { return is_nan(x) ? x : is_nan(y) ? y : (x < y ? y : x); });
  return recorded2(Op::Maximum, a, b, out);
}
Tensor minimum(const Tensor& a, const Tensor& b) {
  Tensor out = map2(a, b, result_type(a, b), [](auto x, auto y) { return is_nan(x) ? x : is_nan(y) ? y : (y < x ? y : x); });
  return recorded2(Op::Minimum, a, b, out);
}
Tensor fmax(const Tensor& a, const Tensor& b) {
  Tensor out = map2(a, b, result_type(a, b), [](auto x, auto y) { return is_nan(x) ? y : is_nan(y) ? x : (x < y ? y : x); });
  return recorded2(Op::Fmax, a, b, out);
}
Tensor fmin(const Tensor& a, const Tensor& b) {
  Tensor out = map2(a, b, result_type(a, b), [](auto x, auto y) { return is_nan(x) ? y : is_nan(y) ? x : (y < x ? y : x); });
  return recorded2(Op::Fmin, a, b, out);
}
Tensor atan2(const Tensor& a, const Tensor& b) {
  require_half_kernel("atan2_cpu", a.dtype());
  Tensor out = map2(a, b, real_type(a, b), [](auto x, auto y) {
    return static_cast<decltype(x)>(std::atan2(static_cast<double>(x), static_cast<double>(y)));
  });
  return recorded2(Op::Atan2, a, b, out);
}
Tensor hypot(const Tensor& a, const Tensor& b) {
  require_half_kernel("hypot_cpu", a.dtype());
  const DType d = result_type(a, b);
  if (!is_floating(d)) runtime_error("\"hypot_cpu\" not implemented for '" + std::string(scalar_type_name(d)) + "'");
  Tensor out = map2(a, b, d, [](auto x, auto y) {
    return static_cast<decltype(x)>(std::hypot(static_cast<double>(x), static_cast<double>(y)));
  });
  return recorded2(Op::Hypot, a, b, out);
}
Tensor fmod(const Tensor& a, const Tensor& b) {
  const DType d = result_type(a, b);
  if (!is_floating(d)) {
    Tensor zero = compare(b, Scalar(int64_t{0}), CompareOp::Eq);
    if (sum(zero).item().to_int() > 0) runtime_error("ZeroDivisionError");
  }
  Tensor out = map2(a, b, d, [](auto x, auto y) {
    using T = decltype(x);
    if constexpr (std::is_floating_point_v<T>) return std::fmod(x, y);
    else return static_cast<T>(x % y);
  });
  // FmodBackward0 for a Python number as `other`, FmodBackward1 for a tensor, as in PyTorch.
  return recorded2(b.impl()->is_wrapped_number ? Op::FmodScalar : Op::FmodTensor, a, b, out);
}
Tensor lerp(const Tensor& start, const Tensor& end, const Tensor& weight) {
  require_half_kernel("lerp_kernel_scalar", start.dtype());
  const DType d = start.dtype();
  if (!is_floating(d)) runtime_error("\"lerp_kernel_scalar\" not implemented for '" + std::string(scalar_type_name(d)) + "'");
  if (end.dtype() != d) {
    // PyTorch prints the C++ scalar type here ("float", "double").
    auto cpp_name = [](DType t) { return t == DType::Float32 ? "float" : t == DType::Float64 ? "double" : t == DType::Int64 ? "long int" : "bool"; };
    runtime_error(std::string("expected dtype ") + cpp_name(d) + " for `end` but got dtype " + cpp_name(end.dtype()));
  }
  // PyTorch's lerp: from the nearer end, so that weight 1 gives `end` exactly.
  Tensor s = raw::cast(start, d), e = raw::cast(end, d), w = raw::cast(weight, d);
  Tensor out = dispatch_dtype(d, [&](auto tag) {
    using T = decltype(tag);
    Tensor grid = Tensor::empty(kernels::broadcast_shapes(kernels::broadcast_shapes(s.shape(), e.shape()), w.shape()), d);
    auto xs = kernels::xview<T>(raw::expand_view(s, grid.shape()));
    auto xe = kernels::xview<T>(raw::expand_view(e, grid.shape()));
    auto xw = kernels::xview<T>(raw::expand_view(w, grid.shape()));
    auto xo = kernels::xview<T>(grid);
    xt::noalias(xo) = xt::make_lambda_xfunction(
        [](T a, T b, T t) { return std::abs(t) < T(0.5) ? a + t * (b - a) : b - (b - a) * (T(1) - t); }, xs, xe, xw);
    return grid;
  });
  if (weight.impl()->is_wrapped_number) {
    OpAttrs attrs;
    attrs.scalar = weight.item().to_double();
    record(Op::LerpScalar, {start, end}, out, std::move(attrs));
  } else {
    record(Op::LerpTensor, {start, end, weight}, out);
  }
  return out;
}

// A NaN in self or in a tensor bound gives NaN (ATen's kernels; scalar bounds differ, unary.cpp).
Tensor clamp_min(const Tensor& t, const Tensor& min) {
  Tensor out = map2(t, min, result_type(t, min), [](auto x, auto m) { return is_nan(x) ? x : is_nan(m) ? m : (x < m ? m : x); });
  return recorded2(Op::ClampMinTensor, t, min, out);
}
Tensor clamp_max(const Tensor& t, const Tensor& max) {
  Tensor out = map2(t, max, result_type(t, max), [](auto x, auto m) { return is_nan(x) ? x : is_nan(m) ? m : (x > m ? m : x); });
  return recorded2(Op::ClampMaxTensor, t, max, out);
}

// clamp with tensor bounds (ClampBackward0): min then max, so where min > max the result is max,
// and a NaN anywhere gives NaN, as ATen's clamp kernel.
Tensor clamp(const Tensor& t, const std::optional<Tensor>& min, const std::optional<Tensor>& max) {
  if (!min && !max) runtime_error("torch.clamp: At least one of 'min' or 'max' must not be None");
  Tensor out = t;
  {
    NoGradGuard no_grad;
    if (min) out = clamp_min(out, *min);
    if (max) out = clamp_max(out, *max);
  }
  std::vector<Tensor> inputs{t};
  if (min) inputs.push_back(*min);
  if (max) inputs.push_back(*max);
  OpAttrs attrs;
  attrs.index = (min ? 1 : 0) | (max ? 2 : 0);
  record(Op::ClampTensor, inputs, out, std::move(attrs));
  return out;
}

Tensor logical_and(const Tensor& a, const Tensor& b) {
  return predicate2(a, b, [](auto x, auto y) { return x != 0 && y != 0; });
}
Tensor logical_or(const Tensor& a, const Tensor& b) {
  return predicate2(a, b, [](auto x, auto y) { return x != 0 || y != 0; });
}
Tensor logical_xor(const Tensor& a, const Tensor& b) {
  return predicate2(a, b, [](auto x, auto y) { return (x != 0) != (y != 0); });
}

Tensor bitwise(const Tensor& a, const Tensor& b, BitwiseOp op) {
  const DType d = result_type(a, b);
  static const char* const kNames[] = {"bitwise_and_cpu", "bitwise_or_cpu", "bitwise_xor_cpu", "lshift_cpu", "rshift_cpu"};
  if (is_floating(d)) {
    runtime_error(std::string("\"") + kNames[static_cast<int>(op)] + "\" not implemented for '" + scalar_type_name(d) + "'");
  }
  if (d == DType::Bool) {
    if (op == BitwiseOp::And) return logical_and(a, b);
    if (op == BitwiseOp::Or) return logical_or(a, b);
    if (op == BitwiseOp::Xor) return logical_xor(a, b);
  }
  return map2(a, b, DType::Int64, [op](int64_t x, int64_t y) -> int64_t {
    switch (op) {
      case BitwiseOp::And: return x & y;
      case BitwiseOp::Or: return x | y;
      case BitwiseOp::Xor: return x ^ y;
      case BitwiseOp::LeftShift: return (y < 0 || y >= 64) ? 0 : static_cast<int64_t>(static_cast<uint64_t>(x) << y);
      case BitwiseOp::RightShift: return (y < 0 || y >= 64) ? (x < 0 ? -1 : 0) : (x >> y);
    }
    return 0;
  });
}

Tensor bitwise_not(const Tensor& t) {
  if (is_floating(t.dtype())) runtime_error(std::string("\"bitwise_not_cpu\" not implemented for '") + scalar_type_name(t.dtype()) + "'");
  if (t.dtype() == DType::Bool) return logical_not(t);
  Tensor in = raw::contiguous(t);
  Tensor out = Tensor::empty(t.shape(), DType::Int64);
  const int64_t* src = in.data_ptr<int64_t>();
  int64_t* dst = out.data_ptr<int64_t>();
  for (int64_t i = 0; i < t.numel(); ++i) dst[i] = ~src[i];
  return out;
}

Tensor isclose(const Tensor& a, const Tensor& b, double rtol, double atol, bool equal_nan) {
  if (a.dtype() != b.dtype()) {
    runtime_error(std::string(scalar_type_name(a.dtype())) + " did not match " + scalar_type_name(b.dtype()));
  }
  return predicate2(a, b, [=](auto x, auto y) {
    const double p = static_cast<double>(x), q = static_cast<double>(y);
    if (p == q) return true;
    if (std::isnan(p) || std::isnan(q)) return equal_nan && std::isnan(p) && std::isnan(q);
    if (std::isinf(p) || std::isinf(q)) return false;
    return std::fabs(p - q) <= atol + rtol * std::fabs(q);
  });
}

}  // namespace ag
