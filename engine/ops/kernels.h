// The elementwise loops of engine/ops: map_binary / map_unary run a function of numbers over
// tensors as plain loops when the operands are contiguous (or single values), and through
// xtensor's strided adaptors (shape + strides + offset over the storage, no copy) otherwise.
// Internal to engine/ops.
#pragma once

#include <xtensor/xadapt.hpp>
#include <xtensor/xarray.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xoperation.hpp>

#include "tensor/narrow.h"
#include "tensor/tensor.h"

namespace ag::kernels {

// The dtype of a map_* result computed in C++ type Out from operands of C++ type In: a narrow
// dtype when the operands have it and the computation stays in its storage type (int32 + int32
// is int32, computed in int64 and wrapped back), otherwise Out's own dtype.
template <class In, class Out>
DType result_dtype(DType a, DType b) {
  if constexpr (std::is_same_v<In, Out>) {
    if (a == b && is_narrow(a)) return a;
  }
  return dtype_of<Out>();
}

using XShape = xt::svector<size_t, 4>;
using XStrides = xt::svector<std::ptrdiff_t, 4>;

// An xtensor expression aliasing t's elements.
template <class T>
auto xview(const Tensor& t) {
  XShape shape(t.shape().begin(), t.shape().end());
  XStrides strides(t.strides().begin(), t.strides().end());
  // xtensor broadcasts through size-1 dims by stepping them with stride 0.
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == 1) strides[i] = 0;
  }
  // The adaptor's nominal size must equal the element count (xtensor checks it); the
  // elements themselves are reached through the strides.
  const size_t count = static_cast<size_t>(t.numel());
  return xt::adapt(t.data_ptr<T>(), count, xt::no_ownership(), std::move(shape),
                   std::move(strides));
}

// Broadcast shape of a and b, or PyTorch's error.
Shape broadcast_shapes(const Shape& a, const Shape& b);

// out[...] = op(a, b) for a function of two numbers, op(In, In) -> Out, with broadcasting. One
// plain loop when each operand is contiguous with out's elements or is a single element (the
// common case: same-shape tensors, a tensor and a Python scalar); xtensor's strided adaptors
// otherwise. a and b must already have dtype In.
template <class In, class Out, class Op>
Tensor map_binary(const Tensor& a, const Tensor& b, Op op) {
  Tensor out = Tensor::uninitialized(broadcast_shapes(a.shape(), b.shape()), result_dtype<In, Out>(a.dtype(), b.dtype()));
  const int64_t n = out.numel();
  const bool flat_a = a.numel() == n && a.is_contiguous(), flat_b = b.numel() == n && b.is_contiguous();
  if ((flat_a || a.numel() == 1) && (flat_b || b.numel() == 1)) {
    const In* x = a.data_ptr<In>();
    const In* y = b.data_ptr<In>();
    Out* o = out.data_ptr<Out>();
    if (flat_a && flat_b) {
      for (int64_t i = 0; i < n; ++i) o[i] = static_cast<Out>(op(x[i], y[i]));
    } else if (flat_a) {
      const In y0 = y[0];
      for (int64_t i = 0; i < n; ++i) o[i] = static_cast<Out>(op(x[i], y0));
    } else {
      const In x0 = x[0];
      for (int64_t i = 0; i < n; ++i) o[i] = static_cast<Out>(op(x0, y[i]));
    }
    narrow_contiguous(out);
    return out;
  }
  auto xo = xview<Out>(out);
  xt::noalias(xo) = xt::make_lambda_xfunction([&op](In p, In q) { return static_cast<Out>(op(p, q)); },
                                              xview<In>(a), xview<In>(b));
  narrow_contiguous(out);
  return out;
}

// out = op(a) elementwise for a function of one number, op(In) -> Out; a must have dtype In.
template <class In, class Out, class Op>
Tensor map_unary(const Tensor& a, Op op) {
  Tensor out = Tensor::uninitialized(a.shape(), result_dtype<In, Out>(a.dtype(), a.dtype()));
  if (a.is_contiguous()) {
    const In* x = a.data_ptr<In>();
    Out* o = out.data_ptr<Out>();
    const int64_t n = out.numel();
    for (int64_t i = 0; i < n; ++i) o[i] = static_cast<Out>(op(x[i]));
    narrow_contiguous(out);
    return out;
  }
  auto xo = xview<Out>(out);
  xt::noalias(xo) = xt::make_lambda_xfunction([&op](In p) { return static_cast<Out>(op(p)); }, xview<In>(a));
  narrow_contiguous(out);
  return out;
}

// Calls f with a tag of the C++ type of a floating dtype (float or double).
template <class F>
decltype(auto) dispatch_floating(DType d, F&& f) {
  if (d == DType::Float64) return f(double{});
  return f(float{});
}

}  // namespace ag::kernels
