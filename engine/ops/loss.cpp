// Regression and binary-classification losses of torch.nn: smooth_l1_loss, huber_loss,
// binary_cross_entropy, binary_cross_entropy_with_logits. Forward values are computed as
// PyTorch's kernels (or, for the logits form, its composite of tensor ops) compute them; each
// loss is one node with one row in the derivatives table.
#include <algorithm>
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

Tensor reduce(const Tensor& loss, Reduction reduction) {
  if (reduction == Reduction::Mean) return mean(loss);
  if (reduction == Reduction::Sum) return sum(loss);
  return loss;
}

// loss[i] = f(input[i], target[i]) over the broadcast pair, in the input's floating dtype.
template <class F>
Tensor pointwise_loss(const Tensor& input, const Tensor& target, F&& f) {
  Shape shape = input.shape();
  if (target.shape() != shape) {
    NoGradGuard no_grad;
    shape = add(zeros_like(input), zeros_like(target)).shape();  // the broadcast shape
  }
  const DType d = input.dtype();
  Tensor a = raw::contiguous_copy(raw::expand_view(input, shape), d);
  Tensor b = raw::contiguous_copy(raw::expand_view(target, shape), d);
  Tensor out = Tensor::empty(shape, d);
  kernels::dispatch_floating(d, [&](auto tag) {
    using T = decltype(tag);
    const T* pa = a.template data_ptr<T>();
    const T* pb = b.template data_ptr<T>();
    T* po = out.template data_ptr<T>();
    for (int64_t i = 0; i < out.numel(); ++i) po[i] = f(pa[i], pb[i]);
  });
  return out;
}

Tensor record_loss(Op op, std::vector<Tensor> inputs, Tensor out, Reduction reduction, double scalar = 0.0,
                   Tensor aux = Tensor(), Tensor weight = Tensor()) {
  OpAttrs attrs;
  attrs.reduction = static_cast<int64_t>(reduction);
  attrs.scalar = scalar;
  attrs.aux = std::move(aux);
  attrs.weight = std::move(weight);
  out = raw::contiguous_copy(out);
  record(op, inputs, out, std::move(attrs));
  return out;
}

}  // namespace

Tensor smooth_l1_loss(const Tensor& input, const Tensor& target, Reduction reduction, double beta) {
  if (beta < 0) runtime_error("smooth_l1_loss does not support negative values for beta.");
  Tensor loss;
  {
    NoGradGuard no_grad;
    loss = pointwise_loss(input, target, [beta](auto a, auto b) {
      using T = decltype(a);
      const T z = std::abs(a - b), half = T(0.5), bv = static_cast<T>(beta);
      return z < bv ? half * z * z / bv : z - half * bv;
    });
    loss = reduce(loss, reduction);
  }
  return record_loss(Op::SmoothL1Loss, {input, target}, loss, reduction, beta);
}

Tensor huber_loss(const Tensor& input, const Tensor& target, Reduction reduction, double delta) {
  if (!(delta > 0)) runtime_error("huber_loss does not support non-positive values for delta.");
  Tensor loss;
  {
    NoGradGuard no_grad;
    loss = pointwise_loss(input, target, [delta](auto a, auto b) {
      using T = decltype(a);
      const T z = std::abs(a - b), half = T(0.5), dv = static_cast<T>(delta);
      return z < dv ? half * z * z : dv * (z - half * dv);
    });
    loss = reduce(loss, reduction);
  }
  return record_loss(Op::HuberLoss, {input, target}, loss, reduction, delta);
}

Tensor binary_cross_entropy(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction reduction) {
  require_reduced_float_kernel("binary_cross_entropy", input.dtype());
  if (input.shape() != target.shape()) {
    auto sizes = [](const Shape& s) {
      std::string out;
      for (int64_t d : s) out += (out.empty() ? "" : ", ") + std::to_string(d);
      return "[" + out + "]";
    };
    value_error("Using a target size (torch.Size(" + sizes(target.shape()) +
                ")) that is different to the input size (torch.Size(" + sizes(input.shape()) + ")) is deprecated. "
                "Please ensure they have the same size.");
  }
  Tensor loss;
  {
    NoGradGuard no_grad;
    bool in_range = true;
    loss = pointwise_loss(input, target, [&in_range](auto x, auto y) {
      using T = decltype(x);
      if (!(x >= T(0) && x <= T(1))) in_range = false;
      return (y - T(1)) * std::max(static_cast<T>(std::log1p(-x)), T(-100)) - y * std::max(static_cast<T>(std::log(x)), T(-100));
    });
    if (!in_range) runtime_error("all elements of input should be between 0 and 1");
    if (weight.defined()) loss = mul(loss, weight);
    loss = reduce(loss, reduction);
  }
  return record_loss(Op::BinaryCrossEntropy, {input, target}, loss, reduction, 0.0, Tensor(), weight);
}

Tensor binary_cross_entropy_with_logits(const Tensor& input, const Tensor& target, const Tensor& weight,
                                        const Tensor& pos_weight, Reduction reduction) {
  if (input.shape() != target.shape()) {
    std::string a, b;
    for (int64_t d : target.shape()) a += (a.empty() ? "" : ", ") + std::to_string(d);
    for (int64_t d : input.shape()) b += (b.empty() ? "" : ", ") + std::to_string(d);
    value_error("Target size (torch.Size([" + a + "])) must be the same as input size (torch.Size([" + b + "]))");
  }
  Tensor loss;
  {
    // PyTorch 1.13's composite, op for op: max_val = (-x).clamp_min(0), then the log-sum-exp.
    NoGradGuard no_grad;
    Tensor x = input.detach(), y = target.detach();
    Tensor max_val = clamp_min(neg(x), 0.0);
    Tensor lse = log(add(exp(neg(max_val)), exp(sub(neg(x), max_val))));
    Tensor first = mul(rsub(y, Scalar(1.0)), x);
    if (pos_weight.defined()) {
      Tensor log_weight = add(mul(sub(pos_weight, Scalar(1.0)), y), Scalar(1.0));
      loss = add(first, mul(log_weight, add(lse, max_val)));
    } else {
      loss = add(add(first, max_val), lse);
    }
    if (weight.defined()) loss = mul(loss, weight);
    loss = reduce(loss, reduction);
  }
  return record_loss(Op::BinaryCrossEntropyWithLogits, {input, target}, loss, reduction, 0.0, pos_weight, weight);
}

}  // namespace ag
