// The derivatives table: one row per differentiable op, like PyTorch's derivatives.yaml.
// In scope for a formula: c.grad (gradient of the op's output), c.input(i) (saved inputs),
// c.result() (saved output), c.attrs() and c.meta(i) (shape/dtype of input i).
// Formulas return one gradient per input, in the input's (possibly broadcast) shape; the
// FunctionNode sums them back to the input shape. Formulas are written with the engine's own
// ops, so under create_graph=True they are recorded and higher derivatives work.
#include "autograd/derivatives.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

using Grads = std::vector<Tensor>;
using C = const BackwardContext&;
constexpr uint32_t kNone = 0, kIn0 = 1, kIn1 = 2, kIn01 = 3;

Tensor zero_grad_like(C c, size_t i) { return zeros(c.meta(i).shape, c.meta(i).dtype); }

// d I for a batch of scalars d (*): the (*, n, n) matrices with d on the diagonal.
Tensor scaled_identity(const Tensor& d, int64_t n) {
  Shape s = d.shape();
  s.push_back(n);
  return diag_embed(expand(unsqueeze(d, -1), s));
}

// PyTorch's norm_backward (torch.norm and linalg.vector_norm), case by case in its order of
// operations. grad and norm already have self's rank. p = 0 has no gradient (undefined).
Tensor norm_backward(const Tensor& grad, const Tensor& self, double p, const Tensor& norm, const Shape& dims = {}) {
  auto zero_where = [](const Tensor& mask, const Tensor& t) { return where(mask, zeros({}, t.dtype()), t); };
  if (p == 0.0) return Tensor();
  if (p == 1.0) return mul(sgn(self), grad);
  if (p == 2.0) return mul(grad, zero_where(compare(norm, Scalar(0.0), CompareOp::Eq), div(self, norm)));
  if (std::isinf(p)) {
    // The derivative of amax(|self|): shared by the entries that reach it (and NaNs).
    Tensor self_abs = abs(self);
    Tensor mask = logical_or(compare(self_abs, norm, CompareOp::Eq), isnan(self_abs));
    Tensor count = dims.empty() ? sum(mask) : sum(mask, dims, /*keepdim=*/true);
    return mul(sgn(self), mul(div(grad, count), mask));
  }
  if (p < 1.0) {
    Tensor scaled = mul(sgn(self), zero_where(compare(self, Scalar(0.0), CompareOp::Eq), pow(abs(self), Scalar(p - 1))));
    return mul(mul(scaled, grad), pow(norm, Scalar(1 - p)));
  }
  Tensor scaled = p < 2.0 ? mul(sgn(self), pow(abs(self), Scalar(p - 1))) : mul(self, pow(abs(self), Scalar(p - 2)));
  Tensor scale = zero_where(compare(norm, Scalar(0.0), CompareOp::Eq), div(grad, pow(norm, Scalar(p - 1))));
  return mul(scaled, scale);
}

// norm_backward for a norm over attrs().dims (torch.norm(dim=...), linalg.vector_norm): grad and
// result get their reduced dims back; an input of another dtype (vector_norm's dtype=) is
// converted to the result's first.
Tensor norm_dim_backward(C c) {
  const OpAttrs& a = c.attrs();
  const int64_t nd = static_cast<int64_t>(c.meta(0).shape.size());
  Tensor g = unsqueeze_dims(c.grad, a.dims, nd, a.keepdim);
  Tensor r = unsqueeze_dims(c.result(), a.dims, nd, a.keepdim);
  Tensor self = c.input(0);
  if (r.dtype() != self.dtype()) self = to_dtype(self, r.dtype());
  return norm_backward(g, self, a.scalar, r, a.dims);
}

// Product of all other elements along `dim` (or all, if dim < 0), safe when inputs contain 0.
Tensor prod_backward(const Tensor& grad, const Tensor& self, const Tensor& result) {
  if (self.dim() == 0) return grad;
  Tensor has_zero = compare(self, Scalar(0.0), CompareOp::Eq);
  if (sum(has_zero).item().to_int() == 0) return mul(grad, div(result, self));
  // Exclusive products, computed directly: the gradient of x_i is the product of the others.
  Tensor flat = reshape(self, {-1});
  const int64_t n = flat.numel();
  std::vector<Tensor> others;
  others.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    Tensor before = slice(flat, 0, 0, i), after = slice(flat, 0, i + 1, n);
    others.push_back(mul(prod(before), prod(after)));
  }
  return mul(grad, reshape(stack(others), self.shape()));
}

Tensor prod_dim_backward(const Tensor& grad, const Tensor& self, const Tensor& result,
                         int64_t dim, bool keepdim) {
  Tensor g = keepdim ? grad : unsqueeze(grad, dim);
  Tensor r = keepdim ? result : unsqueeze(result, dim);
  Tensor has_zero = compare(self, Scalar(0.0), CompareOp::Eq);
  if (sum(has_zero).item().to_int() == 0) return mul(g, div(r, self));
  const int64_t n = self.size(dim);
  std::vector<Tensor> others;
  for (int64_t i = 0; i < n; ++i) {
    Tensor before = slice(self, dim, 0, i), after = slice(self, dim, i + 1, n);
    Tensor p = mul(prod(before, dim, true), prod(after, dim, true));
    others.push_back(p);
  }
  return mul(g, cat(others, dim));
}

// Gradient split evenly among the positions equal to the reduced value (max()/min()).
Tensor evenly_distribute(const Tensor& grad, const Tensor& self, const Tensor& value) {
  Tensor mask = compare(self, value, CompareOp::Eq);
  Tensor count = sum(mask);
  return where(mask, div(grad, count), zeros({}, grad.dtype()));
}

Tensor value_selecting_backward(C c) {
  const OpAttrs& a = c.attrs();
  Tensor mask = index_mask(a.aux, c.meta(0).shape, a.dim, a.keepdim);
  Tensor g = a.keepdim ? c.grad : unsqueeze(c.grad, a.dim);
  return where(mask, g, zeros({}, c.grad.dtype()));
}

// A pointwise loss's gradient scale: 1/numel under mean reduction, else 1.
double loss_norm(C c) {
  return c.attrs().reduction == 1 ? 1.0 / static_cast<double>(shape_numel(c.meta(0).shape)) : 1.0;
}

// The mean and 1/sqrt(var + eps) over dims: the forward's saved values, or under create_graph
// recomputed from x with recorded ops, so that second derivatives see their dependence on x.
std::pair<Tensor, Tensor> normalization_stats(C c, const Tensor& x, const Shape& dims) {
  const OpAttrs& a = c.attrs();
  if (!GradMode::is_enabled()) return {a.aux, a.aux2};
  Tensor mu = mean(x, dims, true);
  Tensor centered = sub(x, mu);
  Tensor var = mean(mul(centered, centered), dims, true);
  return {mu, reciprocal(sqrt(add(var, Scalar(a.scalar))))};
}

// A reduction's gradient (or result) with the reduced dims put back as size 1.
Tensor restore_dims(const Tensor& g, const Shape& dims, bool keepdim, int64_t ndim) {
  if (keepdim || ndim == 0) return g;
  Shape sorted = dims;
  if (sorted.empty() || static_cast<int64_t>(sorted.size()) == ndim) {
    sorted.clear();
    for (int64_t d = 0; d < ndim; ++d) sorted.push_back(d);
  }
  std::sort(sorted.begin(), sorted.end());
  Tensor out = g;
  for (int64_t d : sorted) out = unsqueeze(out, d);
  return out;
}

// PyTorch's var_backward: (2 / (N - correction)) * grad * (x - mean over dims).
Tensor var_backward(const Tensor& grad, const Tensor& x, const Shape& dims, double correction, bool keepdim) {
  const bool all = dims.empty() || static_cast<int64_t>(dims.size()) == x.dim();
  int64_t n = 1;
  if (all) n = x.numel();
  else for (int64_t d : dims) n *= x.shape()[d];
  Tensor g = all ? grad : restore_dims(grad, dims, keepdim, x.dim());
  Tensor centred = all ? sub(x, mean(x)) : sub(x, mean(x, dims, true));
  return mul(mul(g, Scalar(2.0 / (static_cast<double>(n) - correction))), centred);
}

// A mean over attrs().dims (all when empty): the gradient spread evenly over what was averaged.
Tensor mean_backward(C c) {
  const OpAttrs& a = c.attrs();
  const Shape& shape = c.meta(0).shape;
  const bool all = a.dims.empty() || a.dims.size() == shape.size();
  int64_t n = 1;
  if (all) n = shape_numel(shape);
  else for (int64_t d : a.dims) n *= shape[static_cast<size_t>(d)];
  Tensor g = all ? c.grad : restore_dims(c.grad, a.dims, a.keepdim, static_cast<int64_t>(shape.size()));
  return div(expand(g, shape), Scalar(static_cast<double>(n)));
}

// amax/amin: the gradient shared evenly among the positions equal to the result.
Tensor amax_amin_backward(C c) {
  const OpAttrs& a = c.attrs();
  Tensor x = c.input(0);
  Tensor g = restore_dims(c.grad, a.dims, a.keepdim, x.dim());
  Tensor r = restore_dims(c.result(), a.dims, a.keepdim, x.dim());
  Tensor mask = compare(r, x, CompareOp::Eq);
  Shape dims = a.dims;
  if (dims.empty()) for (int64_t d = 0; d < x.dim(); ++d) dims.push_back(d);
  Tensor count = x.dim() ? sum(mask, dims, true) : sum(mask);
  return mul(div(g, count), mask);
}

// sort/topk/kthvalue/median(dim)/mode: the gradient written back where the indices point.
// elu_backward(is_result=false): grad * input_scale * (alpha * scale) * exp(x * input_scale) at
// x <= 0, grad * scale above (attrs: alpha, scale, input_scale).
Tensor elu_backward(C c) {
  const OpAttrs& a = c.attrs();
  Tensor x = c.input(0);
  Tensor below = mul(mul(mul(c.grad, Scalar(a.scalar3)), Scalar(a.scalar * a.scalar2)), exp(mul(x, Scalar(a.scalar3))));
  return where(compare(x, Scalar(0.0), CompareOp::Le), below, mul(c.grad, Scalar(a.scalar2)));
}

// softshrink and hardshrink pass the gradient outside [-lambd, lambd] and stop it inside.
Tensor shrink_backward(C c) {
  Tensor x = c.input(0);
  const double lambd = c.attrs().scalar;
  Tensor inside = logical_and(compare(x, Scalar(-lambd), CompareOp::Ge), compare(x, Scalar(lambd), CompareOp::Le));
  return where(inside, zeros({}, c.grad.dtype()), c.grad);
}

Tensor selected_backward(C c) {
  const OpAttrs& a = c.attrs();
  Tensor g = c.grad, idx = a.aux;
  if (!a.keepdim && !c.meta(0).shape.empty()) {
    g = unsqueeze(g, a.dim);
    idx = unsqueeze(idx, a.dim);
  }
  if (c.meta(0).shape.empty()) return g;
  return scatter(zeros(c.meta(0).shape, g.dtype()), a.dim, idx, g);
}

