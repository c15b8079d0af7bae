#include "ops/pairwise_sum.h"

#include "ops/ops.h"

namespace ag {

namespace {

// numpy's pairwise_sum (loops_utils.h): blocks of up to 128 summed with eight accumulators,
// longer runs split in two at a multiple of 8.
template <class T>
T pairwise(const T* a, int64_t n, int64_t stride) {
  if (n < 8) {
    T sum = 0;
    for (int64_t i = 0; i < n; ++i) sum += a[i * stride];
    return sum;
  }
  if (n <= 128) {
    T r[8];
    for (int j = 0; j < 8; ++j) r[j] = a[j * stride];
    int64_t i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (int j = 0; j < 8; ++j) r[j] += a[(i + j) * stride];
    }
    T sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) sum += a[i * stride];
    return sum;
  }
  int64_t half = n / 2;
  half -= half % 8;
  return pairwise(a, half, stride) + pairwise(a + half * stride, n - half, stride);
}

}  // namespace

Tensor numpy_add_reduce(const Tensor& input, std::optional<int64_t> axis, bool keepdims) {
  const Tensor t = contiguous(input);
  const Shape& shape = t.shape();
  int64_t outer = 1, n = t.numel(), inner = 1;
  Shape out_shape;
  if (axis) {
    const int64_t ax = *axis;
    outer = 1;
    for (int64_t d = 0; d < ax; ++d) outer *= shape[d];
    n = shape[ax];
    for (int64_t d = ax + 1; d < t.dim(); ++d) inner *= shape[d];
    for (int64_t d = 0; d < t.dim(); ++d) {
      if (d != ax) out_shape.push_back(shape[d]);
      else if (keepdims) out_shape.push_back(1);
    }
  } else if (keepdims) {
    out_shape.assign(shape.size(), 1);
  }
  Tensor out = Tensor::empty(out_shape, t.dtype());
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>) {
      const T* a = t.data_ptr<T>();
      T* o = out.data_ptr<T>();
      for (int64_t i = 0; i < outer; ++i) {
        const T* block = a + i * n * inner;
        if (inner == 1) {
          o[i] = pairwise(block, n, 1);
        } else {
          // The reduced axis is not the contiguous one: numpy's iterator adds whole rows in order.
          T* row = o + i * inner;
          for (int64_t j = 0; j < inner; ++j) row[j] = 0;
          for (int64_t k = 0; k < n; ++k) {
            for (int64_t j = 0; j < inner; ++j) row[j] += block[k * inner + j];
          }
        }
      }
    }
  });
  return out;
}

}  // namespace ag
