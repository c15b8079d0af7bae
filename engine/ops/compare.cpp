// Comparisons (bool results, never differentiable) and where().
#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

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

}  // namespace ag