// cumprod's gradient where the input has zeros: d out_k / d x_i = prod_{j<=k, j!=i} x_j, summed
// against the incoming gradient, directly (first order).
Tensor cumprod_backward_with_zeros(const Tensor& grad, const Tensor& x, int64_t dim) {
  Tensor xt = contiguous(transpose(x.detach(), dim, -1)), gt = contiguous(transpose(grad.detach(), dim, -1));
  const int64_t n = xt.shape().back(), lines = xt.numel() / std::max<int64_t>(n, 1);
  Tensor out = zeros(xt.shape(), DType::Float64);
  double* o = out.data_ptr<double>();
  for (int64_t l = 0; l < lines; ++l) {
    for (int64_t i = 0; i < n; ++i) {
      double total = 0;
      for (int64_t k = i; k < n; ++k) {
        double p = 1;
        for (int64_t j = 0; j <= k; ++j) if (j != i) p *= xt.flat_get(l * n + j);
        total += p * gt.flat_get(l * n + k);
      }
      o[l * n + i] = total;
    }
  }
  return transpose(to_dtype(out, grad.dtype()), dim, -1);
}

// A tensor of `shape` that is zero except for `values` on its (offset, d1, d2) diagonal
// (first order: not recorded).
Tensor diag_embed_into(const Tensor& values, const Shape& shape, int64_t offset, int64_t d1, int64_t d2) {
  Tensor out = zeros(shape, values.dtype());
  GradModeGuard no_grad(false);
  raw::copy_into(diagonal(out, offset, d1, d2), values.detach());
  return out;
}

// ---- forward-mode formulas for the rows whose backward kernels are not recorded ----

// The ConvParams convolution() was called with, from its attrs (1-D convolutions store the
// 2-D form, with the real parameters in element 1).
ConvParams conv_params_of(const OpAttrs& a) {
  ConvParams p;
  const Shape& d = a.dims;
  if (a.dim == 1) {
    p.stride = {d[1], 0};
    p.padding = {d[3], 0};
    p.dilation = {d[5], 0};
  } else {
    p.stride = {d[0], d[1]};
    p.padding = {d[2], d[3]};
    p.dilation = {d[4], d[5]};
  }
  p.groups = d[6];
  return p;
}

// Convolution is linear in each argument: conv(x_t, w) + conv(x, w_t) + b_t.
Tensor convolution_forward(const std::vector<Tensor>& x, const std::vector<Tensor>& t, const OpAttrs& a,
                           const Tensor& result) {
  const ConvParams p = conv_params_of(a);
  Tensor out;
  auto add_term = [&out](const Tensor& term) { out = out.defined() ? add(out, term) : term; };
  if (t[0].defined()) add_term(convolution(t[0], x[1], Tensor(), p));
  if (t.size() > 1 && t[1].defined()) add_term(convolution(x[0], t[1], Tensor(), p));
  if (t.size() > 2 && t[2].defined()) {
    Shape channel(static_cast<size_t>(result.dim()), 1);
    channel[(a.index & 2) ? 1 : 0] = result.size((a.index & 2) ? 1 : 0);
    add_term(expand(reshape(t[2], channel), result.shape()));
  }
  return out;
}

// Max pooling picks one element per window: the tangent at the same (saved) positions.
Tensor max_pool2d_forward(const std::vector<Tensor>&, const std::vector<Tensor>& t, const OpAttrs& a,
                          const Tensor& result) {
  Tensor picked = gather(flatten(t[0], -2), -1, flatten(a.aux, -2));
  return reshape(picked, result.shape());
}

// Average pooling is linear: the same pooling of the tangent.
Tensor avg_pool2d_forward(const std::vector<Tensor>&, const std::vector<Tensor>& t, const OpAttrs& a,
                          const Tensor&) {
  PoolParams p;
  p.kernel = {a.dims[0], a.dims[1]};
  p.stride = {a.dims[2], a.dims[3]};
  p.padding = {a.dims[4], a.dims[5]};
  p.ceil_mode = a.start != 0;
  return avg_pool2d(t[0], p, a.keepdim, a.index);
}

Shape inverse_permutation(const Shape& dims) {
  Shape inv(dims.size());
  for (size_t i = 0; i < dims.size(); ++i) inv[static_cast<size_t>(dims[i])] = static_cast<int64_t>(i);
  return inv;
}

