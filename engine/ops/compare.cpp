// Comparisons (bool results, never differentiable) and where().
#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/kernels.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "tensor/narrow.h"

namespace ag {

Tensor compare(const Tensor& a, const Tensor& b, CompareOp op) {
  const DType d = result_type(a, b);
  Tensor ca = raw::cast(a, d), cb = raw::cast(b, d);
  return dispatch_dtype(d, [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_binary<T, bool>(ca, cb, [op](T p, T q) {
      switch (op) {
        case CompareOp::Eq: return p == q;
        case CompareOp::Ne: return p != q;
        case CompareOp::Lt: return p < q;
        case CompareOp::Le: return p <= q;
        case CompareOp::Gt: return p > q;
        case CompareOp::Ge: return p >= q;
      }
      return false;
    });
  });
}

Tensor compare(const Tensor& a, const Scalar& b, CompareOp op) {
  return compare(a, Tensor::wrap_scalar(b), op);
}

Tensor logical_not(const Tensor& t) {
  Tensor b = raw::cast(t, DType::Bool);
  return kernels::map_unary<bool, bool>(b, [](bool x) { return !x; });
}

Tensor isfinite(const Tensor& t) {
  if (!is_floating(t.dtype())) return ones(t.shape(), DType::Bool);
  return kernels::dispatch_floating(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    return kernels::map_unary<T, bool>(t, [](T x) { return std::isfinite(x); });
  });
}

Tensor where(const Tensor& condition, const Tensor& a, const Tensor& b) {
  if (condition.dtype() != DType::Bool) {
    runtime_error(std::string("where expected condition to be a boolean tensor, but got a tensor "
                              "with dtype ") + (condition.dtype() == DType::Int64 ? "Long" :
                              condition.dtype() == DType::Float64 ? "Double" : "Float"));
  }
  const DType d = result_type(a, b);
  Tensor ca = raw::cast(a, d), cb = raw::cast(b, d);
  const Shape shape =
      kernels::broadcast_shapes(condition.shape(), kernels::broadcast_shapes(a.shape(), b.shape()));
  Tensor out = Tensor::empty(shape, d);
  dispatch_dtype(d, [&](auto tag) {
    using T = decltype(tag);
    auto xo = kernels::xview<T>(out);
    xt::noalias(xo) = xt::where(kernels::xview<bool>(condition), kernels::xview<T>(ca),
                                kernels::xview<T>(cb));
  });
  OpAttrs attrs;
  attrs.aux = condition;
  record(Op::Where, {a, b}, out, std::move(attrs));
  return out;
}

// self with value where mask is set (mask broadcast to self's shape; a non-bool mask counts its
// nonzero entries, as 1.13 still accepts). MaskedFillBackward0 for a number, MaskedFillBackward1
// for a 0-dim tensor value, which gets the sum of the masked gradient.
Tensor masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value) {
  if (value.dim() != 0) {
    runtime_error("masked_fill_ only supports a 0-dimensional value tensor, but got tensor with " +
                  std::to_string(value.dim()) + " dimension(s).");
  }
  if (value.impl()->is_wrapped_number) check_scalar_fits(value.item(), self.dtype());
  Tensor m = mask.dtype() == DType::Bool ? mask.detach() : compare(mask.detach(), Scalar(int64_t{0}), CompareOp::Ne);
  const Shape shape = kernels::broadcast_shapes(m.shape(), self.shape());  // ATen's infer_size(mask, self)
  if (shape != self.shape()) {
    runtime_error("The size of tensor a (" + std::to_string(m.shape().back()) + ") must match the size of tensor b (" +
                  std::to_string(self.shape().back()) + ") at non-singleton dimension " + std::to_string(self.dim() - 1));
  }
  Tensor filled;
  {
    NoGradGuard no_grad;
    filled = where(m, raw::cast(value.detach(), self.dtype()), self.detach());
  }
  OpAttrs attrs;
  attrs.aux = raw::contiguous_copy(raw::expand_view(m, shape));
  if (value.impl()->is_wrapped_number) record(Op::MaskedFill, {self}, filled, std::move(attrs));
  else record(Op::MaskedFillTensor, {self, value}, filled, std::move(attrs));
  return filled;
}

}  // namespace ag
