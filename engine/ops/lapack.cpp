// Reference LAPACK 3.11 and reference BLAS, routine by routine, in their loop order (see
// lapack.h). Each BLAS helper below is the reference routine's loop nest for the one case
// LAPACK calls it with; A(i, j) is element (i, j) of a column-major matrix, 0-based here.
#include "ops/lapack.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace ag::lapack {

namespace {

template <class T>
struct Matrix {
  T* data;
  int64_t ld;
  T& operator()(int64_t i, int64_t j) const { return data[i + j * ld]; }
  Matrix block(int64_t i, int64_t j) const { return {data + i + j * ld, ld}; }
};

// dlaswp: row interchanges k1..k2 (0-based, inclusive) of ipiv (1-based values, relative to row 0).
template <class T>
void laswp(int64_t ncols, Matrix<T> a, int64_t k1, int64_t k2, const int64_t* ipiv) {
  for (int64_t i = k1; i <= k2; ++i) {
    const int64_t ip = ipiv[i] - 1;
    if (ip == i) continue;
    for (int64_t j = 0; j < ncols; ++j) std::swap(a(i, j), a(ip, j));
  }
}

// dlaswp with incx = -1: the same interchanges undone, last first.
template <class T>
void laswp_reverse(int64_t ncols, Matrix<T> a, int64_t k1, int64_t k2, const int64_t* ipiv) {
  for (int64_t i = k2; i >= k1; --i) {
    const int64_t ip = ipiv[i] - 1;
    if (ip == i) continue;
    for (int64_t j = 0; j < ncols; ++j) std::swap(a(i, j), a(ip, j));
  }
}

// dtrsm Left, Lower, NoTrans: B := inv(A) B (unit: A's diagonal taken as 1).
template <class T>
void trsm_left_lower(bool unit, int64_t m, int64_t n, Matrix<T> a, Matrix<T> b) {
  for (int64_t j = 0; j < n; ++j) {
    for (int64_t k = 0; k < m; ++k) {
      if (b(k, j) == T(0)) continue;
      if (!unit) b(k, j) = b(k, j) / a(k, k);
      for (int64_t i = k + 1; i < m; ++i) b(i, j) = b(i, j) - b(k, j) * a(i, k);
    }
  }
}

// dtrsm Left, Upper, NoTrans, NonUnit: B := inv(A) B.
template <class T>
void trsm_left_upper(int64_t m, int64_t n, Matrix<T> a, Matrix<T> b) {
  for (int64_t j = 0; j < n; ++j) {
    for (int64_t k = m - 1; k >= 0; --k) {
      if (b(k, j) == T(0)) continue;
      b(k, j) = b(k, j) / a(k, k);
      for (int64_t i = 0; i < k; ++i) b(i, j) = b(i, j) - b(k, j) * a(i, k);
    }
  }
}

// dtrsm Left, Upper, Trans, NonUnit: B := inv(A^T) B.
template <class T>
void trsm_left_upper_trans(int64_t m, int64_t n, Matrix<T> a, Matrix<T> b) {
  for (int64_t j = 0; j < n; ++j) {
    for (int64_t i = 0; i < m; ++i) {
      T temp = b(i, j);
      for (int64_t k = 0; k < i; ++k) temp = temp - a(k, i) * b(k, j);
      b(i, j) = temp / a(i, i);
    }
  }
}

// dtrsm Left, Lower, Trans, Unit: B := inv(A^T) B.
template <class T>
void trsm_left_lower_trans_unit(int64_t m, int64_t n, Matrix<T> a, Matrix<T> b) {
  for (int64_t j = 0; j < n; ++j) {
    for (int64_t i = m - 1; i >= 0; --i) {
      T temp = b(i, j);
      for (int64_t k = i + 1; k < m; ++k) temp = temp - a(k, i) * b(k, j);
      b(i, j) = temp;
    }
  }
}

// dtrsm Right, Lower, Trans, NonUnit: B := B inv(A^T).
template <class T>
void trsm_right_lower_trans(int64_t m, int64_t n, Matrix<T> a, Matrix<T> b) {
  for (int64_t k = 0; k < n; ++k) {
    const T temp = T(1) / a(k, k);
    for (int64_t i = 0; i < m; ++i) b(i, k) = temp * b(i, k);
    for (int64_t j = k + 1; j < n; ++j) {
      if (a(j, k) == T(0)) continue;
      const T t = a(j, k);
      for (int64_t i = 0; i < m; ++i) b(i, j) = b(i, j) - t * b(i, k);
    }
  }
}

// dgemm NoTrans, NoTrans with alpha = -1, beta = 1: C := C - A B.
template <class T>
void gemm_minus(int64_t m, int64_t n, int64_t k, Matrix<T> a, Matrix<T> b, Matrix<T> c) {
  for (int64_t j = 0; j < n; ++j) {
    for (int64_t l = 0; l < k; ++l) {
      const T temp = -b(l, j);
      for (int64_t i = 0; i < m; ++i) c(i, j) = c(i, j) + temp * a(i, l);
    }
  }
}

// dsyrk Lower, NoTrans with alpha = -1, beta = 1: C := C - A A^T (lower triangle).
template <class T>
void syrk_lower_minus(int64_t n, int64_t k, Matrix<T> a, Matrix<T> c) {
  for (int64_t j = 0; j < n; ++j) {
    for (int64_t l = 0; l < k; ++l) {
      if (a(j, l) == T(0)) continue;
      const T temp = -a(j, l);
      for (int64_t i = j; i < n; ++i) c(i, j) = c(i, j) + temp * a(i, l);
    }
  }
}

// dnrm2 (3.10's Blue's algorithm): sums of squares in three ranges, scaled apart so that neither
// overflow nor underflow loses the result.
template <class T>
T nrm2(int64_t n, const T* x) {
  constexpr int digits = std::numeric_limits<T>::digits;
  // la_constants.f90 (numeric_limits' exponents follow Fortran's minexponent/maxexponent).
  const T tsml = std::ldexp(T(1), static_cast<int>(std::ceil((std::numeric_limits<T>::min_exponent - 1) * 0.5)));
  const T tbig = std::ldexp(T(1), static_cast<int>(std::floor((std::numeric_limits<T>::max_exponent - digits + 1) * 0.5)));
  const T ssml = std::ldexp(T(1), -static_cast<int>(std::floor((std::numeric_limits<T>::min_exponent - digits) * 0.5)));
  const T sbig = std::ldexp(T(1), -static_cast<int>(std::ceil((std::numeric_limits<T>::max_exponent + digits - 1) * 0.5)));
  T asml = 0, amed = 0, abig = 0;
  bool notbig = true;
  for (int64_t i = 0; i < n; ++i) {
    const T ax = std::abs(x[i]);
    if (ax > tbig) {
      abig += (ax * sbig) * (ax * sbig);
      notbig = false;
    } else if (ax < tsml) {
      if (notbig) asml += (ax * ssml) * (ax * ssml);
    } else {
      amed += ax * ax;
    }
  }
  T scl = 1, sumsq = 0;
  if (abig > T(0)) {
    if (amed > T(0) || std::isnan(amed)) abig += (amed * sbig) * sbig;
    scl = T(1) / sbig;
    sumsq = abig;
  } else if (asml > T(0)) {
    if (amed > T(0) || std::isnan(amed)) {
      const T ymed = std::sqrt(amed);
      const T ysml = std::sqrt(asml) / ssml;
      const T ymin = std::min(ymed, ysml), ymax = std::max(ymed, ysml);
      scl = 1;
      sumsq = ymax * ymax * (T(1) + (ymin / ymax) * (ymin / ymax));
    } else {
      scl = T(1) / ssml;
      sumsq = asml;
    }
  } else {
    scl = 1;
    sumsq = amed;
  }
  return scl * std::sqrt(sumsq);
}

// dlapy2: sqrt(x^2 + y^2) without overflow.
template <class T>
T lapy2(T x, T y) {
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  const T xabs = std::abs(x), yabs = std::abs(y);
  const T w = std::max(xabs, yabs), z = std::min(xabs, yabs);
  if (z == T(0) || w > std::numeric_limits<T>::max()) return w;
  return w * std::sqrt(T(1) + (z / w) * (z / w));
}

// dlarfg: the reflector H = I - tau v v^T with H [alpha; x] = [beta; 0], v = [1; x'] (x' over x).
template <class T>
void larfg(int64_t n, T& alpha, T* x, T& tau) {
  if (n <= 1) {
    tau = 0;
    return;
  }
  T xnorm = nrm2(n - 1, x);
  if (xnorm == T(0)) {
    tau = 0;
    return;
  }
  T beta = -std::copysign(lapy2(alpha, xnorm), alpha);
  const T safmin = std::numeric_limits<T>::min() / (std::numeric_limits<T>::epsilon() * T(0.5));
  int knt = 0;
  if (std::abs(beta) < safmin) {
    const T rsafmn = T(1) / safmin;
    do {
      ++knt;
      for (int64_t i = 0; i < n - 1; ++i) x[i] *= rsafmn;
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (std::abs(beta) < safmin && knt < 20);
    xnorm = nrm2(n - 1, x);
    beta = -std::copysign(lapy2(alpha, xnorm), alpha);
  }
  tau = (beta - alpha) / beta;
  const T scale = T(1) / (alpha - beta);
  for (int64_t i = 0; i < n - 1; ++i) x[i] = scale * x[i];
  for (int j = 0; j < knt; ++j) beta *= safmin;
  alpha = beta;
}

// dlarf Left: C := (I - tau v v^T) C for the m x n block C, v of length m.
template <class T>
void larf_left(int64_t m, int64_t n, const T* v, T tau, Matrix<T> c, std::vector<T>& work) {
  if (tau == T(0)) return;
  int64_t lastv = m;
  while (lastv > 0 && v[lastv - 1] == T(0)) --lastv;
  // iladlc: the last column of C(0:lastv, :) with a non-zero.
  int64_t lastc = n;
  while (lastc > 0) {
    bool nonzero = false;
    for (int64_t i = 0; i < lastv && !nonzero; ++i) nonzero = c(i, lastc - 1) != T(0);
    if (nonzero) break;
    --lastc;
  }
  if (lastv == 0) return;
  work.assign(static_cast<size_t>(lastc), T(0));
  // dgemv Trans: w := C^T v.
  for (int64_t j = 0; j < lastc; ++j) {
    T temp = 0;
    for (int64_t i = 0; i < lastv; ++i) temp = temp + c(i, j) * v[i];
    work[static_cast<size_t>(j)] = work[static_cast<size_t>(j)] + temp;
  }
  // dger: C := C - tau v w^T.
  for (int64_t j = 0; j < lastc; ++j) {
    if (work[static_cast<size_t>(j)] == T(0)) continue;
    const T temp = -tau * work[static_cast<size_t>(j)];
    for (int64_t i = 0; i < lastv; ++i) c(i, j) = c(i, j) + v[i] * temp;
  }
}

template <class T>
int64_t getrf2(int64_t m, int64_t n, Matrix<T> a, int64_t* ipiv) {
  if (m == 0 || n == 0) return 0;
  if (m == 1) {
    ipiv[0] = 1;
    return a(0, 0) == T(0) ? 1 : 0;
  }
  if (n == 1) {
    // idamax: the first largest |a(i, 0)|.
    int64_t p = 0;
    for (int64_t i = 1; i < m; ++i) {
      if (std::abs(a(i, 0)) > std::abs(a(p, 0))) p = i;
    }
    ipiv[0] = p + 1;
    if (a(p, 0) == T(0)) return 1;
    if (p != 0) std::swap(a(0, 0), a(p, 0));
    if (std::abs(a(0, 0)) >= std::numeric_limits<T>::min()) {
      const T r = T(1) / a(0, 0);
      for (int64_t i = 1; i < m; ++i) a(i, 0) = r * a(i, 0);
    } else {
      for (int64_t i = 1; i < m; ++i) a(i, 0) = a(i, 0) / a(0, 0);
    }
    return 0;
  }
  const int64_t n1 = std::min(m, n) / 2, n2 = n - n1;
  int64_t info = 0;
  int64_t iinfo = getrf2(m, n1, a, ipiv);
  if (info == 0 && iinfo > 0) info = iinfo;
  laswp(n2, a.block(0, n1), 0, n1 - 1, ipiv);
  trsm_left_lower(true, n1, n2, a, a.block(0, n1));
  gemm_minus(m - n1, n2, n1, a.block(n1, 0), a.block(0, n1), a.block(n1, n1));
  iinfo = getrf2(m - n1, n2, a.block(n1, n1), ipiv + n1);
  if (info == 0 && iinfo > 0) info = iinfo + n1;
  for (int64_t i = n1; i < std::min(m, n); ++i) ipiv[i] += n1;
  laswp(n1, a, n1, std::min(m, n) - 1, ipiv);
  return info;
}

template <class T>
int64_t potrf2_lower(int64_t n, Matrix<T> a) {
  if (n == 0) return 0;
  if (n == 1) {
    if (a(0, 0) <= T(0) || std::isnan(a(0, 0))) return 1;
    a(0, 0) = std::sqrt(a(0, 0));
    return 0;
  }
  const int64_t n1 = n / 2, n2 = n - n1;
  if (int64_t info = potrf2_lower(n1, a)) return info;
  trsm_right_lower_trans(n2, n1, a, a.block(n1, 0));
  syrk_lower_minus(n2, n1, a.block(n1, 0), a.block(n1, n1));
  if (int64_t info = potrf2_lower(n2, a.block(n1, n1))) return info + n1;
  return 0;
}

}  // namespace

template <class T>
int64_t getrf(int64_t m, int64_t n, T* a, int64_t lda, int64_t* ipiv) {
  return getrf2(m, n, Matrix<T>{a, lda}, ipiv);
}

template <class T>
void getrs(bool transpose, int64_t n, int64_t nrhs, const T* lu, int64_t lda, const int64_t* ipiv, T* b, int64_t ldb) {
  Matrix<T> A{const_cast<T*>(lu), lda}, B{b, ldb};
  if (!transpose) {
    laswp(nrhs, B, 0, n - 1, ipiv);
    trsm_left_lower(true, n, nrhs, A, B);
    trsm_left_upper(n, nrhs, A, B);
  } else {
    trsm_left_upper_trans(n, nrhs, A, B);
    trsm_left_lower_trans_unit(n, nrhs, A, B);
    laswp_reverse(nrhs, B, 0, n - 1, ipiv);
  }
}

template <class T>
int64_t potrf_lower(int64_t n, T* a, int64_t lda) {
  return potrf2_lower(n, Matrix<T>{a, lda});
}

template <class T>
void geqrf(int64_t m, int64_t n, T* a, int64_t lda, T* tau) {
  Matrix<T> A{a, lda};
  std::vector<T> work;
  const int64_t k = std::min(m, n);
  for (int64_t i = 0; i < k; ++i) {
    larfg(m - i, A(i, i), &A(std::min(i + 1, m - 1), i), tau[i]);
    if (i + 1 < n) {
      const T aii = A(i, i);
      A(i, i) = 1;
      larf_left(m - i, n - i - 1, &A(i, i), tau[i], A.block(i, i + 1), work);
      A(i, i) = aii;
    }
  }
}

template <class T>
void orgqr(int64_t m, int64_t n, int64_t k, T* a, int64_t lda, const T* tau) {
  Matrix<T> A{a, lda};
  std::vector<T> work;
  for (int64_t j = k; j < n; ++j) {
    for (int64_t l = 0; l < m; ++l) A(l, j) = 0;
    A(j, j) = 1;
  }
  for (int64_t i = k - 1; i >= 0; --i) {
    if (i + 1 < n) {
      A(i, i) = 1;
      larf_left(m - i, n - i - 1, &A(i, i), tau[i], A.block(i, i + 1), work);
    }
    if (i + 1 < m) {
      for (int64_t l = i + 1; l < m; ++l) A(l, i) = -tau[i] * A(l, i);
    }
    A(i, i) = T(1) - tau[i];
    for (int64_t l = 0; l < i; ++l) A(l, i) = 0;
  }
}

#define AG_LAPACK_INSTANTIATE(T)                                                                   \
  template int64_t getrf<T>(int64_t, int64_t, T*, int64_t, int64_t*);                              \
  template void getrs<T>(bool, int64_t, int64_t, const T*, int64_t, const int64_t*, T*, int64_t); \
  template int64_t potrf_lower<T>(int64_t, T*, int64_t);                                           \
  template void geqrf<T>(int64_t, int64_t, T*, int64_t, T*);                                       \
  template void orgqr<T>(int64_t, int64_t, int64_t, T*, int64_t, const T*);
AG_LAPACK_INSTANTIATE(float)
AG_LAPACK_INSTANTIATE(double)
#undef AG_LAPACK_INSTANTIATE

}  // namespace ag::lapack
