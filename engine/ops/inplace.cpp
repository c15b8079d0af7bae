// In-place ops. Each checks PyTorch's leaf rules, writes into self's memory, bumps the version
// counter shared with self's views, and (when recording) rebases self onto a new node.
#include <cmath>

#include "autograd/copy_slices.h"
#include "autograd/derivatives.h"
#include "autograd/forward_ad.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "print/python_format.h"
#include "random/distributions.h"
#include "random/generator.h"
#include "tensor/narrow.h"

namespace ag {

namespace {

// TensorIterator's assert_no_internal_overlap: a written tensor with a stride-0 dimension of
// size > 1 (an expand) has elements sharing memory. fill_, zero_, masked_fill_, index_fill_
// and triu_/tril_ do not ask for the check in 1.13.
void check_no_internal_overlap(const Tensor& self) {
  for (int64_t d = 0; d < self.dim(); ++d) {
    if (self.size(d) > 1 && self.strides()[static_cast<size_t>(d)] == 0) {
      runtime_error("unsupported operation: more than one element of the written-to tensor refers to a single "
                    "memory location. Please clone() the tensor before performing the operation.");
    }
  }
}

void check_inplace(const Tensor& self, const std::vector<Tensor>& others, bool refuse_overlap = true) {
  bool requires_grad = self.requires_grad();
  for (const Tensor& o : others) requires_grad = requires_grad || (o.defined() && o.requires_grad());
  if (GradMode::is_enabled() && requires_grad && self.impl()->multi_output_piece >= 0 && self.grad_fn()) {
    runtime_error("Output " + std::to_string(self.impl()->multi_output_piece) + " of " + self.grad_fn()->name() +
                  " is a view and is being modified inplace. This view is the output of a function that returns "
                  "multiple views. Such functions do not allow the output views to be modified inplace. You should "
                  "replace the inplace operation by an out-of-place one.");
  }
  if (GradMode::is_enabled()) {
    const auto& base = self.impl()->view_base;
    if (base && Tensor(base).is_leaf() && Tensor(base).requires_grad()) {
      runtime_error("a view of a leaf Variable that requires grad is being used in an in-place operation.");
    }
    if (self.is_leaf() && self.requires_grad()) {
      runtime_error("a leaf Variable that requires grad is being used in an in-place operation.");
    }
  }
  if (refuse_overlap) check_no_internal_overlap(self);
}

// After the write: a plain tensor is rebased onto the op's node; a view rebases its base
// (CopySlices) and then itself (AsStridedBackward0).
void commit_history(const Tensor& self, const std::shared_ptr<FunctionNode>& node) {
  if (!node) return;
  if (self.impl()->view_base) {
    rebase_view_history(self, node);
  } else {
    rebase_history(self, node);
  }
}

void check_castable(DType result, DType self) {
  const bool ok = !(is_floating(result) && !is_floating(self)) &&
                  !(is_integral(result, false) && self == DType::Bool);
  if (!ok) {
    runtime_error(std::string("result type ") + scalar_type_name(result) +
                  " can't be cast to the desired output type " + scalar_type_name(self));
  }
}

// Shared body of add_/sub_/mul_/div_: compute out of place without history, write back.
template <class F>
const Tensor& arithmetic_inplace(const Tensor& self, const Tensor& other, Op op, double alpha, F&& compute) {
  check_inplace(self, {other});
  const bool needs_self = (derivative_of(op).saved_inputs & 1u) && should_record({self, other});
  Tensor before = needs_self ? raw::contiguous_copy(self) : Tensor();
  Tensor value;
  {
    GradModeGuard no_grad(false);
    // Inside a dual level the inputs keep their tangents, so that value carries self's new one.
    if (forward_ad::is_active()) value = compute(forward_ad::detach_keep_tangent(self), forward_ad::detach_keep_tangent(other));
    else value = compute(self.detach(), other.detach());
  }
  check_castable(value.dtype(), self.dtype());
  if (value.shape() != self.shape()) {
    runtime_error("output with shape " + shape_str(self.shape()) +
                  " doesn't match the broadcast shape " + shape_str(value.shape()));
  }
  OpAttrs attrs;
  attrs.scalar = alpha;
  auto node = prepare_inplace(op, self, before, {other}, std::move(attrs));
  raw::copy_into(self, value);
  self.bump_version();
  commit_history(self, node);
  forward_ad::take_tangent(self, value);
  return self;
}

}  // namespace

const Tensor& add_(const Tensor& self, const Tensor& other, const Scalar& alpha) {
  return arithmetic_inplace(self, other, Op::Add, alpha.to_double(),
                            [&](const Tensor& a, const Tensor& b) { return add(a, b, alpha); });
}

const Tensor& sub_(const Tensor& self, const Tensor& other, const Scalar& alpha) {
  return arithmetic_inplace(self, other, Op::Sub, alpha.to_double(),
                            [&](const Tensor& a, const Tensor& b) { return sub(a, b, alpha); });
}

const Tensor& mul_(const Tensor& self, const Tensor& other) {
  return arithmetic_inplace(self, other, Op::Mul, 1.0,
                            [](const Tensor& a, const Tensor& b) { return mul(a, b); });
}

const Tensor& div_(const Tensor& self, const Tensor& other) {
  return arithmetic_inplace(self, other, Op::Div, 1.0,
                            [](const Tensor& a, const Tensor& b) { return div(a, b); });
}

const Tensor& apply_inplace(const Tensor& self, const std::vector<Tensor>& others,
                            const std::function<Tensor(const Tensor&)>& f, bool refuse_overlap) {
  check_inplace(self, others, refuse_overlap);
  std::vector<Tensor> inputs{self};
  inputs.insert(inputs.end(), others.begin(), others.end());
  std::shared_ptr<FunctionNode> node;
  Tensor value;
  if (should_record(inputs)) {
    // Run f on a stand-in that requires grad, to learn which node (and attributes) f records.
    Tensor probe = self.detach();
    probe.set_requires_grad(true);
    Tensor probed = f(probe);
    auto* fn = dynamic_cast<FunctionNode*>(probed.grad_fn().get());
    if (!fn) {
      throw Error(ErrorKind::NotImplementedError,
                  "this in-place operation on a tensor that requires grad is not supported by the playground yet");
    }
    // The node's other inputs are the tensor arguments after self, in order (Python numbers are
    // not inputs: they were recorded as the op's attributes).
    std::vector<Tensor> recorded(others.begin(), others.begin() + std::min(others.size(), fn->next_edges().size() - 1));
    Tensor before = (fn->def().saved_inputs & 1u) ? raw::contiguous_copy(self) : Tensor();
    node = prepare_inplace(fn->def().op, self, before, recorded, fn->attrs());
    value = probed.detach();
  } else {
    GradModeGuard no_grad(false);
    value = f(self.detach());
  }
  check_castable(value.dtype(), self.dtype());
  Tensor with_tangent;
  if (forward_ad::has_tangent(self)) {
    GradModeGuard no_grad(false);
    with_tangent = f(forward_ad::detach_keep_tangent(self));
  }
  raw::copy_into(self, value);
  self.bump_version();
  commit_history(self, node);
  forward_ad::take_tangent(self, with_tangent);
  return self;
}

const Tensor& zero_(const Tensor& self) {
  check_inplace(self, {}, false);
  auto node = prepare_inplace(Op::Zero, self, Tensor(), {});
  raw::copy_into(self, Tensor::scalar(Scalar(int64_t{0}), self.dtype()));
  self.bump_version();
  commit_history(self, node);
  forward_ad::take_tangent(self, Tensor());
  return self;
}

const Tensor& fill_(const Tensor& self, const Scalar& value) {
  check_inplace(self, {}, false);
  check_scalar_fits(value, self.dtype());
  auto node = prepare_inplace(Op::Fill, self, Tensor(), {});
  raw::copy_into(self, Tensor::scalar(value, self.dtype()));
  self.bump_version();
  commit_history(self, node);
  forward_ad::take_tangent(self, Tensor());
  return self;
}

// Random fills (Tensor.uniform_, Tensor.normal_; torch.nn.init draws through them). Sampled in
// memory order of a contiguous buffer, as PyTorch's serial kernels do for a fresh parameter.
const Tensor& random_fill_(const Tensor& self, const std::function<void(const Tensor&)>& fill,
                           bool fills_any_strides = false) {
  check_inplace(self, {});
  auto node = prepare_inplace(Op::Fill, self, Tensor(), {});
  if (fills_any_strides || self.is_contiguous()) {
    fill(self);
  } else {
    Tensor buffer = Tensor::empty(self.shape(), self.dtype());
    fill(buffer);
    raw::copy_into(self, buffer);
  }
  self.bump_version();
  commit_history(self, node);
  return self;
}

const Tensor& uniform_(const Tensor& self, double from, double to, Generator* gen) {
  if (from > to) {
    runtime_error("uniform_ expects to return a [from, to) range, but found from=" + c10_str(from) + " > to=" + c10_str(to));
  }
  return random_fill_(self, [&](const Tensor& t) { fill_uniform(t, from, to, gen); });
}

const Tensor& normal_(const Tensor& self, double mean, double std, Generator* gen) {
  if (std < 0) runtime_error("normal expects std >= 0.0, but found std " + c10_str(std));
  // fill_normal walks a strided target itself, in memory order, as PyTorch's serial path does.
  return random_fill_(self, [&](const Tensor& t) { fill_normal(t, mean, std, gen); }, true);
}

// self += value * t1 * t2 and self += value * t1 / t2, in the rounding of PyTorch's AVX2
// kernels (measured: fma(value * t1, t2, self) and self + (value * t1) / t2). The optimizers'
// updates; no autograd history.
template <class F>
const Tensor& pointwise_update_(const Tensor& self, const Tensor& t1, const Tensor& t2, const char* name, F&& f) {
  check_inplace(self, {t1, t2});
  if (GradMode::is_enabled() && (self.requires_grad() || t1.requires_grad() || t2.requires_grad())) {
    throw Error(ErrorKind::NotImplementedError, std::string(name) + " with autograd is not supported yet");
  }
  if (!is_floating(self.dtype())) runtime_error(std::string(name) + " is only supported for floating-point tensors here");
  Tensor a = raw::contiguous_copy(self);
  Tensor b = raw::contiguous_copy(raw::expand_view(t1, self.shape()), self.dtype());
  Tensor c = raw::contiguous_copy(raw::expand_view(t2, self.shape()), self.dtype());
  dispatch_dtype(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      T* pa = a.data_ptr<T>();
      const T* pb = b.data_ptr<T>();
      const T* pc = c.data_ptr<T>();
      for (int64_t i = 0; i < a.numel(); ++i) pa[i] = f(pa[i], pb[i], pc[i]);
    }
  });
  raw::copy_into(self, a);
  self.bump_version();
  return self;
}

