// tan.cpp — tangent, bit for bit glibc 2.36's __tan_fma (sysdeps/ieee754/dbl-64/s_tan.c compiled
// with -mfma -mavx2). See glibc_double.h for why.
//
// Algorithm (IBM Accurate Mathematical Library, without the slow paths glibc removed in 2.34):
// tiny |x|: x; |x| <= 0.0608: an odd polynomial; |x| <= 0.787: x = x_i + z with tan x_i = F and
// 1/tan x_i = G from a table, tan x = F + p (F + G) / (G - p) where p ~ tan z. Larger |x| are
// reduced to a + da = x - n pi/2 (in three ways, by size); odd n gives -cot(a + da), computed
// as -1/tan(a + da) in double-double for small |a| and as -(G - p (F + G) / (F + p)) otherwise.
//
// Every std::fma below stands where the machine code of __tan_fma has a vfmadd, vfnmadd or
// vfmsub; where one product feeds two sums (da = xn * mp3), each sum fuses its own copy.
#include <cmath>
#include <cstdint>

#include "libm/glibc_double.h"
#include "libm/glibc_double_detail.h"
#include "libm/tables.h"

namespace ag::glibc {

using namespace detail;

namespace {

// glibc's utan.h.
constexpr double kD3 = 0x1.5555555555555p-2;  // tan x = x + x^3 (d3 + x^2 (d5 + ... d11))
constexpr double kD5 = 0x1.11111111107c6p-3;
constexpr double kD7 = 0x1.ba1ba1cdb8745p-5;
constexpr double kD9 = 0x1.664ed49cfc666p-6;
constexpr double kD11 = 0x1.2385a3cf2e4eap-7;
constexpr double kE0 = 0x1.5555555554dbdp-2;  // tan z ~ z + z^3 (e0 + z^2 e1) for |z| < 1/512
constexpr double kE1 = 0x1.11112e0a6b45fp-3;
constexpr double kMinusFifteenHalf = -15.5;    // (int)(256 w - 15.5) picks the table row
constexpr double kTiny = 0x1.b096cp-27;        // g1 ~ 1.259e-8
constexpr double kSmall = 0x1.f212dp-5;        // g2 = gy2 ~ 0.0608
constexpr double kTableMax = 0x1.92f1ap-1;     // g3 ~ 0.787
constexpr double kMedium = 25.0;               // g4
constexpr double kLarge = 0x1.7d784p26;        // g5 = 1e8
constexpr double kHalfPi1 = 0x1.921fb58000000p0;  // mp1 + mp2 + mp3 = pi/2 (|x| <= 25)
constexpr double kHalfPi2 = -0x1.dde973c000000p-27;
constexpr double kHalfPi3 = -0x1.cb3b399d747f2p-55;
constexpr double kHalfPi3Hi = -0x1.cb3b398000000p-55;  // pp3 + pp4 = mp3 + more bits (|x| <= 1e8)
constexpr double kHalfPi4 = -0x1.d747f23e32ed7p-83;
constexpr double kTwoOverPi = 0x1.45f306dc9c883p-1;
constexpr double kRoundInt = 0x1.8p52;

// Dekker's exact sum: hi + lo = x + y (dla.h's EADD).
void exact_add(double x, double y, double* hi, double* lo) {
  *hi = x + y;
  *lo = (std::fabs(x) > std::fabs(y)) ? ((x - *hi) + y) : ((y - *hi) + x);
}

// d3 + x2 (d5 + x2 (d7 + x2 (d9 + x2 d11))), each step fused.
double odd_poly(double x2) {
  double t = std::fma(x2, kD11, kD9);
  t = std::fma(x2, t, kD7);
  t = std::fma(x2, t, kD5);
  return std::fma(x2, t, kD3);
}

// tan(a + da) (n even) or -cot(a + da) (n odd) for |a| <= 0.787 after a reduction.
double tan_reduced(double a, double da, int n) {
  double ya = a, yya = da, sy = 1.0;
  if (a < 0.0) {
    ya = -a;
    yya = -da;
    sy = -1.0;
  }
  if (ya <= kSmall) {
    const double a2 = a * a;
    const double t2 = std::fma(a * a2, odd_poly(a2), da);
    if (!n) return a + t2;
    // -1 / (b + db) in double-double (dla.h's DIV2 with its FMA product), then rounded.
    double b, db;
    exact_add(a, t2, &b, &db);
    const double c = 1.0 / b;
    const double u = c * b;
    const double uu = std::fma(c, b, -u);
    const double cc = std::fma(-c, db, ((1.0 - u) - uu) + 0.0) / b;
    const double z = c + cc;
    const double zz = (c - z) + cc;
    return -(z + zz);
  }
  const int i = static_cast<int>(std::fma(256.0, ya, kMinusFifteenHalf));
  const double z = (ya - as_double(kTanTable[i][0])) + yya;
  const double z2 = z * z;
  const double pz = std::fma(z * z2, std::fma(z2, kE1, kE0), z);
  const double fi = as_double(kTanTable[i][1]);
  const double gi = as_double(kTanTable[i][2]);
  if (n) {
    const double t2 = pz * (fi + gi) / (fi + pz);
    return (-sy) * (gi - t2);
  }
  const double t2 = pz * (gi + fi) / (gi - pz);
  return sy * (fi + t2);
}

}  // namespace

double tan(double x) {
  if ((high_word(x) & 0x7ff00000) == 0x7ff00000) return x - x;  // inf or nan
  const double w = (x < 0.0) ? -x : x;
  if (w <= kTiny) return x;
  if (w <= kSmall) {
    const double x2 = x * x;
    return std::fma(x * x2, odd_poly(x2), x);
  }
  if (w <= kTableMax) {
    const int i = static_cast<int>(std::fma(256.0, w, kMinusFifteenHalf));
    const double z = w - as_double(kTanTable[i][0]);
    const double z2 = z * z;
    const double s = (x < 0.0) ? -1.0 : 1.0;
    const double pz = std::fma(z * z2, std::fma(z2, kE1, kE0), z);
    const double fi = as_double(kTanTable[i][1]);
    const double gi = as_double(kTanTable[i][2]);
    const double t2 = pz * (gi + fi) / (gi - pz);
    return s * (fi + t2);
  }
  double a, da;
  int n;
  if (w <= kMedium) {
    // x - n pi/2 with pi/2 in three parts; the product xn * mp3 is fused into both its uses.
    const double t = std::fma(x, kTwoOverPi, kRoundInt);
    const double xn = t - kRoundInt;
    n = low_word(t) & 1;
    const double t1 = std::fma(-xn, kHalfPi2, std::fma(-xn, kHalfPi1, x));
    a = std::fma(-xn, kHalfPi3, t1);
    da = std::fma(-xn, kHalfPi3, t1 - a);
  } else {
    if (w <= kLarge) {
      // Four parts of pi/2; xn * pp3 and xn * pp4 are each fused into both their uses.
      const double t = std::fma(x, kTwoOverPi, kRoundInt);
      const double xn = t - kRoundInt;
      n = low_word(t) & 1;
      const double t1 = std::fma(-xn, kHalfPi2, std::fma(-xn, kHalfPi1, x));
      const double t3 = std::fma(-xn, kHalfPi3Hi, t1);
      const double d = std::fma(-xn, kHalfPi3Hi, t1 - t3);
      const double r = std::fma(-xn, kHalfPi4, t3);
      da = d + std::fma(-xn, kHalfPi4, t3 - r);
      a = r;
    } else {
      n = reduce_pi_over_2_large(x, &a, &da) & 1;
    }
    double hi, lo;
    exact_add(a, da, &hi, &lo);
    a = hi;
    da = lo;
  }
  return tan_reduced(a, da, n);
}

}  // namespace ag::glibc
