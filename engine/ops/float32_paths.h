// The two ways PyTorch 1.13 (CPU, AVX2, one thread) evaluates a float32 function elementwise, so
// that each element gets the very function PyTorch used for it (docs/pytorch-facts/
// float32-elementwise.md has the evidence):
//   - at::vml (exp, log, sin, cos, tan, tanh, expm1, log1p, log2, log10, asin, acos, atan): every
//     element goes through SLEEF's AVX2 function, the last partial vector included;
//   - cpu_kernel_vec (sigmoid, sinh, cosh, ...): each contiguous run is cut in blocks of 16 that go
//     through the vectorised formula; the run's remainder (n % 16) and strided inputs go through the
//     scalar formula (glibc's, or musl's in wasm: the same correctly rounded algorithms).
#pragma once

#include <cstddef>

#include "tensor/tensor.h"

namespace ag::float32_paths {

using Fn = float (*)(float);
using MapFn = void (*)(const float* in, float* out, std::size_t n);

// A float32 tensor of t's shape with f applied to every element (ATen's vml path).
Tensor vml(const Tensor& t, Fn f);
// The same for functions whose result depends on the other lanes of a vector (SLEEF's sin/cos/tan
// pick one argument reduction for 8 lanes): `map` sees the contiguous buffer whole.
Tensor vml_grouped(const Tensor& t, MapFn map);
// cpu_kernel_vec: `vectorised` for the blocks of 16 of each contiguous run, `scalar` for the rest.
Tensor vec_kernel(const Tensor& t, Fn vectorised, Fn scalar);

}  // namespace ag::float32_paths