const Tensor& addcmul_(const Tensor& self, const Tensor& t1, const Tensor& t2, double value) {
  return pointwise_update_(self, t1, t2, "addcmul_", [value](auto a, auto b, auto c) {
    using T = decltype(a);
    return static_cast<T>(std::fma(static_cast<T>(value) * b, c, a));
  });
}

const Tensor& addcdiv_(const Tensor& self, const Tensor& t1, const Tensor& t2, double value) {
  return pointwise_update_(self, t1, t2, "addcdiv_", [value](auto a, auto b, auto c) {
    using T = decltype(a);
    const T quotient = (static_cast<T>(value) * b) / c;
    return static_cast<T>(a + quotient);
  });
}

const Tensor& random_(const Tensor& self, int64_t from, int64_t to, bool full_range, Generator* gen) {
  if (!full_range && from >= to) {
    runtime_error("random_ expects 'from' to be less than 'to', but got from=" + std::to_string(from) +
                  " >= to=" + std::to_string(to));
  }
  return random_fill_(self, [&](const Tensor& t) { fill_random_integers(t, from, to, full_range, gen); });
}

// The samplers of random/distributions.h walk any strides themselves, in memory order.
const Tensor& bernoulli_(const Tensor& self, double p, Generator* gen) {
  return random_fill_(self, [&](const Tensor& t) { fill_bernoulli(t, p, gen); }, true);
}

