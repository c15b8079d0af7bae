// The activations of torch.nn: leaky_relu, elu (selu, celu), gelu, silu, softplus, hardtanh,
// hardsigmoid, hardswish, mish, log_sigmoid, softshrink, hardshrink, and erf, which gelu's
// derivative is written with. Each is one elementwise map in the input's floating dtype
// and one row of the derivatives table.
#include <cmath>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "print/python_format.h"

namespace ag {

namespace {

// out[i] = f(in[i]) over a contiguous copy, in t's floating dtype (integers refused, as PyTorch's
// activation kernels are only dispatched for floating types).
template <class F>
Tensor map_floating(const Tensor& t, const char* kernel, F&& f) {
  if (!is_floating(t.dtype())) {
    runtime_error(std::string("\"") + kernel + "\" not implemented for '" +
                  (t.dtype() == DType::Int64 ? "Long" : "Bool") + "'");
  }
  Tensor in = raw::contiguous(t);
  Tensor out = Tensor::empty(t.shape(), t.dtype());
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* src = in.data_ptr<T>();
      T* dst = out.data_ptr<T>();
      for (int64_t i = 0; i < t.numel(); ++i) dst[i] = f(src[i]);
    }
  });
  return out;
}

Tensor recorded(Op op, const Tensor& t, Tensor out, double scalar = 0.0, double scalar2 = 0.0, int64_t mode = 0,
                double scalar3 = 0.0) {
  OpAttrs attrs;
  attrs.scalar = scalar;
  attrs.scalar2 = scalar2;
  attrs.scalar3 = scalar3;
  attrs.index = mode;
  record(op, {t}, out, std::move(attrs));
  return out;
}

}  // namespace

Tensor erf(const Tensor& t) {
  require_half_kernel("erf_vml_cpu", t.dtype());
  Tensor in = is_floating(t.dtype()) ? t : raw::cast(t, default_float_dtype());
  return recorded(Op::Erf, t, map_floating(in, "erf", [](auto x) { return std::erf(x); }));
}

Tensor leaky_relu(const Tensor& t, double negative_slope) {
  require_half_kernel("leaky_relu_cpu", t.dtype());
  Tensor out = map_floating(t, "leaky_relu_cpu", [negative_slope](auto x) {
    using T = decltype(x);
    return x > T(0) ? x : x * static_cast<T>(negative_slope);
  });
  return recorded(Op::LeakyRelu, t, out, negative_slope);
}

// ATen's elu kernel: exp(x * input_scale) - 1, not expm1 (docs/pytorch-facts/float32-elementwise.md).
Tensor elu_kernel(const Tensor& t, double alpha, double scale, double input_scale) {
  require_half_kernel("elu_cpu", t.dtype());
  return map_floating(t, "elu_cpu", [alpha, scale, input_scale](auto x) {
    using T = decltype(x);
    const T negcoef = static_cast<T>(alpha * scale), poscoef = static_cast<T>(scale), negiptcoef = static_cast<T>(input_scale);
    return x <= T(0) ? (std::exp(x * negiptcoef) - T(1)) * negcoef : x * poscoef;
  });
}

Tensor elu(const Tensor& t, double alpha, double scale, double input_scale) {
  return recorded(Op::Elu, t, elu_kernel(t, alpha, scale, input_scale), alpha, scale, 0, input_scale);
}

Tensor celu(const Tensor& t, double alpha) {
  return recorded(Op::Celu, t, elu_kernel(t, alpha, 1.0, 1.0 / alpha), alpha, 1.0, 0, 1.0 / alpha);
}

Tensor gelu(const Tensor& t, bool tanh_approximation) {
  require_half_kernel("GeluKernelImpl", t.dtype());
  Tensor out = map_floating(t, "GeluKernelImpl", [tanh_approximation](auto x) {
    using T = decltype(x);
    if (tanh_approximation) {
      const T inner = static_cast<T>(M_SQRT2 * M_2_SQRTPI * 0.5) * (x + T(0.044715) * x * x * x);
      return T(0.5) * x * (T(1) + std::tanh(inner));
    }
    return x * T(0.5) * (T(1) + std::erf(x * static_cast<T>(M_SQRT1_2)));
  });
  return recorded(Op::Gelu, t, out, 0.0, 0.0, tanh_approximation ? 1 : 0);
}

Tensor silu(const Tensor& t) {
  require_half_kernel("silu_cpu", t.dtype());
  Tensor out = map_floating(t, "silu_cpu", [](auto x) {
    using T = decltype(x);
    return x / (T(1) + std::exp(-x));
  });
  return recorded(Op::Silu, t, out);
}

Tensor softplus(const Tensor& t, double beta, double threshold) {
  require_half_kernel("softplus_cpu", t.dtype());
  Tensor out = map_floating(t, "softplus_cpu", [beta, threshold](auto x) {
    using T = decltype(x);
    const T bx = x * static_cast<T>(beta);
    return bx > static_cast<T>(threshold) ? x : std::log1p(std::exp(bx)) / static_cast<T>(beta);
  });
  return recorded(Op::Softplus, t, out, beta, threshold);
}

Tensor hardtanh(const Tensor& t, double min_value, double max_value) {
  require_half_kernel("clamp_scalar_cpu", t.dtype());
  Tensor out = map_floating(t, "hardtanh_cpu", [min_value, max_value](auto x) {
    using T = decltype(x);
    const T lo = static_cast<T>(min_value), hi = static_cast<T>(max_value);
    return x < lo ? lo : (x > hi ? hi : x);
  });
  return recorded(Op::Hardtanh, t, out, min_value, max_value);
}

