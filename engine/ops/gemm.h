// C = A B for row-major float/double matrices in the reference BLAS's order, which is PyTorch's
// (BLAS_INFO=generic): every C[i][j] is `c = start; for k: c = c + a[i][k] * b[k][j]`, rounded
// after each product and each sum, no fused multiply-add. That order leaves the columns j
// independent, so the kernel walks 4 rows of C at once over panels of up to 256 columns (each row
// of B loaded once for 4 rows of C, the panel kept in L1) and is vectorised across j without
// changing a single rounding. Measured on the two-layer-net tutorial (500 steps): wasm 38.5 s ->
// 2.64 s per 50 steps against 3.85 s; natively no change (3.8 s; a register-tiled 4 x 8 kernel
// was faster in wasm, 2.39 s per 50 steps, but 35% slower natively with GCC).
#pragma once

#include <cstdint>

namespace ag::gemm {

// A is [n, m], B is [m, p], C is [n, p], all contiguous. `start` (may be null) is the [n, p]
// value each sum starts from; `add_after` (may be null) is added to each finished sum.
template <typename T>
void multiply(const T* a, const T* b, T* c, int64_t n, int64_t m, int64_t p, const T* start,
              const T* add_after);

}  // namespace ag::gemm
