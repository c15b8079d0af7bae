// branred.cpp — argument reduction by pi/2 for huge arguments, bit for bit glibc 2.36's __branred
// (sysdeps/ieee754/dbl-64/branred.c). glibc does not build an FMA variant of this file (the
// multiarch Makefile renames only the callers), and libm.so.6's __branred contains no fused
// instruction, so nothing here is fused either.
#include <cmath>
#include <cstdint>

#include "libm/glibc_double_detail.h"

namespace ag::glibc::detail {

namespace {

// glibc 2.36 sysdeps/ieee754/dbl-64/branred.h: 2/pi in base 2^24, most significant digit first
// (digit i weighs 2^(-24 (i+1))). tests/libm/generate_tables.py rederives them from pi.
constexpr double kTwoOverPiDigits[75] = {
    10680707.0, 7228996.0,  1387004.0,  2578385.0,  16069853.0, 12639074.0, 9804092.0,  4427841.0,
    16666979.0, 11263675.0, 12935607.0, 2387514.0,  4345298.0,  14681673.0, 3074569.0,  13734428.0,
    16653803.0, 1880361.0,  10960616.0, 8533493.0,  3062596.0,  8710556.0,  7349940.0,  6258241.0,
    3772886.0,  3769171.0,  3798172.0,  8675211.0,  12450088.0, 3874808.0,  9961438.0,  366607.0,
    15675153.0, 9132554.0,  7151469.0,  3571407.0,  2607881.0,  12013382.0, 4155038.0,  6285869.0,
    7677882.0,  13102053.0, 15825725.0, 473591.0,   9065106.0,  15363067.0, 6271263.0,  9264392.0,
    5636912.0,  4652155.0,  7056368.0,  13614112.0, 10155062.0, 1944035.0,  9527646.0,  15080200.0,
    6658437.0,  6231200.0,  6832269.0,  16767104.0, 5075751.0,  3212806.0,  1398474.0,  7579849.0,
    6349435.0,  12618859.0, 4703257.0,  12806093.0, 14477321.0, 2786137.0,  12875403.0, 9837734.0,
    14528324.0, 13719321.0, 343717.0};

constexpr double kSplit = 0x1.0000002p27;     // 2^27 + 1: Veltkamp splitting into 26 + 27 bits
constexpr double kRoundInt = 0x1.8p52;        // (v + it) - it rounds v to an integer
constexpr double kRoundMultipleOf4 = 0x1.8p54;  // ... to a multiple of 4
constexpr double kHalfPiHi = 0x1.921fb54442d18p0;
constexpr double kHalfPiLo = 0x1.1a62633145c07p-54;
// pi/2 split so that t1 * kHalfPi1 and t1 * kHalfPi2 are exact for 26-bit t1 (branred.h's mp1,
// mp2; mp2 differs from the s_sin.c constant of the same name).
constexpr double kHalfPi1 = 0x1.921fb58000000p0;
constexpr double kHalfPi2 = -0x1.dde9740000000p-27;

struct Partial {
  double b, bb, sum;  // frac part b + bb of x * 2/pi (in quarter turns), integer part sum mod 4
};

// x * 2/pi for one half of the split argument, using only the digits of 2/pi that matter.
Partial times_two_over_pi(double x) {
  int k = (high_word(x) >> 20) & 2047;
  k = (k - 450) / 24;  // C's truncating division, as glibc
  if (k < 0) k = 0;
  // 2^(576 - 24k): x was scaled by 2^-600, the digits start at 2^(-24 (k+1)).
  const std::uint32_t high = 0x63f00000u - static_cast<std::uint32_t>((k * 24) << 20);
  double scale = as_double(static_cast<std::uint64_t>(high) << 32);
  double r[6];
  for (int i = 0; i < 6; ++i) {
    r[i] = x * kTwoOverPiDigits[k + i] * scale;
    scale *= 0x1p-24;
  }
  double sum = 0;
  for (int i = 0; i < 3; ++i) {
    const double s = (r[i] + kRoundInt) - kRoundInt;
    sum += s;
    r[i] -= s;
  }
  double t = 0;
  for (int i = 0; i < 6; ++i) t += r[5 - i];
  double bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
  double s = (t + kRoundInt) - kRoundInt;
  sum += s;
  t -= s;
  const double b = t + bb;
  bb = (t - b) + bb;
  s = (sum + kRoundMultipleOf4) - kRoundMultipleOf4;
  sum -= s;
  return {b, bb, sum};
}

}  // namespace

int reduce_pi_over_2_large(double x, double* a, double* aa) {
  x *= 0x1p-600;
  const double t0 = x * kSplit;
  const double x1 = t0 - (t0 - x);
  const double x2 = x - x1;
  const Partial p1 = times_two_over_pi(x1);
  const Partial p2 = times_two_over_pi(x2);

  double sum = p1.sum + p2.sum;
  double b = p1.b + p2.b;
  double bb = (std::fabs(p1.b) > std::fabs(p2.b)) ? (p1.b - b) + p2.b : (p2.b - b) + p1.b;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  double s = b + (bb + p1.bb + p2.bb);
  double t = ((b - s) + bb) + (p1.bb + p2.bb);
  // (s + t) * pi/2 in double-double, with s split so that its products with pi/2's parts are exact.
  b = s * kSplit;
  const double t1 = b - (b - s);
  const double t2 = s - t1;
  b = s * kHalfPiHi;
  bb = (((t1 * kHalfPi1 - b) + t1 * kHalfPi2) + t2 * kHalfPi1) +
       (t2 * kHalfPi2 + s * kHalfPiLo + t * kHalfPiHi);
  s = b + bb;
  t = (b - s) + bb;
  *a = s;
  *aa = t;
  return static_cast<int>(sum) & 3;
}

}  // namespace ag::glibc::detail