Tensor hardsigmoid(const Tensor& t) {
  require_half_kernel("hardsigmoid_cpu", t.dtype());
  Tensor out = map_floating(t, "hardsigmoid_cpu", [](auto x) {
    using T = decltype(x);
    return std::min(std::max(x + T(3), T(0)), T(6)) / T(6);
  });
  return recorded(Op::Hardsigmoid, t, out);
}

Tensor hardswish(const Tensor& t) {
  require_half_kernel("hardswish_cpu", t.dtype());
  Tensor out = map_floating(t, "hardswish_cpu", [](auto x) {
    using T = decltype(x);
    return x * std::min(std::max(x + T(3), T(0)), T(6)) / T(6);
  });
  return recorded(Op::Hardswish, t, out);
}

Tensor mish(const Tensor& t) {
  require_half_kernel("mish_cpu", t.dtype());
  Tensor out = map_floating(t, "mish_cpu", [](auto x) { return x * std::tanh(std::log1p(std::exp(x))); });
  return recorded(Op::Mish, t, out);
}

// min(x, 0) - log1p(exp(-|x|)): never exponentiates a large positive number.
Tensor log_sigmoid(const Tensor& t) {
  require_half_kernel("log_sigmoid_cpu", t.dtype());
  Tensor out = map_floating(t, "log_sigmoid_cpu", [](auto x) {
    using T = decltype(x);
    return std::min(x, T(0)) - std::log1p(std::exp(-std::abs(x)));
  });
  return recorded(Op::LogSigmoid, t, out);
}

namespace {
void check_lambda(double lambd) {
  if (lambd < 0) runtime_error("lambda must be greater or equal to 0, but found to be " + c10_str(lambd) + ".");
}
}  // namespace

Tensor softshrink(const Tensor& t, double lambd) {
  check_lambda(lambd);
  require_half_kernel("softshrink_cpu", t.dtype());
  Tensor out = map_floating(t, "softshrink_cpu", [lambd](auto x) {
    using T = decltype(x);
    const T l = static_cast<T>(lambd);
    return x > l ? x - l : (x < -l ? x + l : T(0));
  });
  return recorded(Op::Softshrink, t, out, lambd);
}

Tensor hardshrink(const Tensor& t, double lambd) {
  require_half_kernel("hardshrink_cpu", t.dtype());
  Tensor out = map_floating(t, "hardshrink_cpu", [lambd](auto x) {
    using T = decltype(x);
    const T l = static_cast<T>(lambd);
    return (x >= -l && x <= l) ? T(0) : x;
  });
  return recorded(Op::Hardshrink, t, out, lambd);
}

Tensor glu(const Tensor& t, int64_t dim) {
  if (t.dim() == 0) runtime_error("glu does not support scalars because halving size must be even");
  dim = wrap_dim(dim, t.dim());
  const int64_t n = t.shape()[dim];
  if (n % 2 != 0) {
    runtime_error("Halving dimension must be even, but dimension " + std::to_string(dim) + " is size " + std::to_string(n));
  }
  Tensor out;
  {
    NoGradGuard no_grad;
    Tensor a = slice(t, dim, 0, n / 2), b = slice(t, dim, n / 2, n);
    out = mul(a, sigmoid(b));
  }
  OpAttrs attrs;
  attrs.dim = dim;
  record(Op::Glu, {t}, out, std::move(attrs));
  return out;
}

namespace {
// prelu's weight as a tensor that broadcasts against t: [1, C, 1, ...] for one weight per channel.
Tensor prelu_weight_view(const Tensor& t, const Tensor& weight) {
  if (weight.numel() == 1) return reshape(weight, {});
  Shape shape(t.dim(), 1);
  shape[1] = weight.numel();
  return reshape(weight, shape);
}
}  // namespace

Tensor prelu(const Tensor& t, const Tensor& weight) {
  if (weight.dim() > 1) {
    runtime_error("prelu: Expected `weight` to be a scalar or 1D tensor, but got ndim = " + std::to_string(weight.dim()));
  }
  const int64_t channels = t.dim() >= 2 ? t.shape()[1] : 1;
  if (weight.numel() != 1 && weight.numel() != channels) {
    runtime_error("Mismatch of parameter numbers and input channel size. Found parameter numbers = " +
                  std::to_string(weight.numel()) + " and channel size = " + std::to_string(channels) + ".");
  }
  Tensor out;
  {
    NoGradGuard no_grad;
    out = where(compare(t, Scalar(0.0), CompareOp::Gt), t, mul(prelu_weight_view(t, weight), t));
  }
  record(Op::Prelu, {t, weight}, out);
  return out;
}

// For the derivatives table: prelu's weight gradient summed back to the weight's shape.
Tensor prelu_weight_grad(const Tensor& grad, const Tensor& t, const Tensor& weight) {
  Tensor below = where(compare(t, Scalar(0.0), CompareOp::Gt), zeros({}, grad.dtype()), mul(t, grad));
  if (weight.numel() == 1) return reshape(sum(below), weight.shape());
  Shape dims;
  for (int64_t d = 0; d < t.dim(); ++d) if (d != 1) dims.push_back(d);
  return reshape(sum(below, dims), weight.shape());
}

Tensor prelu_input_grad(const Tensor& grad, const Tensor& t, const Tensor& weight) {
  return where(compare(t, Scalar(0.0), CompareOp::Gt), grad, mul(prelu_weight_view(t, weight), grad));
}

}  // namespace ag
