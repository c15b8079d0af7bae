#include "ops/gemm.h"

#include <algorithm>

namespace ag::gemm {

namespace {

constexpr int64_t kRows = 4;      // rows of C that share each pass over a row of B
constexpr int64_t kPanel = 256;   // columns per pass: 4 rows of C stay in L1 while k runs

// Rows [i0, i0 + Rows) and columns [j0, j1) of C. The j loop is contiguous in B and C, so the
// compiler vectorises it; each row of B is loaded once for Rows rows of C.
template <typename T, int64_t Rows>
void panel(const T* a, const T* b, T* c, int64_t m, int64_t p, int64_t i0, int64_t j0, int64_t j1,
           const T* start) {
  T* __restrict out[Rows];
  for (int64_t r = 0; r < Rows; ++r) {
    out[r] = c + (i0 + r) * p;
    for (int64_t j = j0; j < j1; ++j) out[r][j] = start ? start[(i0 + r) * p + j] : T(0);
  }
  for (int64_t k = 0; k < m; ++k) {
    const T* __restrict b_row = b + k * p;
    T a_val[Rows];
    for (int64_t r = 0; r < Rows; ++r) a_val[r] = a[(i0 + r) * m + k];
    for (int64_t j = j0; j < j1; ++j) {
      const T bj = b_row[j];
      for (int64_t r = 0; r < Rows; ++r) {
        const T product = a_val[r] * bj;
        out[r][j] = out[r][j] + product;
      }
    }
  }
}

}  // namespace

template <typename T>
void multiply(const T* a, const T* b, T* c, int64_t n, int64_t m, int64_t p, const T* start,
              const T* add_after) {
  for (int64_t j0 = 0; j0 < p; j0 += kPanel) {
    const int64_t j1 = std::min(p, j0 + kPanel);
    int64_t i0 = 0;
    for (; i0 + kRows <= n; i0 += kRows) panel<T, kRows>(a, b, c, m, p, i0, j0, j1, start);
    for (; i0 < n; ++i0) panel<T, 1>(a, b, c, m, p, i0, j0, j1, start);
  }
  if (add_after) {
    for (int64_t i = 0; i < n * p; ++i) c[i] = c[i] + add_after[i];
  }
}

template void multiply<float>(const float*, const float*, float*, int64_t, int64_t, int64_t,
                              const float*, const float*);
template void multiply<double>(const double*, const double*, double*, int64_t, int64_t, int64_t,
                               const double*, const double*);

}  // namespace ag::gemm