const std::vector<Derivative> kTable = {
    // ---- arithmetic ----
    {Op::Add, "AddBackward0", kNone, false,
     [](C c) -> Grads {
       const double alpha = c.attrs().scalar;
       return {c.grad, alpha == 1.0 ? c.grad : mul(c.grad, Scalar(alpha))};
     }},
    {Op::Sub, "SubBackward0", kNone, false,
     [](C c) -> Grads {
       const double alpha = c.attrs().scalar;
       return {c.grad, alpha == 1.0 ? neg(c.grad) : mul(neg(c.grad), Scalar(alpha))};
     }},
    {Op::Rsub, "RsubBackward1", kNone, false,
     [](C c) -> Grads {
       const double alpha = c.attrs().scalar;
       return {alpha == 1.0 ? neg(c.grad) : mul(neg(c.grad), Scalar(alpha))};
     }},
    {Op::Mul, "MulBackward0", kIn01, false,
     [](C c) -> Grads {
       return {c.needs(0) ? mul(c.grad, c.input(1)) : Tensor(),
               c.needs(1) ? mul(c.grad, c.input(0)) : Tensor()};
     }, {2, 1}},
    {Op::Div, "DivBackward0", kIn01, false,
     [](C c) -> Grads {
       Tensor other = c.input(1);
       return {c.needs(0) ? div(c.grad, other) : Tensor(),
               c.needs(1) ? mul(neg(c.grad), div(div(c.input(0), other), other)) : Tensor()};
     }, {2, 3}},
    // at::mul/div(Tensor, Scalar), as PyTorch's C++ composites (cross_entropy) call them.
    {Op::MulScalar, "MulBackward1", kNone, false,
     [](C c) -> Grads { return {mul(c.grad, Scalar(c.attrs().scalar))}; }},
    {Op::DivScalar, "DivBackward1", kNone, false,
     [](C c) -> Grads { return {div(c.grad, Scalar(c.attrs().scalar))}; }},
    {Op::PowScalar, "PowBackward0", kIn0, false,
     [](C c) -> Grads {
       const double e = c.attrs().scalar;
       if (e == 0.0) return {zero_grad_like(c, 0)};
       return {mul(c.grad, mul(pow(c.input(0), Scalar(e - 1)), Scalar(e)))};
     }},
    {Op::PowTensor, "PowBackward1", kIn01, true,
     [](C c) -> Grads {
       Tensor self = c.input(0), exponent = c.input(1);
       Tensor zero = zeros({}, c.grad.dtype());
       Tensor gself, gexp;
       if (c.needs(0)) {
         Tensor e_is_zero = compare(exponent, Scalar(0.0), CompareOp::Eq);
         gself = where(e_is_zero, zero, mul(c.grad, mul(exponent, pow(self, sub(exponent, Scalar(1.0))))));
       }
       if (c.needs(1)) {
         Tensor cond = mul(compare(self, Scalar(0.0), CompareOp::Eq),
                           compare(exponent, Scalar(0.0), CompareOp::Ge));
         gexp = mul(c.grad, where(cond, zero, mul(c.result(), log(self))));
       }
       return {gself, gexp};
     }},
    {Op::PowScalarBase, "PowBackward2", kIn0, true,
     [](C c) -> Grads {
       const double base = c.attrs().scalar;
       Tensor r = c.result();
       if (base == 0.0) {
         Tensor cond = compare(c.input(0), Scalar(0.0), CompareOp::Ge);
         return {mul(c.grad, where(cond, zeros({}, c.grad.dtype()), mul(r, Scalar(std::log(base)))))};
       }
       return {mul(c.grad, mul(r, Scalar(std::log(base))))};
     }},
    // ---- elementwise math ----
    {Op::Neg, "NegBackward0", kNone, false, [](C c) -> Grads { return {neg(c.grad)}; }},
    {Op::Exp, "ExpBackward0", kNone, true, [](C c) -> Grads { return {mul(c.grad, c.result())}; }},
    {Op::Log, "LogBackward0", kIn0, false, [](C c) -> Grads { return {div(c.grad, c.input(0))}; }},
    {Op::Sqrt, "SqrtBackward0", kNone, true,
     [](C c) -> Grads { return {div(c.grad, mul(c.result(), Scalar(2.0)))}; }},
    {Op::Sin, "SinBackward0", kIn0, false,
     [](C c) -> Grads { return {mul(c.grad, cos(c.input(0)))}; }},
    {Op::Cos, "CosBackward0", kIn0, false,
     [](C c) -> Grads { return {mul(c.grad, neg(sin(c.input(0))))}; }},
    {Op::Tanh, "TanhBackward0", kNone, true,
     [](C c) -> Grads { return {tanh_backward(c.grad, c.result())}; }},
    // grad_out * (1 - r^2) as its own op, so that second derivatives see PyTorch's node.
    {Op::TanhBackward, "TanhBackwardBackward0", kIn01, false,
     [](C c) -> Grads {
       Tensor grad_out = c.input(0), r = c.input(1);
       return {c.needs(0) ? tanh_backward(c.grad, r) : Tensor(),
               c.needs(1) ? mul(c.grad, mul(mul(r, Scalar(-2.0)), grad_out)) : Tensor()};
     }},
    {Op::Sigmoid, "SigmoidBackward0", kNone, true,
     [](C c) -> Grads {
       Tensor r = c.result();
       return {mul(mul(c.grad, rsub(r, Scalar(1.0))), r)};
     }},
    {Op::Relu, "ReluBackward0", kNone, true,
     [](C c) -> Grads {
       Tensor off = compare(c.result(), Scalar(0.0), CompareOp::Le);
       return {where(off, zeros({}, c.grad.dtype()), c.grad)};
     }},
    {Op::Abs, "AbsBackward0", kIn0, false,
     [](C c) -> Grads { return {mul(c.grad, sign(c.input(0)))}; }},
    {Op::Reciprocal, "ReciprocalBackward0", kNone, true,
     [](C c) -> Grads {
       Tensor r = c.result();
       return {mul(neg(c.grad), mul(r, r))};
     }},
    // Gradient passes where the input was inside [min, max] (bounds included, as PyTorch).
    {Op::Clamp, "ClampBackward1", kIn0, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();  // scalar: min, aux: max (0-d)
       Tensor self = c.input(0);
       Tensor keep = logical_and(compare(self, Scalar(a.scalar), CompareOp::Ge),
                                 compare(self, a.aux, CompareOp::Le));
       return {where(keep, c.grad, zeros({}, c.grad.dtype()))};
     }},
    {Op::ClampMin, "ClampMinBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor keep = compare(c.input(0), Scalar(c.attrs().scalar), CompareOp::Ge);
       return {where(keep, c.grad, zeros({}, c.grad.dtype()))};
     }},
    {Op::ClampMax, "ClampMaxBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor keep = compare(c.input(0), Scalar(c.attrs().scalar), CompareOp::Le);
       return {where(keep, c.grad, zeros({}, c.grad.dtype()))};
     }},
    // ---- more elementwise math ----
    {Op::Asin, "AsinBackward0", kIn0, false,
     [](C c) -> Grads { Tensor x = c.input(0); return {mul(c.grad, rsqrt(add(mul(neg(x), x), Scalar(1.0))))}; }},
    {Op::Acos, "AcosBackward0", kIn0, false,
     [](C c) -> Grads { Tensor x = c.input(0); return {mul(c.grad, neg(rsqrt(add(mul(neg(x), x), Scalar(1.0)))))}; }},
    {Op::Atan, "AtanBackward0", kIn0, false,
     [](C c) -> Grads { Tensor x = c.input(0); return {div(c.grad, add(mul(x, x), Scalar(1.0)))}; }},
    {Op::Sinh, "SinhBackward0", kIn0, false, [](C c) -> Grads { return {mul(c.grad, cosh(c.input(0)))}; }},
    {Op::Cosh, "CoshBackward0", kIn0, false, [](C c) -> Grads { return {mul(c.grad, sinh(c.input(0)))}; }},
    {Op::Asinh, "AsinhBackward0", kIn0, false,
     [](C c) -> Grads { return {mul(c.grad, rsqrt(add(pow(c.input(0), Scalar(2.0)), Scalar(1.0))))}; }},
    {Op::Acosh, "AcoshBackward0", kIn0, false,
     [](C c) -> Grads { return {mul(c.grad, rsqrt(sub(pow(c.input(0), Scalar(2.0)), Scalar(1.0))))}; }},
    {Op::Atanh, "AtanhBackward0", kIn0, false,
     [](C c) -> Grads { return {div(c.grad, rsub(pow(c.input(0), Scalar(2.0)), Scalar(1.0)))}; }},
    {Op::Tan, "TanBackward0", kNone, true,
     [](C c) -> Grads { return {mul(c.grad, add(pow(c.result(), Scalar(2.0)), Scalar(1.0)))}; }},
    {Op::Log2, "Log2Backward0", kIn0, false,
     [](C c) -> Grads { return {div(c.grad, mul(c.input(0), Scalar(0.6931471805599453)))}; }},
    {Op::Log10, "Log10Backward0", kIn0, false,
     [](C c) -> Grads { return {div(c.grad, mul(c.input(0), Scalar(2.3025850929940456)))}; }},
    {Op::Log1p, "Log1PBackward0", kIn0, false,
     [](C c) -> Grads { return {div(c.grad, add(c.input(0), Scalar(1.0)))}; }},
    {Op::Expm1, "Expm1Backward0", kNone, true,
     [](C c) -> Grads { return {mul(c.grad, add(c.result(), Scalar(1.0)))}; }},
    {Op::Exp2, "Exp2Backward0", kNone, true,
     [](C c) -> Grads { return {mul(mul(c.grad, c.result()), Scalar(M_LN2))}; }},
    {Op::Rsqrt, "RsqrtBackward0", kNone, true,
     [](C c) -> Grads { return {mul(mul(c.grad, Scalar(-0.5)), pow(c.result(), Scalar(3.0)))}; }},
    {Op::Erfc, "ErfcBackward0", kIn0, false,
     [](C c) -> Grads {
       return {mul(mul(exp(neg(pow(c.input(0), Scalar(2.0)))), Scalar(-M_2_SQRTPI)), c.grad)};
     }},
    {Op::Erfinv, "ErfinvBackward0", kIn0, false,
     [](C c) -> Grads {
       return {mul(mul(exp(pow(erfinv(c.input(0)), Scalar(2.0))), Scalar(0.5 * std::sqrt(M_PI))), c.grad)};
     }},
    {Op::Logit, "LogitBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor x = c.input(0);
       const double eps = c.attrs().scalar;
       const double lo = eps < 0 ? 0.0 : eps, hi = eps < 0 ? 1.0 : 1.0 - eps;
       Tensor outside = logical_or(compare(x, Scalar(lo), CompareOp::Lt), compare(x, Scalar(hi), CompareOp::Gt));
       Tensor g = div(c.grad, mul(x, rsub(x, Scalar(1.0))));
       return {where(outside, full({}, Scalar(eps < 0 ? NAN : 0.0), g.dtype()), g)};
     }},
    {Op::Floor, "FloorBackward0", kNone, false, [](C c) -> Grads { return {zeros_like(c.grad)}; }},
    {Op::Ceil, "CeilBackward0", kNone, false, [](C c) -> Grads { return {zeros_like(c.grad)}; }},
    {Op::Trunc, "TruncBackward0", kNone, false, [](C c) -> Grads { return {zeros_like(c.grad)}; }},
    {Op::Round, "RoundBackward0", kNone, false, [](C c) -> Grads { return {zeros_like(c.grad)}; }},
    {Op::RoundDecimals, "RoundBackward1", kNone, false, [](C c) -> Grads { return {zeros_like(c.grad)}; }},
    {Op::Frac, "FracBackward0", kNone, false, [](C c) -> Grads { return {c.grad}; }},
    {Op::Sign, "SignBackward0", kNone, false, [](C c) -> Grads { return {zeros_like(c.grad)}; }},
    {Op::Sgn, "SgnBackward0", kNone, false, [](C c) -> Grads { return {zeros_like(c.grad)}; }},
    {Op::NanToNum, "NanToNumBackward0", kIn0, false,
     [](C c) -> Grads { return {mul(c.grad, isfinite(c.input(0)))}; }},
    // maximum/minimum: a tie splits the gradient in half, as PyTorch's formula does.
    {Op::Maximum, "MaximumBackward0", kIn01, false,
     [](C c) -> Grads {
       Tensor a = c.input(0), b = c.input(1), zero = zeros({}, c.grad.dtype());
       Tensor shared = where(compare(a, b, CompareOp::Eq), div(c.grad, Scalar(2.0)), c.grad);
       return {c.needs(0) ? where(compare(a, b, CompareOp::Lt), zero, shared) : Tensor(),
               c.needs(1) ? where(compare(a, b, CompareOp::Gt), zero, shared) : Tensor()};
     }},
    {Op::Minimum, "MinimumBackward0", kIn01, false,
     [](C c) -> Grads {
       Tensor a = c.input(0), b = c.input(1), zero = zeros({}, c.grad.dtype());
       Tensor shared = where(compare(a, b, CompareOp::Eq), div(c.grad, Scalar(2.0)), c.grad);
       return {c.needs(0) ? where(compare(a, b, CompareOp::Gt), zero, shared) : Tensor(),
               c.needs(1) ? where(compare(a, b, CompareOp::Lt), zero, shared) : Tensor()};
     }},
    {Op::Fmax, "FmaxBackward0", kIn01, false,
     [](C c) -> Grads {
       Tensor a = c.input(0), b = c.input(1), zero = zeros({}, c.grad.dtype());
       Tensor to_a = logical_or(compare(a, b, CompareOp::Ge), isnan(b));
       return {c.needs(0) ? where(to_a, c.grad, zero) : Tensor(), c.needs(1) ? where(to_a, zero, c.grad) : Tensor()};
     }},
    {Op::Fmin, "FminBackward0", kIn01, false,
     [](C c) -> Grads {
       Tensor a = c.input(0), b = c.input(1), zero = zeros({}, c.grad.dtype());
       Tensor to_a = logical_or(compare(a, b, CompareOp::Le), isnan(b));
       return {c.needs(0) ? where(to_a, c.grad, zero) : Tensor(), c.needs(1) ? where(to_a, zero, c.grad) : Tensor()};
     }},
    {Op::Atan2, "Atan2Backward0", kIn01, false,
     [](C c) -> Grads {
       Tensor a = c.input(0), b = c.input(1);
       Tensor recip = reciprocal(add(mul(a, a), mul(b, b)));
       return {c.needs(0) ? mul(mul(c.grad, b), recip) : Tensor(), c.needs(1) ? mul(mul(c.grad, neg(a)), recip) : Tensor()};
     }},
    {Op::Hypot, "HypotBackward0", kIn01, true,
     [](C c) -> Grads {
       return {c.needs(0) ? div(mul(c.grad, c.input(0)), c.result()) : Tensor(),
               c.needs(1) ? div(mul(c.grad, c.input(1)), c.result()) : Tensor()};
     }},
    {Op::FmodScalar, "FmodBackward0", kNone, false, [](C c) -> Grads { return {c.grad, Tensor()}; }},
    {Op::FmodTensor, "FmodBackward1", kIn01, false,
     [](C c) -> Grads {
       return {c.grad, c.needs(1) ? mul(neg(c.grad), trunc(div(c.input(0), c.input(1)))) : Tensor()};
     }},
    {Op::RemainderScalar, "RemainderBackward0", kNone, false, [](C c) -> Grads { return {c.grad, Tensor()}; }},
    {Op::RemainderTensor, "RemainderBackward1", kIn01, false,
     [](C c) -> Grads {
       return {c.grad, c.needs(1) ? mul(neg(c.grad), floor(div(c.input(0), c.input(1)))) : Tensor()};
     }},
    {Op::LerpScalar, "LerpBackward0", kNone, false,
     [](C c) -> Grads {
       const double w = c.attrs().scalar;
       return {mul(c.grad, Scalar(1.0 - w)), mul(c.grad, Scalar(w))};
     }},
    {Op::LerpTensor, "LerpBackward1", kIn0 | kIn1 | 4u, false,
     [](C c) -> Grads {
       Tensor w = c.input(2);
       return {c.needs(0) ? mul(c.grad, rsub(w, Scalar(1.0))) : Tensor(), c.needs(1) ? mul(c.grad, w) : Tensor(),
               c.needs(2) ? mul(c.grad, sub(c.input(1), c.input(0))) : Tensor()};
     }},
    {Op::ClampMinTensor, "ClampMinBackward1", kIn01, false,
     [](C c) -> Grads {
       Tensor keep = compare(c.input(0), c.input(1), CompareOp::Ge), zero = zeros({}, c.grad.dtype());
       return {c.needs(0) ? where(keep, c.grad, zero) : Tensor(), c.needs(1) ? where(keep, zero, c.grad) : Tensor()};
     }},
    {Op::ClampMaxTensor, "ClampMaxBackward1", kIn01, false,
     [](C c) -> Grads {
       Tensor keep = compare(c.input(0), c.input(1), CompareOp::Le), zero = zeros({}, c.grad.dtype());
       return {c.needs(0) ? where(keep, c.grad, zero) : Tensor(), c.needs(1) ? where(keep, zero, c.grad) : Tensor()};
     }},
    // clamp(self, min, max) with tensor bounds (inputs: self, then min and/or max as attrs.index's
    // bits 1 and 2 say): 1.13's clamp_backward and clamp_backward_min_max. Where min > max the
    // result is max, so the gradient goes to max.
    {Op::ClampTensor, "ClampBackward0", kIn0 | kIn1 | 4u, false,
     [](C c) -> Grads {
       const bool has_min = c.attrs().index & 1, has_max = c.attrs().index & 2;
       Tensor self = c.input(0), zero = zeros({}, c.grad.dtype());
       Tensor min = has_min ? c.input(1) : Tensor(), max = has_max ? c.input(has_min ? 2 : 1) : Tensor();
       Grads grads(1 + has_min + has_max);
       if (has_min && has_max) {
         Tensor inside = logical_and(compare(self, min, CompareOp::Ge), compare(self, max, CompareOp::Le));
         if (c.needs(0)) grads[0] = where(inside, c.grad, zero);
         if (c.needs(1)) grads[1] = where(logical_and(compare(self, min, CompareOp::Lt), compare(min, max, CompareOp::Lt)), c.grad, zero);
         if (c.needs(2)) grads[2] = where(logical_or(compare(self, max, CompareOp::Gt), compare(max, min, CompareOp::Lt)), c.grad, zero);
       } else if (has_min) {
         if (c.needs(0)) grads[0] = where(compare(self, min, CompareOp::Ge), c.grad, zero);
         if (c.needs(1)) grads[1] = where(compare(self, min, CompareOp::Lt), c.grad, zero);
       } else {
         if (c.needs(0)) grads[0] = where(compare(self, max, CompareOp::Le), c.grad, zero);
         if (c.needs(1)) grads[1] = where(compare(self, max, CompareOp::Gt), c.grad, zero);
       }
       return grads;
     }},
    // d/dx x log y = log y, except 0 where x = 0 and y <= 0 (PyTorch's masked_fill).
    {Op::Xlogy, "XlogyBackward0", kIn01, false,
     [](C c) -> Grads {
       Tensor self = c.input(0), other = c.input(1);
       Tensor masked = logical_and(compare(self, Scalar(0.0), CompareOp::Eq), compare(other, Scalar(0.0), CompareOp::Le));
       return {c.needs(0) ? where(masked, zeros({}, c.grad.dtype()), xlogy(c.grad, other)) : Tensor(),
               c.needs(1) ? div(mul(c.grad, self), other) : Tensor()};
     }},
    {Op::XlogyScalarSelf, "XlogyBackward1", kIn0, false,
     [](C c) -> Grads { return {div(mul(c.grad, Scalar(c.attrs().scalar)), c.input(0))}; }},
    {Op::XlogyScalarOther, "XlogyBackward2", kIn0, false,
     [](C c) -> Grads {
       const double other = c.attrs().scalar;
       Tensor grad = xlogy(c.grad, Tensor::wrap_scalar(Scalar(other)));
       if (other > 0) return {grad};
       return {where(compare(c.input(0), Scalar(0.0), CompareOp::Eq), zeros({}, c.grad.dtype()), grad)};
     }},
    {Op::Logaddexp, "LogaddexpBackward0", kIn01, false,
     [](C c) -> Grads {
       Tensor a = c.input(0), b = c.input(1);
       return {c.needs(0) ? div(c.grad, add(exp(sub(b, a)), Scalar(1.0))) : Tensor(),
               c.needs(1) ? div(c.grad, add(exp(sub(a, b)), Scalar(1.0))) : Tensor()};
     }},
    {Op::Logaddexp2, "Logaddexp2Backward0", kIn01, false,
     [](C c) -> Grads {
       Tensor a = c.input(0), b = c.input(1);
       return {c.needs(0) ? div(c.grad, add(pow(Scalar(2.0), sub(b, a)), Scalar(1.0))) : Tensor(),
               c.needs(1) ? div(c.grad, add(pow(Scalar(2.0), sub(a, b)), Scalar(1.0))) : Tensor()};
     }},
    {Op::Deg2Rad, "Deg2RadBackward0", kNone, false,
     [](C c) -> Grads { return {mul(c.grad, Scalar(0.017453292519943295769236907684886127134428718885417))}; }},
    {Op::Rad2Deg, "Rad2DegBackward0", kNone, false,
     [](C c) -> Grads { return {mul(c.grad, Scalar(57.295779513082320876798154814105170332405472466564))}; }},
    {Op::Sinc, "SincBackward0", kIn0, false,
     [](C c) -> Grads {
       // ATen's sinc_backward: (pi x cos(pi x) - sin(pi x)) / (pi x^2), 0 where x = 0.
       Tensor self = c.input(0);
       Tensor self_pi = mul(self, Scalar(3.14159265358979323846));
       Tensor self_squared_pi = mul(mul(self, self), Scalar(3.14159265358979323846));
       Tensor out = div(mul(c.grad, sub(mul(self_pi, cos(self_pi)), sin(self_pi))), self_squared_pi);
       return {where(compare(self_squared_pi, Scalar(0.0), CompareOp::Eq), zeros({}, c.grad.dtype()), out)};
     }},
    {Op::Copysign, "CopysignBackward0", kIn0, true,
     [](C c) -> Grads {
       Tensor self = c.input(0);
       Tensor ratio = where(compare(self, Scalar(0.0), CompareOp::Eq), zeros({}, c.grad.dtype()), div(c.result(), self));
       return {c.needs(0) ? mul(c.grad, ratio) : Tensor(), c.needs(1) ? zero_grad_like(c, 1) : Tensor()};
     }},
    {Op::CopysignScalar, "CopysignBackward1", kIn0, true,
     [](C c) -> Grads {
       Tensor self = c.input(0);
       Tensor ratio = where(compare(self, Scalar(0.0), CompareOp::Eq), zeros({}, c.grad.dtype()), div(c.result(), self));
       return {mul(c.grad, ratio)};
     }},
    {Op::Lgamma, "LgammaBackward0", kIn0, false, [](C c) -> Grads { return {mul(c.grad, digamma(c.input(0)))}; }},
    {Op::Digamma, "DigammaBackward0", kIn0, false, [](C c) -> Grads { return {mul(c.grad, polygamma(1, c.input(0)))}; }},
    {Op::Polygamma, "PolygammaBackward0", kIn0, false,
     [](C c) -> Grads { return {mul(c.grad, polygamma(c.attrs().index + 1, c.input(0)))}; }},
    {Op::Addcmul, "AddcmulBackward0", kIn1 | 4u, false,
     [](C c) -> Grads {
       const Scalar value(c.attrs().scalar);
       return {c.needs(0) ? c.grad : Tensor(), c.needs(1) ? mul(c.grad, mul(c.input(2), value)) : Tensor(),
               c.needs(2) ? mul(c.grad, mul(c.input(1), value)) : Tensor()};
     }},
    {Op::Addcdiv, "AddcdivBackward0", kIn1 | 4u, false,
     [](C c) -> Grads {
       const Scalar value(c.attrs().scalar);
       Tensor t1 = c.input(1), t2 = c.input(2);
       return {c.needs(0) ? c.grad : Tensor(), c.needs(1) ? mul(c.grad, div(Tensor::wrap_scalar(value), t2)) : Tensor(),
               c.needs(2) ? mul(neg(c.grad), div(mul(t1, value), mul(t2, t2))) : Tensor()};
     }},
    {Op::Cdist, "CdistBackward0", kIn01, true,
     [](C c) -> Grads {
       const double p = c.attrs().scalar;
       Tensor x1 = c.input(0), x2 = c.input(1), d = c.result();
       return {c.needs(0) ? cdist_backward(c.grad, x1, x2, p, d) : Tensor(),
               c.needs(1) ? cdist_backward(transpose(c.grad, -1, -2), x2, x1, p, transpose(d, -1, -2)) : Tensor()};
     }},
    // ATen's _euclidean_dist_backward: with ratio = grad / dist (0 where dist = 0),
    // x1 ratio.sum(-1) - ratio x2 and x2 ratio.sum(-2) - ratio^T x1.
    {Op::EuclideanDist, "EuclideanDistBackward0", kIn01, true,
     [](C c) -> Grads {
       Tensor x1 = c.input(0), x2 = c.input(1), res = c.result();
       Tensor ratio = where(compare(res, Scalar(0.0), CompareOp::Eq), zeros({}, c.grad.dtype()), div(c.grad, res));
       return {c.needs(0) ? sub(mul(x1, sum(ratio, {-1}, true)), matmul(ratio, x2)) : Tensor(),
               c.needs(1) ? sub(mul(x2, unsqueeze(sum(ratio, {-2}, false), -1)), matmul(transpose(ratio, -1, -2), x1))
                          : Tensor()};
     }},
    {Op::Dist, "DistBackward0", kIn01, true,
     [](C c) -> Grads {
       Tensor diff = sub(c.input(0), c.input(1));
       Tensor g = norm_backward(c.grad, diff, c.attrs().scalar, c.result());
       if (!g.defined()) g = zeros_like(diff);
       return {c.needs(0) ? g : Tensor(), c.needs(1) ? neg(g) : Tensor()};
     }},
    {Op::BlockDiag, "BlockDiagBackward0", kNone, false,
     [](C c) -> Grads {
       Grads grads;
       int64_t r = 0, col = 0;
       for (size_t i = 0; i < c.num_inputs(); ++i) {
         const Shape& shape = c.meta(i).shape;
         const int64_t rows = shape.size() == 2 ? shape[0] : 1;
         const int64_t cols = shape.size() == 2 ? shape[1] : shape.size() == 1 ? shape[0] : 1;
         Tensor piece = slice(slice(c.grad, 0, r, r + rows, 1), 1, col, col + cols, 1);
         grads.push_back(c.needs(i) ? reshape(piece, shape) : Tensor());
         r += rows;
         col += cols;
       }
       return grads;
     }},
    {Op::NormalTensorFloat, "NormalBackward1", kNone, false, [](C c) -> Grads { return {zero_grad_like(c, 0)}; }},
    {Op::NormalFloatTensor, "NormalBackward2", kNone, false, [](C c) -> Grads { return {zero_grad_like(c, 0)}; }},
    {Op::NormalTensorTensor, "NormalBackward3", kNone, false,
     [](C c) -> Grads { return {zero_grad_like(c, 0), zero_grad_like(c, 1)}; }},
    // ---- statistics, scans, sorting ----
    {Op::Std, "StdBackward0", kIn0, true,
     [](C c) -> Grads {
       Tensor r = c.result();
       Tensor g = where(compare(r, Scalar(0.0), CompareOp::Eq), zeros({}, c.grad.dtype()),
                        div(c.grad, mul(r, Scalar(2.0))));
       return {var_backward(g, c.input(0), c.attrs().dims, c.attrs().scalar, c.attrs().keepdim)};
     }},
    {Op::Var, "VarBackward0", kIn0, false,
     [](C c) -> Grads { return {var_backward(c.grad, c.input(0), c.attrs().dims, c.attrs().scalar, c.attrs().keepdim)}; }},
    // std_mean / var_mean: PyTorch records one node for both outputs; here each output has its
    // own node under that node's name.
    {Op::StdMeanStd, "StdMeanBackward0", kIn0, true,
     [](C c) -> Grads {
       Tensor r = c.result();
       Tensor g = where(compare(r, Scalar(0.0), CompareOp::Eq), zeros({}, c.grad.dtype()),
                        div(c.grad, mul(r, Scalar(2.0))));
       return {var_backward(g, c.input(0), c.attrs().dims, c.attrs().scalar, c.attrs().keepdim)};
     }},
    {Op::StdMeanMean, "StdMeanBackward0", kNone, false, [](C c) -> Grads { return {mean_backward(c)}; }},
    {Op::VarMeanVar, "VarMeanBackward0", kIn0, false,
     [](C c) -> Grads { return {var_backward(c.grad, c.input(0), c.attrs().dims, c.attrs().scalar, c.attrs().keepdim)}; }},
    {Op::VarMeanMean, "VarMeanBackward0", kNone, false, [](C c) -> Grads { return {mean_backward(c)}; }},
    {Op::Logsumexp, "LogsumexpBackward0", kIn0, true,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       Tensor g = restore_dims(c.grad, a.dims, a.keepdim, c.input(0).dim());
       Tensor r = restore_dims(c.result(), a.dims, a.keepdim, c.input(0).dim());
       return {mul(g, exp(sub(c.input(0), r)))};
     }},
    {Op::Amax, "AmaxBackward0", kIn0, true, [](C c) -> Grads { return {amax_amin_backward(c)}; }},
    {Op::Amin, "AminBackward0", kIn0, true, [](C c) -> Grads { return {amax_amin_backward(c)}; }},
    {Op::Nansum, "NansumBackward0", kIn0, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       Tensor x = c.input(0);
       Tensor g = expand(restore_dims(c.grad, a.dims, a.keepdim, x.dim()), x.shape());
       return {mul(g, logical_not(isnan(x)))};
     }},
    {Op::Cumsum, "CumsumBackward0", kNone, false,
     [](C c) -> Grads {
       const int64_t d = c.attrs().dim;
       if (c.grad.dim() == 0 || c.grad.numel() <= 1 || c.grad.shape()[d] == 1) return {c.grad};
       return {flip(cumsum(flip(c.grad, {d}), d), {d})};
     }},
    {Op::Cumprod, "CumprodBackward0", kIn0, true,
     [](C c) -> Grads {
       const int64_t d = c.attrs().dim;
       Tensor x = c.input(0);
       if (x.dim() == 0 || x.numel() <= 1) return {c.grad};
       if (sum(compare(x, Scalar(0.0), CompareOp::Eq)).item().to_int() == 0) {
         Tensor w = mul(c.result(), c.grad);
         return {div(flip(cumsum(flip(w, {d}), d), {d}), x)};
       }
       return {cumprod_backward_with_zeros(c.grad, x, d)};
     }},
    {Op::Cummax, "CummaxBackward0", kNone, false,
     [](C c) -> Grads { return {scatter_add(zeros(c.meta(0).shape, c.grad.dtype()), c.attrs().dim, c.attrs().aux, c.grad)}; }},
    {Op::Cummin, "CumminBackward0", kNone, false,
     [](C c) -> Grads { return {scatter_add(zeros(c.meta(0).shape, c.grad.dtype()), c.attrs().dim, c.attrs().aux, c.grad)}; }},
    {Op::Sort, "SortBackward0", kNone, false, [](C c) -> Grads { return {selected_backward(c)}; }},
    {Op::SortStable, "SortBackward1", kNone, false, [](C c) -> Grads { return {selected_backward(c)}; }},
    {Op::Topk, "TopkBackward0", kNone, false, [](C c) -> Grads { return {selected_backward(c)}; }},
    {Op::Kthvalue, "KthvalueBackward0", kNone, false, [](C c) -> Grads { return {selected_backward(c)}; }},
    {Op::MedianAll, "MedianBackward0", kIn0, true,
     [](C c) -> Grads { return {evenly_distribute(c.grad, c.input(0), c.result())}; }},
    {Op::MedianDim, "MedianBackward1", kNone, false, [](C c) -> Grads { return {selected_backward(c)}; }},
    {Op::Mode, "ModeBackward0", kNone, false, [](C c) -> Grads { return {selected_backward(c)}; }},
    {Op::NanmedianAll, "NanmedianBackward0", kIn0, true,
     [](C c) -> Grads {
       // evenly_distribute_backward, whose mask for a NaN result is the input's NaNs.
       Tensor self = c.input(0), value = c.result();
       if (!std::isnan(value.item().to_double())) return {evenly_distribute(c.grad, self, value)};
       Tensor mask = isnan(self);
       return {where(mask, div(c.grad, sum(mask)), zeros({}, c.grad.dtype()))};
     }},
    {Op::NanmedianDim, "NanmedianBackward1", kNone, false, [](C c) -> Grads { return {selected_backward(c)}; }},
    // ATen's logcumsumexp_backward: the positive and negative parts of grad in log space, each a
    // reversed logcumsumexp, so the formula stays finite.
    {Op::Logcumsumexp, "LogcumsumexpBackward0", kIn0, true,
     [](C c) -> Grads {
       if (c.grad.dim() == 0 || c.grad.numel() == 0) return {c.grad};
       const int64_t dim = c.attrs().dim;
       const auto reversed = [dim](const Tensor& x) { return flip(logcumsumexp(flip(x, {dim}), dim), {dim}); };
       const double lowest = c.grad.dtype() == DType::Float32 ? -std::numeric_limits<float>::max()
                                                              : -std::numeric_limits<double>::max();
       Tensor grad_min = full({}, Scalar(lowest), c.grad.dtype());
       Tensor log_abs_grad = log(abs(c.grad));
       Tensor positive = where(compare(c.grad, Scalar(0.0), CompareOp::Gt), log_abs_grad, grad_min);
       Tensor negative = where(compare(c.grad, Scalar(0.0), CompareOp::Lt), log_abs_grad, grad_min);
       Tensor out_pos = exp(add(reversed(sub(positive, c.result())), c.input(0)));
       Tensor out_neg = exp(add(reversed(sub(negative, c.result())), c.input(0)));
       return {sub(out_pos, out_neg)};
     }, {0, 0},
     // ATen's logcumsumexp_jvp: cumsum(exp(x - max) t) / cumsum(exp(x - max)). The backward
     // formula's log|grad| cannot be differentiated at grad = 0, so forward mode needs its own.
     [](const std::vector<Tensor>& inputs, const std::vector<Tensor>& tangents, const OpAttrs& attrs, const Tensor&) {
       const int64_t dim = attrs.dim;
       Tensor x = inputs[0];
       Tensor scaled = x.numel() > 0 ? exp(sub(x, amax(x, {dim}, true))) : exp(x);
       return div(cumsum(mul(scaled, tangents[0]), dim), cumsum(scaled, dim));
     }},
    // ---- gather, scatter, reordering ----
    {Op::Gather, "GatherBackward0", kNone, false,
     [](C c) -> Grads { return {scatter_add(zeros(c.meta(0).shape, c.grad.dtype()), c.attrs().dim, c.attrs().aux, c.grad)}; }},
    {Op::ScatterAdd, "ScatterAddBackward0", kNone, false,
     [](C c) -> Grads { return {c.grad, c.needs(1) ? gather(c.grad, c.attrs().dim, c.attrs().aux) : Tensor()}; }},
    {Op::ScatterSrc, "ScatterBackward0", kNone, false,
     [](C c) -> Grads {
       return {c.needs(0) ? scatter(c.grad, c.attrs().dim, c.attrs().aux, 0.0) : Tensor(),
               c.needs(1) ? gather(c.grad, c.attrs().dim, c.attrs().aux) : Tensor()};
     }},
    {Op::ScatterValue, "ScatterBackward1", kNone, false,
     [](C c) -> Grads { return {scatter(c.grad, c.attrs().dim, c.attrs().aux, 0.0)}; }},
    {Op::Flip, "FlipBackward0", kNone, false, [](C c) -> Grads { return {flip(c.grad, c.attrs().dims)}; }},
    {Op::Bmm, "BmmBackward0", kIn01, false,
     [](C c) -> Grads {
       return {c.needs(0) ? bmm(c.grad, transpose(c.input(1), 1, 2)) : Tensor(),
               c.needs(1) ? bmm(transpose(c.input(0), 1, 2), c.grad) : Tensor()};
     }},
    {Op::Repeat, "RepeatBackward0", kNone, false,
     [](C c) -> Grads {
       // Sum the tiles: grad reshaped to (r0, s0, r1, s1, ...), summed over the r's.
       const Shape& reps = c.attrs().sizes;
       Shape in_shape(reps.size() - c.meta(0).shape.size(), 1);
       in_shape.insert(in_shape.end(), c.meta(0).shape.begin(), c.meta(0).shape.end());
       Shape split, summed;
       for (size_t d = 0; d < reps.size(); ++d) {
         split.push_back(reps[d]);
         split.push_back(in_shape[d]);
         summed.push_back(static_cast<int64_t>(2 * d));
       }
       Tensor g = sum(reshape(c.grad, split), summed, false);
       return {reshape(g, c.meta(0).shape)};
     }},
    {Op::Roll, "RollBackward0", kNone, false,
     [](C c) -> Grads {
       Shape back;
       for (int64_t s : c.attrs().sizes) back.push_back(-s);
       return {roll(c.grad, back, c.attrs().dims)};
     }},
    {Op::Rot90, "Rot90Backward0", kNone, false,
     [](C c) -> Grads { return {rot90(c.grad, -c.attrs().index, c.attrs().dims)}; }},
    {Op::IndexDim, "IndexBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       return {index_at_dim_backward(c.grad, c.meta(0).shape, a.dim, a.index, a.aux)};
     }},
    {Op::Triu, "TriuBackward0", kNone, false, [](C c) -> Grads { return {triangle(c.grad, c.attrs().index, true)}; }},
    {Op::Tril, "TrilBackward0", kNone, false, [](C c) -> Grads { return {triangle(c.grad, c.attrs().index, false)}; }},
    {Op::Diagonal, "DiagonalBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       return {diag_embed_into(c.grad, c.meta(0).shape, a.index, a.start, a.end)};
     }},
    {Op::DiagEmbed, "DiagEmbedBackward0", kNone, false,
     [](C c) -> Grads { return {contiguous(diagonal(c.grad, c.attrs().index, c.attrs().start, c.attrs().end))}; }},
    {Op::Trace, "TraceBackward0", kNone, false,
     [](C c) -> Grads { return {mul(eye(c.meta(0).shape[0], c.meta(0).shape[1], c.grad.dtype()), c.grad)}; }},
    {Op::IndexSelect, "IndexSelectBackward0", kNone, false,
     [](C c) -> Grads { return {index_add(zeros(c.meta(0).shape, c.grad.dtype()), c.attrs().dim, c.attrs().aux, c.grad)}; }},
    {Op::IndexAdd, "IndexAddBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       Tensor gs = c.needs(1) ? index_select(c.grad, a.dim, a.aux) : Tensor();
       if (gs.defined() && a.scalar != 1.0) gs = mul(gs, Scalar(a.scalar));
       return {c.grad, gs};
     }},
    {Op::IndexFill, "IndexFillBackward0", kNone, false,
     [](C c) -> Grads { return {index_fill(c.grad, c.attrs().dim, c.attrs().aux, 0.0)}; }},
    {Op::IndexCopy, "IndexCopyBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       return {c.needs(0) ? index_fill(c.grad, a.dim, a.aux, 0.0) : Tensor(),
               c.needs(1) ? index_select(c.grad, a.dim, a.aux) : Tensor()};
     }},
    {Op::Split, "SplitBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       return {slice_backward(c.grad, c.meta(0).shape, a.dim, a.start, a.end, a.step)};
     }},
    {Op::SplitWithSizes, "SplitWithSizesBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       return {slice_backward(c.grad, c.meta(0).shape, a.dim, a.start, a.end, a.step)};
     }},
    // ---- reductions ----
    {Op::Sum, "SumBackward0", kNone, false,
     [](C c) -> Grads { return {expand(c.grad, c.meta(0).shape)}; }},
    {Op::SumDim, "SumBackward1", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       Tensor g = unsqueeze_dims(c.grad, a.dims, static_cast<int64_t>(c.meta(0).shape.size()), a.keepdim);
       return {expand(g, c.meta(0).shape)};
     }},
    {Op::Mean, "MeanBackward0", kNone, false,
     [](C c) -> Grads {
       const double n = static_cast<double>(shape_numel(c.meta(0).shape));
       return {div(expand(c.grad, c.meta(0).shape), Scalar(n))};
     }},
    {Op::MeanDim, "MeanBackward1", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       const Shape& sizes = c.meta(0).shape;
       double n = 1;
       for (int64_t d : a.dims) n *= static_cast<double>(sizes[static_cast<size_t>(d)]);
       Tensor g = unsqueeze_dims(c.grad, a.dims, static_cast<int64_t>(sizes.size()), a.keepdim);
       return {div(expand(g, sizes), Scalar(n))};
     }},
    {Op::Prod, "ProdBackward0", kIn0, true,
     [](C c) -> Grads { return {prod_backward(c.grad, c.input(0), c.result())}; }},
    {Op::ProdDim, "ProdBackward1", kIn0, true,
     [](C c) -> Grads {
       return {prod_dim_backward(c.grad, c.input(0), c.result(), c.attrs().dim, c.attrs().keepdim)};
     }},
    {Op::Norm, "NormBackward1", kIn0, true,
     [](C c) -> Grads { return {norm_backward(c.grad, c.input(0), c.attrs().scalar, c.result())}; }},
    {Op::NormDim, "NormBackward1", kIn0, true, [](C c) -> Grads { return {norm_dim_backward(c)}; }},
    {Op::MaxAll, "MaxBackward1", kIn0, true,
     [](C c) -> Grads { return {evenly_distribute(c.grad, c.input(0), c.result())}; }},
    {Op::MinAll, "MinBackward1", kIn0, true,
     [](C c) -> Grads { return {evenly_distribute(c.grad, c.input(0), c.result())}; }},
    {Op::MaxDim, "MaxBackward0", kNone, false,
     [](C c) -> Grads { return {value_selecting_backward(c)}; }},
    {Op::MinDim, "MinBackward0", kNone, false,
     [](C c) -> Grads { return {value_selecting_backward(c)}; }},
    // ---- linear algebra ----
    {Op::Mm, "MmBackward0", kIn01, false,
     [](C c) -> Grads {
       return {c.needs(0) ? mm(c.grad, t(c.input(1))) : Tensor(),
               c.needs(1) ? mm(t(c.input(0)), c.grad) : Tensor()};
     }, {2, 1}},
    // scalar: beta, scalar2: alpha (PyTorch's maybe_multiply: no product when 1). The bias's
    // gradient is summed to its shape by FunctionNode::apply.
    {Op::Addmm, "AddmmBackward0", 6, false,
     [](C c) -> Grads {
       const auto times = [](const Tensor& g, double s) { return s == 1.0 ? g : mul(g, Scalar(s)); };
       const double beta = c.attrs().scalar, alpha = c.attrs().scalar2;
       return {c.needs(0) ? times(c.grad, beta) : Tensor(),
               c.needs(1) ? times(mm(c.grad, t(c.input(2))), alpha) : Tensor(),
               c.needs(2) ? times(mm(t(c.input(1)), c.grad), alpha) : Tensor()};
     }},
    {Op::Addmv, "AddmvBackward0", 6, false,
     [](C c) -> Grads {
       const auto times = [](const Tensor& g, double s) { return s == 1.0 ? g : mul(g, Scalar(s)); };
       const double beta = c.attrs().scalar, alpha = c.attrs().scalar2;
       return {c.needs(0) ? times(c.grad, beta) : Tensor(),
               c.needs(1) ? times(mul(unsqueeze(c.grad, 1), unsqueeze(c.input(2), 0)), alpha) : Tensor(),
               c.needs(2) ? times(mv(t(c.input(1)), c.grad), alpha) : Tensor()};
     }},
    {Op::Baddbmm, "BaddbmmBackward0", 6, false,
     [](C c) -> Grads {
       const auto times = [](const Tensor& g, double s) { return s == 1.0 ? g : mul(g, Scalar(s)); };
       const double beta = c.attrs().scalar, alpha = c.attrs().scalar2;
       return {c.needs(0) ? times(c.grad, beta) : Tensor(),
               c.needs(1) ? times(bmm(c.grad, transpose(c.input(2), 1, 2)), alpha) : Tensor(),
               c.needs(2) ? times(bmm(transpose(c.input(1), 1, 2), c.grad), alpha) : Tensor()};
     }},
    {Op::Mv, "MvBackward0", kIn01, false,
     [](C c) -> Grads {
       return {c.needs(0) ? mul(unsqueeze(c.grad, 1), unsqueeze(c.input(1), 0)) : Tensor(),
               c.needs(1) ? mv(t(c.input(0)), c.grad) : Tensor()};
     }, {2, 1}},
    {Op::Dot, "DotBackward0", kIn01, false,
     [](C c) -> Grads {
       return {c.needs(0) ? mul(c.grad, c.input(1)) : Tensor(),
               c.needs(1) ? mul(c.grad, c.input(0)) : Tensor()};
     }, {2, 1}},
    {Op::Vdot, "VdotBackward0", kIn01, false,
     [](C c) -> Grads {
       return {c.needs(0) ? mul(c.grad, c.input(1)) : Tensor(),
               c.needs(1) ? mul(c.grad, c.input(0)) : Tensor()};
     }, {2, 1}},
    // ---- torch.linalg ----
    // d det(A) = det(A) tr(A^-1 dA): gA = (grad det) A^-T, solved as A^T X = (grad det) I.
    {Op::LinalgDet, "LinalgDetBackward0", kIn0, true,
     [](C c) -> Grads {
       Tensor a = c.input(0), det = c.result();
       {
         NoGradGuard no_grad;
         if (sum(compare(det, Scalar(0.0), CompareOp::Eq)).item().to_int() > 0) {
           throw_error(ErrorKind::NotImplementedError,
                       "the gradient of torch.linalg.det at a singular matrix is not supported in the playground "
                       "(PyTorch takes it through the SVD)");
         }
       }
       return {linalg_solve(transpose(a, -2, -1), scaled_identity(mul(c.grad, det), a.size(-1)))};
     }},
    // Only logabsdet is differentiable (the sign of a real matrix is locally constant).
    {Op::LinalgSlogdet, "LinalgSlogdetBackward0", kIn0, false,
     [](C c) -> Grads {
       const Tensor& g = c.grad_of(1);
       if (!g.defined()) return {Tensor()};
       Tensor a = c.input(0);
       return {linalg_solve(transpose(a, -2, -1), scaled_identity(g, a.size(-1)))};
     }},
    {Op::LinalgInvEx, "LinalgInvExBackward0", kNone, true,
     [](C c) -> Grads {
       Tensor inv_t = transpose(c.result(), -2, -1);
       return {neg(matmul(inv_t, matmul(c.grad, inv_t)))};
     }},
    // X = A^-1 B: gB = A^-T gX, gA = -gB X^T (for a vector B, the outer product).
    // X = B A^-1 (left=False): gB = gX A^-T, gA = -X^T gB.
    {Op::LinalgSolveEx, "LinalgSolveExBackward0", kIn0, true,
     [](C c) -> Grads {
       Tensor a = c.input(0), x = c.result();
       const bool left = c.attrs().index == 1;
       Tensor gb = linalg_solve(transpose(a, -2, -1), c.grad, left);
       Tensor ga;
       if (c.needs(0)) {
         const bool vector_rhs = c.attrs().keepdim;
         if (!left) ga = neg(matmul(transpose(x, -2, -1), gb));
         else ga = vector_rhs ? neg(matmul(unsqueeze(gb, -1), unsqueeze(x, -2))) : neg(matmul(gb, transpose(x, -2, -1)));
       }
       return {ga, c.needs(1) ? gb : Tensor()};
     }},
    {Op::LinalgVectorNorm, "LinalgVectorNormBackward0", kIn0, true,
     [](C c) -> Grads { return {norm_dim_backward(c)}; }},
    // (a x b)' = a' x b + a x b': ga = b x g, gb = g x a.
    {Op::LinalgCross, "LinalgCrossBackward0", kIn01, false,
     [](C c) -> Grads {
       const int64_t dim = c.attrs().dim;
       return {c.needs(0) ? linalg_cross(c.input(1), c.grad, dim) : Tensor(),
               c.needs(1) ? linalg_cross(c.grad, c.input(0), dim) : Tensor()};
     }, {2, 1}},
    // ---- views and shapes ----
    {Op::View, "ViewBackward0", kNone, false,
     [](C c) -> Grads { return {reshape(c.grad, c.meta(0).shape)}; }},
    {Op::ReshapeAlias, "ReshapeAliasBackward0", kNone, false,
     [](C c) -> Grads { return {reshape(c.grad, c.meta(0).shape)}; }},
    {Op::UnsafeView, "UnsafeViewBackward0", kNone, false,
     [](C c) -> Grads { return {reshape(c.grad, c.meta(0).shape)}; }},
    {Op::T, "TBackward0", kNone, false, [](C c) -> Grads { return {t(c.grad)}; }},
    {Op::Transpose, "TransposeBackward0", kNone, false,
     [](C c) -> Grads { return {transpose(c.grad, c.attrs().start, c.attrs().end)}; }},
    {Op::Permute, "PermuteBackward0", kNone, false,
     [](C c) -> Grads { return {permute(c.grad, inverse_permutation(c.attrs().dims))}; }},
    {Op::Unsqueeze, "UnsqueezeBackward0", kNone, false,
     [](C c) -> Grads { return {squeeze(c.grad, c.attrs().dim)}; }},
    {Op::Squeeze, "SqueezeBackward0", kNone, false,
     [](C c) -> Grads { return {reshape(c.grad, c.meta(0).shape)}; }},
    {Op::SqueezeDim, "SqueezeBackward1", kNone, false,
     [](C c) -> Grads { return {reshape(c.grad, c.meta(0).shape)}; }},
    // squeeze_(dim), the in-place form matmul uses for 1-D @ 2-D.
    {Op::SqueezeDimInplace, "SqueezeBackward3", kNone, false,
     [](C c) -> Grads { return {reshape(c.grad, c.meta(0).shape)}; }},
    {Op::UnsqueezeInplace, "UnsqueezeBackward1", kNone, false,
     [](C c) -> Grads { return {squeeze(c.grad, c.attrs().dim)}; }},
    {Op::TransposeInplace, "TransposeBackward1", kNone, false,
     [](C c) -> Grads { return {transpose(c.grad, c.attrs().start, c.attrs().end)}; }},
    // sum_to in FunctionNode::apply undoes the expansion.
    {Op::Expand, "ExpandBackward0", kNone, false, [](C c) -> Grads { return {c.grad}; }},
    // ---- indexing and joining ----
    {Op::Select, "SelectBackward0", kNone, false,
     [](C c) -> Grads {
       return {select_backward(c.grad, c.meta(0).shape, c.attrs().dim, c.attrs().index)};
     }},
    // unbind's pieces: select's gradient under 1.13's name (its one node stacks the pieces' grads).
    {Op::Unbind, "UnbindBackward0", kNone, false,
     [](C c) -> Grads {
       return {select_backward(c.grad, c.meta(0).shape, c.attrs().dim, c.attrs().index)};
     }},
    {Op::Slice, "SliceBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       return {slice_backward(c.grad, c.meta(0).shape, a.dim, a.start, a.end, a.step)};
     }},
    {Op::SelectBackward, "SelectBackwardBackward0", kNone, false,
     [](C c) -> Grads { return {select(c.grad, c.attrs().dim, c.attrs().index)}; }},
    {Op::SliceBackward, "SliceBackwardBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       return {slice(c.grad, a.dim, a.start, a.end, a.step)};
     }},
    // A view re-derived from its base after an in-place write through it (see CopySlices).
    {Op::AsStrided, "AsStridedBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       return {as_strided_backward(c.grad, c.meta(0).shape, a.base_strides, a.base_offset, a.dims,
                                   a.view_strides, a.view_offset, a.storage_numel)};
     }},
    {Op::Index, "IndexBackward0", kNone, false,
     [](C c) -> Grads {
       return {index_leading_backward(c.grad, c.meta(0).shape, c.attrs().dim, c.attrs().aux)};
     }},
    // take: the gradient scattered (accumulating) into a flat zero tensor of the input's size.
    {Op::Take, "TakeBackward0", kNone, false,
     [](C c) -> Grads {
       const Shape& shape = c.meta(0).shape;
       int64_t numel = 1;
       for (int64_t n : shape) numel *= n;
       Tensor flat = index_leading_backward(reshape(c.grad, {c.grad.numel()}), {numel}, 1, c.attrs().aux);
       return {reshape(flat, shape)};
     }},
    // Scattering a gradient back (index backward) is linear: its derivative is the gather.
    {Op::IndexBackward, "IndexPutBackward0", kNone, false,
     [](C c) -> Grads { return {index_leading(c.grad, c.attrs().dim, c.attrs().aux)}; }},
    {Op::IndexPut, "IndexPutBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       return {c.needs(0) ? index_zero_rows(c.grad, a.dim, a.aux) : Tensor(),
               c.needs(1) ? index_leading(c.grad, a.dim, a.aux) : Tensor()};
     }},
    {Op::Stack, "StackBackward0", kNone, false,
     [](C c) -> Grads {
       Grads out;
       for (size_t i = 0; i < c.num_inputs(); ++i) {
         out.push_back(c.needs(i) ? select(c.grad, c.attrs().dim, static_cast<int64_t>(i)) : Tensor());
       }
       return out;
     }},
    {Op::Cat, "CatBackward0", kNone, false,
     [](C c) -> Grads {
       Grads out;
       const int64_t dim = c.attrs().dim;
       int64_t offset = 0;
       for (size_t i = 0; i < c.num_inputs(); ++i) {
         const Shape& s = c.meta(i).shape;
         if (s.size() == 1 && s[0] == 0) {  // legacy empty tensors take no part in cat
           out.push_back(c.needs(i) ? zeros(s, c.meta(i).dtype) : Tensor());
           continue;
         }
         const int64_t n = s[static_cast<size_t>(dim)];
         out.push_back(c.needs(i) ? slice(c.grad, dim, offset, offset + n) : Tensor());
         offset += n;
       }
       return out;
     }},
    {Op::Where, "WhereBackward0", kNone, false,
     [](C c) -> Grads {
       const Tensor& cond = c.attrs().aux;
       Tensor zero = zeros({}, c.grad.dtype());
       return {c.needs(0) ? where(cond, c.grad, zero) : Tensor(),
               c.needs(1) ? where(cond, zero, c.grad) : Tensor()};
     }},
    {Op::MaskedFill, "MaskedFillBackward0", kNone, false,
     [](C c) -> Grads { return {where(c.attrs().aux, zeros({}, c.grad.dtype()), c.grad)}; }},
    {Op::MaskedFillTensor, "MaskedFillBackward1", kNone, false,
     [](C c) -> Grads {
       Tensor zero = zeros({}, c.grad.dtype());
       return {c.needs(0) ? where(c.attrs().aux, zero, c.grad) : Tensor(),
               c.needs(1) ? sum(where(c.attrs().aux, c.grad, zero)) : Tensor()};
     }},
    // ---- copies ----
    // masked_scatter: the masked places' gradient goes back to the source's first elements in
    // order (the rest of the source gets zeros); self keeps the unmasked places'.
    {Op::MaskedScatter, "MaskedScatterBackward0", kNone, false,
     [](C c) -> Grads {
       const Tensor& mask = c.attrs().aux;
       Tensor grad_self = c.needs(0) ? where(mask, zeros({}, c.grad.dtype()), c.grad) : Tensor();
       Tensor grad_source;
       if (c.needs(1)) {
         const Shape& source_shape = c.meta(1).shape;
         int64_t source_numel = 1;
         for (int64_t n : source_shape) source_numel *= n;
         Tensor picked = index_leading(reshape(c.grad, {c.grad.numel()}), 1, mask_positions(reshape(mask, {mask.numel()}), {mask.numel()}));
         const int64_t rest = source_numel - picked.numel();
         grad_source = reshape(rest > 0 ? cat({picked, zeros({rest}, c.grad.dtype())}) : picked, source_shape);
       }
       return {grad_self, grad_source};
     }},
    // masked_select: the selected places of the broadcast shape get the gradient back in order
    // (FunctionNode::apply sums a broadcast input's share).
    {Op::MaskedSelect, "MaskedSelectBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       return {index_leading_backward(c.grad, a.sizes, static_cast<int64_t>(a.sizes.size()), a.aux)};
     }},
    {Op::Clone, "CloneBackward0", kNone, false, [](C c) -> Grads { return {c.grad}; }},
    // The dtype conversion back happens centrally in FunctionNode::apply.
    {Op::ToCopy, "ToCopyBackward0", kNone, false, [](C c) -> Grads { return {c.grad}; }},
    {Op::CopyForGrad, "CopyBackwards", kNone, false, [](C c) -> Grads { return {c.grad}; }},
    {Op::Copy, "CopyBackwards", kNone, false,
     [](C c) -> Grads { return {zero_grad_like(c, 0), c.grad}; }},
    {Op::Fill, "FillBackward0", kNone, false, [](C c) -> Grads { return {zero_grad_like(c, 0)}; }},
    {Op::Zero, "ZeroBackward0", kNone, false, [](C c) -> Grads { return {zero_grad_like(c, 0)}; }},
    {Op::NotImplemented, "NotImplemented", kNone, false,
     [](C c) -> Grads {
       runtime_error(std::string("derivative for aten::") +
                     no_derivative_name(static_cast<NoDerivative>(c.attrs().index)) + " is not implemented");
     }},
    // ---- nn ----
    {Op::Softmax, "SoftmaxBackward0", kNone, true,
     [](C c) -> Grads {
       Tensor r = c.result();
       Tensor dot_gr = sum(mul(c.grad, r), {c.attrs().dim}, true);
       return {mul(r, sub(c.grad, dot_gr))};
     }},
    {Op::LogSoftmax, "LogSoftmaxBackward0", kNone, true,
     [](C c) -> Grads {
       Tensor total = sum(c.grad, {c.attrs().dim}, true);
       return {sub(c.grad, mul(exp(c.result()), total))};
     }},
    {Op::MseLoss, "MseLossBackward0", kIn01, false,
     [](C c) -> Grads {
       Tensor self = c.input(0), target = c.input(1);
       const double norm = c.attrs().reduction == 1 ? 2.0 / static_cast<double>(self.numel()) : 2.0;
       Tensor g = mul(mul(sub(self, target), Scalar(norm)), c.grad);
       return {c.needs(0) ? g : Tensor(), c.needs(1) ? neg(g) : Tensor()};
     }},
    // -w[target] (over the total weight for mean) at each row's target; attrs.aux is that mask.
    {Op::NllLoss, "NllLossBackward0", kNone, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       const bool batched = c.meta(0).shape.size() == 2;
       Tensor g = c.grad;
       if (a.reduction == 1) g = div(g, Scalar(a.scalar));  // a.scalar: the total weight
       g = neg(g);
       if (a.reduction == 0 && batched) g = unsqueeze(g, 1);
       if (a.weight.defined()) g = mul(a.weight, g);
       return {where(a.aux, g, zeros({}, c.grad.dtype()))};
     }},
    // ---- activations ----
    {Op::Erf, "ErfBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor x = c.input(0);
       return {mul(c.grad, mul(exp(neg(mul(x, x))), Scalar(M_2_SQRTPI)))};
     }},
    {Op::LeakyRelu, "LeakyReluBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor positive = compare(c.input(0), Scalar(0.0), CompareOp::Gt);
       return {where(positive, c.grad, mul(c.grad, Scalar(c.attrs().scalar)))};
     }},
    // elu_backward(is_result=false) on the input: below 0, grad * input_scale * (alpha * scale) *
    // exp(x * input_scale); above, grad * scale.
    {Op::Elu, "EluBackward0", kIn0, false, [](C c) -> Grads { return {elu_backward(c)}; }},
    {Op::Gelu, "GeluBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor x = c.input(0);
       if (c.attrs().index == 1) {  // tanh approximation
         const double k_beta = M_SQRT2 * M_2_SQRTPI * 0.5, k_kappa = 0.044715;
         Tensor inner = mul(add(x, mul(mul(mul(x, x), x), Scalar(k_kappa))), Scalar(k_beta));
         Tensor th = tanh(inner);
         Tensor left = mul(add(th, Scalar(1.0)), Scalar(0.5));
         Tensor dinner = mul(add(mul(mul(x, x), Scalar(3.0 * k_kappa)), Scalar(1.0)), Scalar(k_beta));
         Tensor right = mul(mul(mul(x, Scalar(0.5)), rsub(mul(th, th), Scalar(1.0))), dinner);
         return {mul(c.grad, add(left, right))};
       }
       Tensor cdf = mul(add(erf(mul(x, Scalar(M_SQRT1_2))), Scalar(1.0)), Scalar(0.5));
       Tensor pdf = mul(exp(mul(mul(x, x), Scalar(-0.5))), Scalar(M_2_SQRTPI * M_SQRT1_2 * 0.5));
       return {mul(c.grad, add(cdf, mul(x, pdf)))};
     }},
    {Op::Silu, "SiluBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor x = c.input(0);
       Tensor s = sigmoid(x);
       return {mul(mul(c.grad, s), add(mul(x, rsub(s, Scalar(1.0))), Scalar(1.0)))};
     }},
    {Op::Softplus, "SoftplusBackward0", kIn0, false,
     [](C c) -> Grads {
       const double beta = c.attrs().scalar, threshold = c.attrs().scalar2;
       Tensor bx = mul(c.input(0), Scalar(beta));
       Tensor z = exp(bx);
       Tensor linear = compare(bx, Scalar(threshold), CompareOp::Gt);
       return {where(linear, c.grad, div(mul(c.grad, z), add(z, Scalar(1.0))))};
     }},
    {Op::Hardtanh, "HardtanhBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor x = c.input(0);
       Tensor inside = logical_and(compare(x, Scalar(c.attrs().scalar), CompareOp::Gt),
                                   compare(x, Scalar(c.attrs().scalar2), CompareOp::Lt));
       return {where(inside, c.grad, zeros({}, c.grad.dtype()))};
     }},
    {Op::Celu, "CeluBackward0", kIn0, false, [](C c) -> Grads { return {elu_backward(c)}; }},
    {Op::Hardsigmoid, "HardsigmoidBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor x = c.input(0);
       Tensor inside = logical_and(compare(x, Scalar(-3.0), CompareOp::Gt), compare(x, Scalar(3.0), CompareOp::Lt));
       return {where(inside, div(c.grad, Scalar(6.0)), zeros({}, c.grad.dtype()))};
     }},
    // 0 below -3, grad * (x / 3 + 0.5) below 3, grad from 3 on (1.13 gives 1 at x = 3).
    {Op::Hardswish, "HardswishBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor x = c.input(0);
       Tensor middle = mul(c.grad, add(div(x, Scalar(3.0)), Scalar(0.5)));
       Tensor upper = where(compare(x, Scalar(3.0), CompareOp::Lt), middle, c.grad);
       return {where(compare(x, Scalar(-3.0), CompareOp::Lt), zeros({}, c.grad.dtype()), upper)};
     }},
    // grad * (tanh(softplus(x)) + x * sigmoid(x) * (1 - tanh(softplus(x))^2))
    {Op::Mish, "MishBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor x = c.input(0);
       Tensor s = sigmoid(x);
       Tensor th = tanh(log1p(exp(x)));
       return {mul(c.grad, add(th, mul(mul(x, s), rsub(mul(th, th), Scalar(1.0)))))};
     }},
    // grad * (max_deriv - sign * z / (1 + z)), z = exp(-|x|): (1, 1) below 0, (0, -1) above.
    {Op::LogSigmoid, "LogSigmoidBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor x = c.input(0);
       Tensor z = exp(neg(abs(x)));
       Tensor frac = div(z, add(z, Scalar(1.0)));
       Tensor negative = compare(x, Scalar(0.0), CompareOp::Lt);
       return {mul(c.grad, where(negative, rsub(frac, Scalar(1.0)), frac))};
     }},
    {Op::Softshrink, "SoftshrinkBackward0", kIn0, false, [](C c) -> Grads { return {shrink_backward(c)}; }},
    {Op::Hardshrink, "HardshrinkBackward0", kIn0, false, [](C c) -> Grads { return {shrink_backward(c)}; }},
    // glu = a * sigmoid(b), a and b the halves of dim: d/da = sigmoid(b), d/db = a * s * (1 - s).
    {Op::Glu, "GluBackward0", kIn0, false,
     [](C c) -> Grads {
       Tensor x = c.input(0);
       const int64_t dim = c.attrs().dim, n = x.shape()[dim];
       Tensor a = slice(x, dim, 0, n / 2), s = sigmoid(slice(x, dim, n / 2, n));
       Tensor grad_a = mul(c.grad, s);
       Tensor grad_b = mul(mul(mul(rsub(s, Scalar(1.0)), s), a), c.grad);
       return {cat({grad_a, grad_b}, dim)};
     }},
    {Op::Prelu, "PreluBackward0", kIn01, false,
     [](C c) -> Grads {
       return {c.needs(0) ? prelu_input_grad(c.grad, c.input(0), c.input(1)) : Tensor(),
               c.needs(1) ? prelu_weight_grad(c.grad, c.input(0), c.input(1)) : Tensor()};
     }},
    // ---- losses ----
    // norm * grad * clamp((input - target) / beta, -1, 1), norm = 1/numel for mean.
    {Op::SmoothL1Loss, "SmoothL1LossBackward0", kIn01, false,
     [](C c) -> Grads {
       const double beta = c.attrs().scalar, norm = loss_norm(c);
       Tensor g = mul(c.grad, Scalar(norm));
       Tensor x = sub(c.input(0), c.input(1));
       Tensor inside = div(mul(mul(x, Scalar(norm)), c.grad), Scalar(beta));  // PyTorch's order
       Tensor grad = where(compare(x, Scalar(-beta), CompareOp::Le), neg(g),
                           where(compare(x, Scalar(beta), CompareOp::Ge), g, inside));
       return {c.needs(0) ? grad : Tensor(), c.needs(1) ? neg(grad) : Tensor()};
     }},
    {Op::HuberLoss, "HuberLossBackward0", kIn01, false,
     [](C c) -> Grads {
       const double delta = c.attrs().scalar, norm = loss_norm(c);
       Tensor x = sub(c.input(0), c.input(1));
       Tensor gd = mul(mul(c.grad, Scalar(norm)), Scalar(delta));
       Tensor inside = mul(mul(x, Scalar(norm)), c.grad);
       Tensor grad = where(compare(x, Scalar(-delta), CompareOp::Le), neg(gd),
                           where(compare(x, Scalar(delta), CompareOp::Ge), gd, inside));
       return {c.needs(0) ? grad : Tensor(), c.needs(1) ? neg(grad) : Tensor()};
     }},
    // grad * (x - y) / max((1 - x) x, 1e-12) * weight, / numel for mean.
    {Op::BinaryCrossEntropy, "BinaryCrossEntropyBackward0", kIn01, false,
     [](C c) -> Grads {
       if (c.needs(1)) throw Error(ErrorKind::NotImplementedError, "the derivative of binary_cross_entropy with respect to the target is not supported yet");
       Tensor x = c.input(0), y = c.input(1);
       Tensor denom = clamp_min(mul(rsub(x, Scalar(1.0)), x), 1e-12);
       Tensor grad = div(mul(c.grad, sub(x, y)), denom);
       if (c.attrs().weight.defined()) grad = mul(grad, c.attrs().weight);
       if (c.attrs().reduction == 1) grad = div(grad, Scalar(static_cast<double>(x.numel())));
       return {grad, Tensor()};
     }},
    // (sigmoid(x) - y) * grad, with pos_weight: ((pw y + 1 - y) sigmoid(x) - pw y) * grad.
    {Op::BinaryCrossEntropyWithLogits, "BinaryCrossEntropyWithLogitsBackward0", kIn01, false,
     [](C c) -> Grads {
       if (c.needs(1)) throw Error(ErrorKind::NotImplementedError, "the derivative of binary_cross_entropy_with_logits with respect to the target is not supported yet");
       Tensor x = c.input(0), y = c.input(1);
       const Tensor& pos_weight = c.attrs().aux;
       Tensor grad;
       if (pos_weight.defined()) {
         Tensor t = mul(pos_weight, y);
         grad = mul(sub(mul(sub(add(t, Scalar(1.0)), y), sigmoid(x)), t), c.grad);
       } else {
         grad = mul(sub(sigmoid(x), y), c.grad);
       }
       if (c.attrs().weight.defined()) grad = mul(grad, c.attrs().weight);
       if (c.attrs().reduction == 1) grad = div(grad, Scalar(static_cast<double>(x.numel())));
       return {grad, Tensor()};
     }},
    // ---- normalization and embedding ----
    // xhat = (x - mean) rstd; dx = rstd (g - mean(g) - xhat mean(g xhat)) with g = dy * gamma,
    // means over the normalized dims; dgamma = sum(dy xhat), dbeta = sum(dy) over the others.
    {Op::LayerNorm, "NativeLayerNormBackward0", kIn01, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       const bool has_weight = a.index & 1, has_bias = a.index & 2;
       Tensor x = c.input(0);
       Shape norm_dims, batch_dims;
       for (int64_t d = 0; d < x.dim(); ++d) (d >= a.dim ? norm_dims : batch_dims).push_back(d);
       auto [mu, rstd] = normalization_stats(c, x, norm_dims);
       Tensor xhat = mul(sub(x, mu), rstd);
       Tensor g = has_weight ? mul(c.grad, c.input(1)) : c.grad;
       Grads out;
       if (c.needs(0)) {
         Tensor centered = sub(g, mean(g, norm_dims, true));
         out.push_back(mul(rstd, sub(centered, mul(xhat, mean(mul(g, xhat), norm_dims, true)))));
       } else {
         out.push_back(Tensor());
       }
       if (has_weight) out.push_back(c.needs(1) ? sum_to(mul(c.grad, xhat), c.meta(1).shape) : Tensor());
       if (has_bias) {
         const size_t i = has_weight ? 2 : 1;
         out.push_back(c.needs(i) ? sum_to(c.grad, c.meta(i).shape) : Tensor());
       }
       return out;
     }},
    // Training: dx = invstd w (dy - mean(dy) - xhat mean(dy xhat)) per channel; evaluation:
    // dx = dy invstd w (the running statistics are constants).
    {Op::BatchNorm, "NativeBatchNormBackward0", kIn01, false,
     [](C c) -> Grads {
       const OpAttrs& a = c.attrs();
       const bool has_weight = a.index & 1, has_bias = a.index & 2, training = a.keepdim;
       Tensor x = c.input(0);
       Shape dims;
       for (int64_t d = 0; d < x.dim(); ++d) if (d != 1) dims.push_back(d);
       Shape channel_shape(static_cast<size_t>(x.dim()), 1);
       channel_shape[1] = x.size(1);
       auto [mu, invstd] = training ? normalization_stats(c, x, dims) : std::pair<Tensor, Tensor>{a.aux, a.aux2};
       Tensor xhat = mul(sub(x, mu), invstd);
       Tensor scale = has_weight ? mul(invstd, reshape(c.input(1), channel_shape)) : invstd;
       Grads out;
       if (c.needs(0)) {
         if (training) {
           Tensor centered = sub(c.grad, mean(c.grad, dims, true));
           out.push_back(mul(scale, sub(centered, mul(xhat, mean(mul(c.grad, xhat), dims, true)))));
         } else {
           out.push_back(mul(c.grad, scale));
         }
       } else {
         out.push_back(Tensor());
       }
       if (has_weight) out.push_back(c.needs(1) ? sum(mul(c.grad, xhat), dims) : Tensor());
       if (has_bias) {
         const size_t i = has_weight ? 2 : 1;
         out.push_back(c.needs(i) ? sum(c.grad, dims) : Tensor());
       }
       return out;
     }},
    {Op::Embedding, "EmbeddingBackward0", kNone, false,
     [](C c) -> Grads {
       return {embedding_backward(c.grad, c.attrs().aux, c.meta(0).shape, c.attrs().index)};
     }},
    // ---- convolution and pooling (first order: their backward kernels are not recorded) ----
    {Op::Convolution, "ConvolutionBackward0", kIn01, false,
     [](C c) -> Grads {
       const bool has_bias = c.attrs().index & 1;
       return convolution_backward(c.grad, c.input(0), c.input(1), c.attrs(), c.needs(0), c.needs(1),
                                   has_bias && c.needs(2));
     }, {0, 0}, convolution_forward},
    {Op::MaxPool2d, "MaxPool2DWithIndicesBackward0", kNone, false,
     [](C c) -> Grads { return {pool2d_backward(Op::MaxPool2d, c.grad, c.meta(0).shape, c.attrs())}; }, {0, 0},
     max_pool2d_forward},
    {Op::AvgPool2d, "AvgPool2DBackward0", kNone, false,
     [](C c) -> Grads { return {pool2d_backward(Op::AvgPool2d, c.grad, c.meta(0).shape, c.attrs())}; }, {0, 0},
     avg_pool2d_forward},
    {Op::AdaptiveAvgPool2d, "AdaptiveAvgPool2DBackward0", kNone, false,
     [](C c) -> Grads { return {pool2d_backward(Op::AdaptiveAvgPool2d, c.grad, c.meta(0).shape, c.attrs())}; }, {0, 0},
     [](const std::vector<Tensor>&, const std::vector<Tensor>& t, const OpAttrs&, const Tensor& result) {
       return adaptive_avg_pool2d(t[0], result.size(-2), result.size(-1));
     }},
    // Padding is linear: its derivative crops (pads negated), itself recorded.
    {Op::ConstantPadNd, "ConstantPadNdBackward0", kNone, false,
     [](C c) -> Grads {
       Shape negated = c.attrs().dims;
       for (int64_t& p : negated) p = -p;
       return {constant_pad_nd(c.grad, negated)};
     }},
};

}  // namespace

const std::vector<Derivative>& derivative_table() { return kTable; }

const char* no_derivative_name(NoDerivative op) {
  switch (op) {
    case NoDerivative::Heaviside: return "heaviside";
    case NoDerivative::Bincount: return "_bincount";
  }
  return "?";
}

const Derivative& derivative_of(Op op) {
  // The table is written in enum order; checked once, so a misplaced row cannot go unnoticed.
  static const bool in_order = [] {
    if (kTable.size() != static_cast<size_t>(Op::Count)) return false;
    for (size_t i = 0; i < kTable.size(); ++i) {
      if (kTable[i].op != static_cast<Op>(i)) return false;
    }
    return true;
  }();
  if (!in_order) runtime_error("internal error: derivatives table is out of order");
  return kTable[static_cast<size_t>(op)];
}

}  // namespace ag
