// Ops that exist for backward formulas: scattering a gradient back into a zero tensor of the
// input's shape (select/slice backward) and masks built from indices.
#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

Tensor select_backward(const Tensor& grad, const Shape& sizes, int64_t dim, int64_t index) {
  Tensor out = zeros(sizes, grad.dtype());
  raw::copy_into(raw_select_view(out, dim, index), grad);
  OpAttrs attrs;
  attrs.dim = dim;
  attrs.index = index;
  record(Op::SelectBackward, {grad}, out, std::move(attrs));
  return out;
}

Tensor slice_backward(const Tensor& grad, const Shape& sizes, int64_t dim, int64_t start,
                      int64_t end, int64_t step) {
  Tensor out = zeros(sizes, grad.dtype());
  const int64_t length = (end - start + step - 1) / step;
  raw::copy_into(raw_slice_view(out, dim, start, length, step), grad);
  OpAttrs attrs;
  attrs.dim = dim;
  attrs.start = start;
  attrs.end = end;
  attrs.step = step;
  record(Op::SliceBackward, {grad}, out, std::move(attrs));
  return out;
}

Tensor as_strided_backward(const Tensor& grad, const Shape& base_shape, const Strides& base_strides,
                           int64_t base_offset, const Shape& shape, const Strides& strides,
                           int64_t offset, int64_t storage_numel) {
  // Scatter into a storage-sized buffer, then read it back through the base's geometry.
  Tensor storage = zeros({storage_numel}, grad.dtype());
  raw::copy_into(raw::make_view(storage, shape, strides, offset), grad);
  return raw::contiguous_copy(raw::make_view(storage, base_shape, base_strides, base_offset));
}

Tensor index_mask(const Tensor& indices, const Shape& sizes, int64_t dim, bool keepdim) {
  Tensor mask = zeros(sizes, DType::Bool);
  const int64_t nd = static_cast<int64_t>(sizes.size());
  if (nd == 0) {
    *mask.data_ptr<bool>() = true;
    return mask;
  }
  Tensor idx = keepdim ? indices : unsqueeze(indices.detach(), dim);
  // For every position of idx (size 1 along dim), mark sizes-position with dim := idx value.
  const int64_t n = idx.numel();
  const Strides mstrides = mask.strides();
  bool* m = mask.data_ptr<bool>();
  for (int64_t i = 0; i < n; ++i) {
    int64_t rem = i, pos = 0;
    for (int64_t k = nd - 1; k >= 0; --k) {
      const int64_t s = idx.shape()[static_cast<size_t>(k)];
      const int64_t coord = rem % s;
      rem /= s;
      if (k != dim) pos += coord * mstrides[static_cast<size_t>(k)];
    }
    const int64_t target = idx.flat_get_scalar(i).to_int();
    m[pos + target * mstrides[static_cast<size_t>(dim)]] = true;
  }
  return mask;
}

Tensor unsqueeze_dims(const Tensor& t, const Shape& dims, int64_t ndim, bool keepdim) {
  if (keepdim || ndim == 0) return t;
  std::vector<bool> reduced(static_cast<size_t>(ndim), false);
  for (int64_t d : dims) reduced[static_cast<size_t>(d)] = true;
  Tensor out = t;
  for (int64_t d = 0; d < ndim; ++d) {
    if (reduced[static_cast<size_t>(d)]) out = unsqueeze(out, d);
  }
  return out;
}

}  // namespace ag
