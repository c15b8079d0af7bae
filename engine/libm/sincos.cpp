// sincos.cpp — sine and cosine, bit for bit glibc 2.36's __sin_fma and __cos_fma
// (sysdeps/ieee754/dbl-64/s_sin.c compiled with -mfma -mavx2). See glibc_double.h for why.
//
// Algorithm (IBM Accurate Mathematical Library): reduce x to a + da with |a + da| <= pi/4 and a
// quadrant n (by pi/2 in three parts below 105414350, by __branred above); then with
// a = x_i + z, x_i = i/128 from a table of sin x_i and cos x_i in double-double,
//   sin a = sin x_i cos z + cos x_i sin z,  cos a = cos x_i cos z - sin x_i sin z
// with short polynomials for sin z and cos z - 1. Below |a| < 0.126 sin uses a Taylor
// polynomial instead.
//
// Every std::fma below stands where the machine code of __sin_fma / __cos_fma has a vfmadd,
// vfnmadd or vfmsub. Where glibc adds two products (c = x*dx + xx*p), GCC fuses the first one
// and rounds the second; where one product feeds two sums (reduce_medium's t1), each sum gets its
// own fused copy of the product.
#include <cmath>
#include <cstdint>

#include "libm/glibc_double.h"
#include "libm/glibc_double_detail.h"
#include "libm/tables.h"

