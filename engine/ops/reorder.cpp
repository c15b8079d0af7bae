// Reordering a tensor's elements: flip (FlipBackward0, its own inverse).
#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

Tensor flip(const Tensor& t, const Shape& dims) {
  Shape nd;
  for (int64_t d : dims) {
    const int64_t w = wrap_dim(d, t.dim());
    if (std::find(nd.begin(), nd.end(), w) != nd.end()) {
      runtime_error("dim " + std::to_string(w) + " appears multiple times in the list of dims");  // dim_list_to_bitset
    }
    nd.push_back(w);
  }
  // A view with negated strides over the flipped dims, copied out (the engine's views have
  // non-negative strides).
  Strides strides = t.strides();
  int64_t offset = t.offset();
  for (int64_t d : nd) {
    offset += (t.shape()[d] - 1) * strides[d];
    strides[d] = -strides[d];
  }
  Tensor out = Tensor::empty(t.shape(), t.dtype());
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* base = static_cast<const T*>(t.impl()->storage->data());
    T* o = out.data_ptr<T>();
    const int64_t n = t.numel(), ndim = t.dim();
    Shape coord(static_cast<size_t>(ndim), 0);
    for (int64_t i = 0; i < n; ++i) {
      int64_t at = offset;
      for (int64_t d = 0; d < ndim; ++d) at += coord[d] * strides[d];
      o[i] = base[at];
      for (int64_t d = ndim - 1; d >= 0; --d) {
        if (++coord[d] < t.shape()[d]) break;
        coord[d] = 0;
      }
    }
  });
  OpAttrs attrs;
  attrs.dims = nd;
  record(Op::Flip, {t}, out, std::move(attrs));
  return out;
}

}  // namespace ag