const Tensor& bernoulli_(const Tensor& self, const Tensor& p, Generator* gen) {
  return random_fill_(self, [&](const Tensor& t) { fill_bernoulli(t, p, gen); }, true);
}

const Tensor& exponential_(const Tensor& self, double lambd, Generator* gen) {
  return random_fill_(self, [&](const Tensor& t) { fill_exponential(t, lambd, gen); }, true);
}

const Tensor& geometric_(const Tensor& self, double p, Generator* gen) {
  return random_fill_(self, [&](const Tensor& t) { fill_geometric(t, p, gen); }, true);
}

const Tensor& cauchy_(const Tensor& self, double median, double sigma, Generator* gen) {
  return random_fill_(self, [&](const Tensor& t) { fill_cauchy(t, median, sigma, gen); }, true);
}

const Tensor& log_normal_(const Tensor& self, double mean, double std, Generator* gen) {
  return random_fill_(self, [&](const Tensor& t) { fill_log_normal(t, mean, std, gen); }, true);
}

const Tensor& copy_(const Tensor& self, const Tensor& src) {
  check_inplace(self, {src});
  auto node = prepare_inplace(Op::Copy, self, Tensor(), {src});
  raw::copy_into(self, src.detach());
  self.bump_version();
  commit_history(self, node);
  forward_ad::take_tangent(self, forward_ad::detach_keep_tangent(src));
  return self;
}

}  // namespace ag
