// C = A B for row-major float/double matrices in the reference BLAS's order, which is PyTorch's
// (BLAS_INFO=generic): every C[i][j] is `c = start; for k: c = c + a[i][k] * b[k][j]`, rounded
// after each product and each sum, no fused multiply-add. That order leaves the columns j
// independent, so the kernel keeps a tile of 2 rows x 4 vectors of C in registers for the whole
// k loop and is vectorised across j without changing a single rounding. Measured on 64x1000x100
// float32: wasm 5.7 GMAC/s (the 4-row panel loop before it: 0.7), native (GCC -O3, SSE2) 4.7
// (before: 3.1).
#pragma once

#include <cstdint>

namespace ag::gemm {

// A is [n, m] with element (i, k) at a[i * a_row + k * a_col] (any strides: a transposed view is
// read in place); B is [m, p] with rows b_row apart and contiguous columns; C is [n, p],
// contiguous. `start` (may be null) is the contiguous [n, p] value each sum starts from;
// `add_after` (may be null) is added to each finished sum.
template <typename T>
void multiply(const T* a, int64_t a_row, int64_t a_col, const T* b, int64_t b_row, T* c, int64_t n,
              int64_t m, int64_t p, const T* start, const T* add_after);

}  // namespace ag::gemm
