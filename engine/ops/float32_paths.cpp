#include "ops/float32_paths.h"

#include "ops/raw.h"

namespace ag::float32_paths {

namespace {

constexpr int64_t kBlock = 16;  // cpu_kernel_vec's step: two AVX2 vectors of 8 floats

}  // namespace

Tensor vml(const Tensor& t, Fn f) {
  Tensor in = raw::contiguous(t);
  Tensor out = Tensor::empty(t.shape(), t.dtype());  // float32, or bfloat16 computed in float32
  const float* src = in.data_ptr<float>();
  float* dst = out.data_ptr<float>();
  for (int64_t i = 0, n = t.numel(); i < n; ++i) dst[i] = f(src[i]);
  return out;
}

Tensor vml_grouped(const Tensor& t, MapFn map) {
  Tensor in = raw::contiguous(t);
  Tensor out = Tensor::empty(t.shape(), t.dtype());  // float32, or bfloat16 computed in float32
  map(in.data_ptr<float>(), out.data_ptr<float>(), static_cast<std::size_t>(t.numel()));
  return out;
}

Tensor vec_kernel(const Tensor& t, Fn vectorised, Fn scalar) {
  // How long TensorIterator's contiguous runs are: the whole tensor when it is contiguous, a row
  // when only the last dim is dense, otherwise no run at all (every element scalar).
  const int64_t n = t.numel();
  int64_t run = 0;
  if (t.is_contiguous()) {
    run = n;
  } else if (t.dim() > 0 && t.strides().back() == 1) {
    run = t.shape().back();
  }
  Tensor in = raw::contiguous(t);
  Tensor out = Tensor::empty(t.shape(), t.dtype());  // float32, or bfloat16 computed in float32
  const float* src = in.data_ptr<float>();
  float* dst = out.data_ptr<float>();
  if (run == 0) {
    for (int64_t i = 0; i < n; ++i) dst[i] = scalar(src[i]);
    return out;
  }
  for (int64_t start = 0; start < n; start += run) {
    const int64_t head_end = start + run / kBlock * kBlock;
    for (int64_t i = start; i < head_end; ++i) dst[i] = vectorised(src[i]);
    for (int64_t i = head_end; i < start + run; ++i) dst[i] = scalar(src[i]);
  }
  return out;
}

}  // namespace ag::float32_paths
