#include "ops/gemm.h"

#include <algorithm>
#include <cstring>

namespace ag::gemm {

namespace {

// 16-byte vectors in the compilers' generic vector extension: SSE2 natively, simd128 in wasm.
// Lanewise + and * round exactly as the scalar operations do, so vectorising across j changes
// no result; -ffp-contract=off (CMake) keeps the compiler from fusing them.
typedef float F32x4 __attribute__((vector_size(16)));
typedef double F64x2 __attribute__((vector_size(16)));
template <typename T> struct VectorOf;
template <> struct VectorOf<float> { using type = F32x4; };
template <> struct VectorOf<double> { using type = F64x2; };
template <typename T> using Vec = typename VectorOf<T>::type;
template <typename T> constexpr int64_t kLanes = 16 / sizeof(T);

template <typename T> inline Vec<T> load(const T* p) {
  Vec<T> v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <typename T> inline void store(T* p, Vec<T> v) { std::memcpy(p, &v, sizeof v); }

struct Operands {
  int64_t m, p;          // inner size, columns of B and C
  int64_t a_row, a_col;  // A[i][k] is a[i * a_row + k * a_col] (a transposed view reads in place)
  int64_t b_row;         // B[k][j] is b[k * b_row + j]
};

// Rows [i0, i0 + Rows) and columns [j0, j0 + Vecs * lanes) of C, summed over all k with the
// partial sums in registers: per k, Vecs loads of B serve Rows rows (Rows * Vecs products).
// 2 rows x 4 vectors measured best in wasm (5.7 GMAC/s on 64x1000x100 against 2.8 for 4 x 8
// and 0.7 for the row-panel loop it replaces); more accumulators spill in V8.
template <typename T, int Rows, int Vecs>
inline void tile(const T* a, const T* b, T* c, Operands s, int64_t i0, int64_t j0,
                 const T* start) {
  Vec<T> acc[Rows][Vecs];
  for (int r = 0; r < Rows; ++r) {
    for (int v = 0; v < Vecs; ++v) {
      acc[r][v] = start ? load(start + (i0 + r) * s.p + j0 + kLanes<T> * v) : Vec<T>{};
    }
  }
  const T* a_rows[Rows];
  for (int r = 0; r < Rows; ++r) a_rows[r] = a + (i0 + r) * s.a_row;
  const T* b_row = b + j0;
  for (int64_t k = 0; k < s.m; ++k, b_row += s.b_row) {
    Vec<T> bv[Vecs];
    for (int v = 0; v < Vecs; ++v) bv[v] = load(b_row + kLanes<T> * v);
    for (int r = 0; r < Rows; ++r) {
      const Vec<T> a_val = Vec<T>{} + a_rows[r][k * s.a_col];
      for (int v = 0; v < Vecs; ++v) acc[r][v] = acc[r][v] + a_val * bv[v];
    }
  }
  for (int r = 0; r < Rows; ++r) {
    for (int v = 0; v < Vecs; ++v) store(c + (i0 + r) * s.p + j0 + kLanes<T> * v, acc[r][v]);
  }
}

// The columns past the last whole vector, one at a time.
template <typename T, int Rows>
inline void column(const T* a, const T* b, T* c, Operands s, int64_t i0, int64_t j,
                   const T* start) {
  T acc[Rows];
  for (int r = 0; r < Rows; ++r) acc[r] = start ? start[(i0 + r) * s.p + j] : T(0);
  for (int64_t k = 0; k < s.m; ++k) {
    const T bj = b[k * s.b_row + j];
    for (int r = 0; r < Rows; ++r) acc[r] = acc[r] + a[(i0 + r) * s.a_row + k * s.a_col] * bj;
  }
  for (int r = 0; r < Rows; ++r) c[(i0 + r) * s.p + j] = acc[r];
}

template <typename T, int Rows>
void rows(const T* a, const T* b, T* c, Operands s, int64_t i0, const T* start) {
  constexpr int64_t w = kLanes<T>;
  int64_t j = 0;
  for (; j + 4 * w <= s.p; j += 4 * w) tile<T, Rows, 4>(a, b, c, s, i0, j, start);
  for (; j + 2 * w <= s.p; j += 2 * w) tile<T, Rows, 2>(a, b, c, s, i0, j, start);
  for (; j + w <= s.p; j += w) tile<T, Rows, 1>(a, b, c, s, i0, j, start);
  for (; j < s.p; ++j) column<T, Rows>(a, b, c, s, i0, j, start);
}

}  // namespace

template <typename T>
void multiply(const T* a, int64_t a_row, int64_t a_col, const T* b, int64_t b_row, T* c, int64_t n,
              int64_t m, int64_t p, const T* start, const T* add_after) {
  const Operands s{m, p, a_row, a_col, b_row};
  if (m == 0) {  // empty sums; A and B may have no elements (and no storage) at all
    for (int64_t i = 0; i < n * p; ++i) {
      const T sum = start ? start[i] : T(0);
      c[i] = add_after ? sum + add_after[i] : sum;
    }
    return;
  }
  int64_t i0 = 0;
  for (; i0 + 2 <= n; i0 += 2) rows<T, 2>(a, b, c, s, i0, start);
  for (; i0 < n; ++i0) rows<T, 1>(a, b, c, s, i0, start);
  if (add_after) {
    for (int64_t i = 0; i < n * p; ++i) c[i] = c[i] + add_after[i];
  }
}

template void multiply<float>(const float*, int64_t, int64_t, const float*, int64_t, float*, int64_t,
                              int64_t, int64_t, const float*, const float*);
template void multiply<double>(const double*, int64_t, int64_t, const double*, int64_t, double*,
                               int64_t, int64_t, int64_t, const double*, const double*);

}  // namespace ag::gemm
