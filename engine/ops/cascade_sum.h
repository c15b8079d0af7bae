// Floating-point sums in the exact order of PyTorch 1.13's CPU kernel (ATen's cascade_sum in
// SumKernel.cpp, AVX2 build, one thread), so float32/float64 sum() and mean() agree with PyTorch
// bit for bit. Summing in double and rounding once is more accurate but differs in the last bits.
//
// ATen accumulates in the tensor's own dtype, in "lanes" of one AVX2 register (8 floats or
// 4 doubles), with 4 independent accumulators (instruction-level parallelism) and a 4-level
// cascade that adds only partial sums of similar size. Which variant runs (lanes along the
// reduced dim, lanes across output columns, or scalar) depends on TensorIterator's choice of
// dimension order, which cascade_sum_reduce reproduces.
//
// Not reproduced: PyTorch with more than one thread splits inputs of 32768+ elements between
// threads, which changes the order again. Our goldens are made with OMP_NUM_THREADS=1.
#pragma once

#include <cstdint>
#include <vector>

namespace ag {

// Sum of n contiguous elements (T = float or double): sum() of a contiguous tensor, or one
// output element of a sum over the last dim.
template <typename T>
T cascade_sum_contiguous(const T* data, int64_t n);

// Column sums of a row-major [rows, cols] block whose rows start row_stride elements apart:
// out[j] = sum over i of data[i * row_stride + j], as ATen orders sum(dim=0) of a 2-D tensor.
template <typename T>
void cascade_sum_columns(const T* data, int64_t rows, int64_t cols, int64_t row_stride, T* out);

// The general case: sums a strided tensor (shape, strides in elements, data at its first
// element) over the dims marked in `reduced`, into `out`, a contiguous buffer with the shape of
// the result (keepdim only changes how ATen orders the dims, not out's layout). Requires at
// least one element.
template <typename T>
void cascade_sum_reduce(const T* data, const std::vector<int64_t>& shape,
                        const std::vector<int64_t>& strides, const std::vector<bool>& reduced,
                        bool keepdim, T* out);

}  // namespace ag
