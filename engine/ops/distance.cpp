// Distances between rows: torch.cdist (ATen's two algorithms: the pairwise loop, CdistBackward0,
// and for p = 2 on more than 25 rows the matrix-product form, EuclideanDistBackward0) and
// torch.dist, the p-norm of a difference (DistBackward0).
#include <cmath>
#include <limits>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/kernels.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

std::string dims_text(const Tensor& t) { return std::to_string(t.dim()) + "D"; }

// The pairwise loop of ATen's cdist kernel over contiguous (batches, r, m) operands, in the
// order it accumulates: per pair, the columns left to right. The AVX2 build contracts the p = 2
// accumulation into a fused multiply-add.
template <class T>
void pairwise_distances(const T* a, const T* b, T* out, int64_t batches, int64_t r1, int64_t r2, int64_t m, double p) {
  const T pt = static_cast<T>(p);
  for (int64_t l = 0; l < batches; ++l) {
    for (int64_t i = 0; i < r1; ++i) {
      for (int64_t j = 0; j < r2; ++j) {
        const T* x = a + (l * r1 + i) * m;
        const T* y = b + (l * r2 + j) * m;
        T agg = 0;
        for (int64_t k = 0; k < m; ++k) {
          const T d = std::abs(x[k] - y[k]);
          if (p == 0) agg += static_cast<T>(d != 0);
          else if (p == 1) agg += d;
          else if (p == 2) agg = std::fma(d, d, agg);
          else if (std::isinf(p)) agg = std::max(agg, d);
          else agg += std::pow(d, pt);
        }
        T value = agg;
        if (p == 2) value = std::sqrt(agg);
        else if (p != 0 && p != 1 && !std::isinf(p)) value = std::pow(agg, T(1) / pt);
        out[(l * r1 + i) * r2 + j] = value;
      }
    }
  }
}

// Batch dims of x1 and x2 broadcast against each other; both come back contiguous as
// (batches, rows, columns), with the output shape (*batch, r1, r2).
struct Batched {
  Tensor a, b;
  Shape out_shape;
  int64_t batches = 1;
};

Batched batch_operands(const Tensor& x1, const Tensor& x2) {
  const int64_t r1 = x1.shape()[x1.dim() - 2], r2 = x2.shape()[x2.dim() - 2], m = x1.shape().back();
  Shape b1(x1.shape().begin(), x1.shape().end() - 2), b2(x2.shape().begin(), x2.shape().end() - 2);
  Shape batch = kernels::broadcast_shapes(b1, b2);
  Batched out;
  for (int64_t s : batch) out.batches *= s;
  Shape e1 = batch, e2 = batch;
  e1.push_back(r1);
  e1.push_back(m);
  e2.push_back(r2);
  e2.push_back(m);
  out.a = raw::contiguous_copy(raw::expand_view(x1.detach(), e1));
  out.b = raw::contiguous_copy(raw::expand_view(x2.detach(), e2));
  out.out_shape = batch;
  out.out_shape.push_back(r1);
  out.out_shape.push_back(r2);
  return out;
}

}  // namespace

