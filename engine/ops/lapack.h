// The LAPACK routines torch.linalg calls, written again in the reference LAPACK's order of
// operations (netlib 3.11, which Debian's PyTorch links; its BLAS is the reference BLAS too), so
// that float32 results round as PyTorch's do. Matrices are column-major with a leading
// dimension, as LAPACK sees them; T is float or double. Pivots are 1-based, as LAPACK's.
#pragma once

#include <cstdint>

namespace ag::lapack {

// getrf: A = P L U with partial pivoting (dgetrf2's recursive splitting, which dgetrf uses for
// every matrix up to 64 columns). Returns info: 0, or the 1-based index of the first zero pivot.
template <class T>
int64_t getrf(int64_t m, int64_t n, T* a, int64_t lda, int64_t* ipiv);

// getrs: solves A X = B (transpose: A^T X = B) for nrhs columns, from getrf's factors.
template <class T>
void getrs(bool transpose, int64_t n, int64_t nrhs, const T* lu, int64_t lda, const int64_t* ipiv, T* b, int64_t ldb);

// potrf, lower: A = L L^T (dpotrf2's recursion). Returns info: 0, or the order of the first
// leading minor that is not positive definite.
template <class T>
int64_t potrf_lower(int64_t n, T* a, int64_t lda);

// geqrf: A = Q R by Householder reflections (dgeqr2: dlarfg, dlarf); tau holds min(m, n) scalars.
template <class T>
void geqrf(int64_t m, int64_t n, T* a, int64_t lda, T* tau);
// orgqr: the first n columns of Q from geqrf's reflectors (dorg2r), in place; k reflectors.
template <class T>
void orgqr(int64_t m, int64_t n, int64_t k, T* a, int64_t lda, const T* tau);

}  // namespace ag::lapack
