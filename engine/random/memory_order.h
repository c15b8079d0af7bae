// The order in which PyTorch's serial samplers visit a tensor: its memory order (TensorIterator
// sorts dimensions by stride), so `a.t().exponential_()` fills `a`'s storage front to back.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "tensor/tensor.h"

namespace ag {

// Calls f(offset_t, offset_other) for each element of t in t's memory order: dimensions by
// decreasing stride of t, the smallest innermost. other has t's shape (an expanded view may
// have stride 0); its offsets follow the same walk. Offsets count elements from the first.
template <class F>
void for_each_in_memory_order(const Tensor& t, const Tensor& other, F&& f) {
  const int64_t n = t.numel();
  if (n == 0) return;
  std::vector<size_t> dims(static_cast<size_t>(t.dim()));
  for (size_t d = 0; d < dims.size(); ++d) dims[d] = d;
  std::stable_sort(dims.begin(), dims.end(), [&](size_t x, size_t y) { return t.strides()[x] > t.strides()[y]; });
  const bool paired = other.defined();
  std::vector<int64_t> index(dims.size(), 0);
  int64_t offset = 0, other_offset = 0;
  for (int64_t i = 0; i < n; ++i) {
    f(offset, other_offset);
    for (size_t k = dims.size(); k-- > 0;) {
      const size_t d = dims[k];
      const int64_t size = t.shape()[d];
      offset += t.strides()[d];
      if (paired) other_offset += other.strides()[d];
      if (++index[k] < size) break;
      offset -= t.strides()[d] * size;
      if (paired) other_offset -= other.strides()[d] * size;
      index[k] = 0;
    }
  }
}

template <class F>
void for_each_in_memory_order(const Tensor& t, F&& f) {
  for_each_in_memory_order(t, Tensor(), [&](int64_t offset, int64_t) { f(offset); });
}

}  // namespace ag