Tensor cdist(const Tensor& x1, const Tensor& x2, double p, int compute_mode) {
  require_reduced_float_kernel("cdist", x1.dtype());
  if (!is_floating(x1.dtype())) {
    runtime_error(std::string("cdist only supports floating-point dtypes, X1 got: ") + scalar_type_name(x1.dtype()));
  }
  if (!is_floating(x2.dtype())) {
    runtime_error(std::string("cdist only supports floating-point dtypes, X2 got: ") + scalar_type_name(x2.dtype()));
  }
  if (x1.dim() < 2) runtime_error("cdist only supports at least 2D tensors, X1 got: " + dims_text(x1));
  if (x2.dim() < 2) runtime_error("cdist only supports at least 2D tensors, X2 got: " + dims_text(x2));
  const int64_t m = x1.shape().back();
  if (m != x2.shape().back()) {
    runtime_error("X1 and X2 must have the same number of columns. X1: " + std::to_string(m) +
                  " X2: " + std::to_string(x2.shape().back()));
  }
  if (!(p >= 0)) runtime_error("cdist only supports non-negative p values");
  if (x1.dtype() != x2.dtype()) {
    runtime_error(std::string("expected scalar type ") + scalar_type_name(x1.dtype()) + " but found " +
                  scalar_type_name(x2.dtype()));
  }
  const int64_t r1 = x1.shape()[x1.dim() - 2], r2 = x2.shape()[x2.dim() - 2];
  Batched ops = batch_operands(x1, x2);
  const bool use_mm = p == 2 && (compute_mode == 1 || (compute_mode == 0 && (r1 > 25 || r2 > 25)));
  if (use_mm && m > 0) {
    // _euclidean_dist: |x|^2 - 2 x.y + |y|^2 as one matrix product of padded operands, clamped at 0.
    Tensor dist;
    {
      NoGradGuard no_grad;
      Tensor a = ops.a, b = ops.b;
      Tensor a_norm = sum(pow(a, Scalar(2.0)), {-1}, true), b_norm = sum(pow(b, Scalar(2.0)), {-1}, true);
      Tensor a_padded = cat({mul(a, Scalar(-2.0)), a_norm, ones_like(a_norm)}, -1);
      Tensor b_padded = cat({b, ones_like(b_norm), b_norm}, -1);
      dist = sqrt(clamp_min(matmul(a_padded, transpose(b_padded, -1, -2)), 0.0));
      if (x1.dim() == 2 && x2.dim() == 2) dist = reshape(dist, {r1, r2});
      dist = raw::contiguous_copy(dist);
    }
    Tensor a1 = x1.dim() == 2 && x2.dim() == 2 ? x1 : expand(x1, [&] { Shape s(ops.out_shape.begin(), ops.out_shape.end() - 2); s.push_back(r1); s.push_back(m); return s; }());
    Tensor a2 = x1.dim() == 2 && x2.dim() == 2 ? x2 : expand(x2, [&] { Shape s(ops.out_shape.begin(), ops.out_shape.end() - 2); s.push_back(r2); s.push_back(m); return s; }());
    record(Op::EuclideanDist, {a1, a2}, dist);
    return view(dist, ops.out_shape);
  }
  Tensor out = Tensor::empty(ops.out_shape, x1.dtype());
  kernels::dispatch_floating(x1.dtype(), [&](auto tag) {
    using T = decltype(tag);
    pairwise_distances<T>(ops.a.data_ptr<T>(), ops.b.data_ptr<T>(), out.data_ptr<T>(), ops.batches, r1, r2, m, p);
  });
  OpAttrs attrs;
  attrs.scalar = p;
  record(Op::Cdist, {x1, x2}, out, std::move(attrs));
  return out;
}

// CdistBackward0 for x1: grad_x1[i, k] = sum_j grad[i, j] * d dist(x1_i, x2_j) / d x1_i[k], with
// ATen's per-p derivative (0 where the distance is 0). Written with recorded ops over the
// (r1, r2, m) differences, so it is itself differentiable (double backward, forward mode).
// For x2 the caller swaps the operands and transposes grad and dist.
Tensor cdist_backward(const Tensor& grad, const Tensor& x1, const Tensor& x2, double p, const Tensor& dist) {
  if (p == 0) return zeros_like(x1);
  Tensor diff = sub(unsqueeze(x1, -2), unsqueeze(x2, -3));  // (*, r1, r2, m)
  Tensor d = unsqueeze(dist, -1);
  Tensor zero = zeros({}, x1.dtype());
  Tensor at_zero = compare(d, Scalar(0.0), CompareOp::Eq);
  Tensor derivative;
  if (p == 1) {
    derivative = sign(diff);
  } else if (p == 2) {
    derivative = div(diff, d);
  } else if (std::isinf(p)) {
    derivative = mul(sign(diff), compare(abs(diff), d, CompareOp::Eq));
  } else if (p < 2) {
    derivative = div(mul(sign(diff), pow(abs(diff), Scalar(p - 1))), pow(d, Scalar(p - 1)));
    if (p < 1) derivative = where(compare(diff, Scalar(0.0), CompareOp::Eq), zero, derivative);
  } else {
    derivative = div(mul(diff, pow(abs(diff), Scalar(p - 2))), pow(d, Scalar(p - 1)));
  }
  derivative = where(at_zero, zero, derivative);
  return sum(mul(unsqueeze(grad, -1), derivative), {-2});
}

Tensor dist(const Tensor& a, const Tensor& b, double p) {
  Tensor out;
  {
    NoGradGuard no_grad;
    out = norm(sub(a, b), p);
  }
  out = raw::contiguous_copy(out);
  OpAttrs attrs;
  attrs.scalar = p;
  record(Op::Dist, {a, b}, out, std::move(attrs));
  return out;
}

}  // namespace ag