namespace ag::glibc {

using namespace detail;

namespace {

// glibc's usncs.h and s_sin.c.
constexpr double kS1 = -0x1.5555555555555p-3;  // Taylor coefficients of sin, ~ -1/3!, 1/5!, ...
constexpr double kS2 = 0x1.1111111110ECEp-7;
constexpr double kS3 = -0x1.A01A019DB08B8p-13;
constexpr double kS4 = 0x1.71DE27B9A7ED9p-19;
constexpr double kS5 = -0x1.ADDFFC2FCDF59p-26;
constexpr double kSn3 = -1.66666666666664880952546298448555E-01;  // sin z = z + z^3 (sn3 + z^2 sn5)
constexpr double kSn5 = 8.33333214285722277379541354343671E-03;
constexpr double kCs2 = 4.99999999999999999999950396842453E-01;  // 1 - cos z = z^2 (cs2 + ...)
constexpr double kCs4 = -4.16666666666664434524222570944589E-02;
constexpr double kCs6 = 1.38888874007937613028114285595617E-03;
constexpr double kBig = 0x1.8p45;  // big + |x| rounds |x| to a multiple of 1/128, index in low bits
constexpr double kHalfPiHi = 0x1.921FB54442D18p0;  // hp0 + hp1 = pi/2
constexpr double kHalfPiLo = 0x1.1A62633145C07p-54;
constexpr double kHalfPi1 = 0x1.921FB58000000p0;  // mp1 + mp2 + pp3 + pp4 = pi/2, for reduce_medium
constexpr double kHalfPi2 = -0x1.DDE973C000000p-27;
constexpr double kHalfPi3 = -0x1.CB3B398000000p-55;
constexpr double kHalfPi4 = -0x1.d747f23e32ed7p-83;
constexpr double kTwoOverPi = 0x1.45F306DC9C883p-1;
constexpr double kRoundInt = 0x1.8p52;

struct TableRow {
  double sn, ssn, cs, ccs;
};

// The row for |x| rounded to a multiple of 1/128; *z gets the remainder |x| - x_i (exact).
TableRow table_row(double abs_x, double* z) {
  const double u = kBig + abs_x;
  *z = abs_x - (u - kBig);
  const int k = low_word(u) << 2;
  return {as_double(kSinCosTable[k]), as_double(kSinCosTable[k + 1]), as_double(kSinCosTable[k + 2]),
          as_double(kSinCosTable[k + 3])};
}

// cos(x + dx) (glibc's do_cos).
double cos_of_sum(double x, double dx) {
  if (x < 0) dx = -dx;
  double z;
  const TableRow t = table_row(std::fabs(x), &z);
  z = z + dx;
  const double zz = z * z;
  const double s = std::fma(z * zz, std::fma(zz, kSn5, kSn3), z);      // sin z
  const double c = zz * std::fma(zz, std::fma(zz, kCs6, kCs4), kCs2);  // 1 - cos z
  // cos(x_i + z) - cs = (ccs - s ssn - cs c) - sn s, each product fused in turn.
  const double cor = std::fma(-t.sn, s, std::fma(-t.cs, c, std::fma(-s, t.ssn, t.ccs)));
  return t.cs + cor;
}

// sin(x + dx) (glibc's do_sin).
double sin_of_sum(double x, double dx) {
  const double x_old = x;
  if (std::fabs(x) < 0.126) {
    // Taylor: x + ((P(xx) x - dx/2) xx + dx) with P(xx) = s1 + xx (s2 + xx (s3 + ...)).
    const double xx = x * x;
    const double p = std::fma(std::fma(std::fma(std::fma(kS5, xx, kS4), xx, kS3), xx, kS2), xx, kS1);
    const double t = std::fma(std::fma(p, x, -(0.5 * dx)), xx, dx);
    return x + t;
  }
  if (x <= 0) dx = -dx;
  double z;
  const TableRow t = table_row(std::fabs(x), &z);
  const double zz = z * z;
  const double s = z + std::fma(z * zz, std::fma(zz, kSn5, kSn3), dx);                // sin(z + dx)
  const double c = std::fma(z, dx, zz * std::fma(zz, std::fma(zz, kCs6, kCs4), kCs2));  // 1 - cos
  // sin(x_i + z) - sn = (ssn + s ccs - sn c) + cs s, each product fused in turn.
  const double cor = std::fma(t.cs, s, std::fma(-t.sn, c, std::fma(s, t.ccs, t.ssn)));
  return std::copysign(t.sn + cor, x_old);
}

// x = n pi/2 + (a + da) for |x| < 105414350, accurate to ~136 bits (glibc's reduce_sincos).
int reduce_medium(double x, double* a, double* da) {
  const double t = std::fma(x, kTwoOverPi, kRoundInt);
  const double xn = t - kRoundInt;
  const int n = low_word(t) & 3;
  const double y = std::fma(-xn, kHalfPi2, std::fma(-xn, kHalfPi1, x));
  // t1 = xn * pp3 feeds two sums; each is fused with its own copy of the product.
  const double t2 = std::fma(-xn, kHalfPi3, y);
  double db = std::fma(-xn, kHalfPi3, y - t2);
  // Likewise t1 = xn * pp4.
  const double b = std::fma(-xn, kHalfPi4, t2);
  db = db + std::fma(-xn, kHalfPi4, t2 - b);
  *a = b;
  *da = db;
  return n;
}

// sin (n even) or cos (n odd) of a + da, negated in quadrants 2 and 3 (glibc's do_sincos).
double in_quadrant(double a, double da, int n) {
  const double r = (n & 1) ? cos_of_sum(a, da) : sin_of_sum(a, da);
  return (n & 2) ? -r : r;
}

}  // namespace

double sin(double x) {
  const std::int32_t k = high_word(x) & 0x7fffffff;
  if (k < 0x3e500000) return x;  // |x| < 2^-26: sin x = x
  if (k < 0x3feb6000) return sin_of_sum(x, 0);  // |x| < 0.855469
  if (k < 0x400368fd) {
    // |x| < 2.426265: sin x = cos(pi/2 - |x|) with the sign of x.
    const double t = kHalfPiHi - std::fabs(x);
    return std::copysign(cos_of_sum(t, kHalfPiLo), x);
  }
  double a, da;
  if (k < 0x419921FB) {  // |x| < 105414350
    const int n = reduce_medium(x, &a, &da);
    return in_quadrant(a, da, n);
  }
  if (k < 0x7ff00000) {
    const int n = reduce_pi_over_2_large(x, &a, &da);
    return in_quadrant(a, da, n);
  }
  return x / x;  // inf or nan
}

double cos(double x) {
  const std::int32_t k = high_word(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1.0;  // |x| < 2^-27
  if (k < 0x3feb6000) return cos_of_sum(x, 0);  // |x| < 0.855469
  double a, da;
  if (k < 0x400368fd) {
    // |x| < 2.426265: cos x = sin(pi/2 - |x|), pi/2 - |x| in double-double.
    const double y = kHalfPiHi - std::fabs(x);
    a = y + kHalfPiLo;
    da = (y - a) + kHalfPiLo;
    return sin_of_sum(a, da);
  }
  if (k < 0x419921FB) {  // |x| < 105414350
    const int n = reduce_medium(x, &a, &da);
    return in_quadrant(a, da, n + 1);
  }
  if (k < 0x7ff00000) {
    const int n = reduce_pi_over_2_large(x, &a, &da);
    return in_quadrant(a, da, n + 1);
  }
  return x / x;  // inf or nan
}

}  // namespace ag::glibc
