// sleef_float_trig.cpp — sin/cos/tan and inverse-trig family of the scalar
// SLEEF 3.5.1 AVX2 float32 re-implementation (see sleef_float.h for why, in
// particular the 8-lane grouping of the argument reduction, and
// sleef_float_detail.h for the lane-level conventions).
//
// BUILD REQUIREMENT: compile with -ffp-contract=off (never -ffast-math); only
// the explicit std::fma calls may fuse. Verified bit-exact against
// libsleef.so.3 by tests/sleef/check_against_libsleef.cpp.

// Must be compiled with floating-point contraction off (see
// sleef_float_detail.h); the pragma below enforces it for GCC and Clang.
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <cstddef>

#include "ops/sleef_float.h"
#include "ops/sleef_float_detail.h"

namespace ag::sleef {

using namespace detail;

namespace {

// ---------------------------------------------------------------------------
// Payne-Hanek reduction table (SLEEF rempitabsp): for each exponent bucket
// four floats whose sum is a slice of 1/(2*pi) scaled so that the product
// with the argument keeps only the fractional bits that matter. Rows past 65
// belong to arguments pre-scaled by 2^-64.
// ---------------------------------------------------------------------------

// clang-format off
const float kRemPiTable[] = {
  0.159154892f, 5.112411827e-08f, 3.626141271e-15f, -2.036222915e-22f,
  0.03415493667f, 6.420638243e-09f, 7.342738037e-17f, 8.135951656e-24f,
  0.03415493667f, 6.420638243e-09f, 7.342738037e-17f, 8.135951656e-24f,
  0.002904943191f, -9.861969574e-11f, -9.839336547e-18f, -1.790215892e-24f,
  0.002904943191f, -9.861969574e-11f, -9.839336547e-18f, -1.790215892e-24f,
  0.002904943191f, -9.861969574e-11f, -9.839336547e-18f, -1.790215892e-24f,
  0.002904943191f, -9.861969574e-11f, -9.839336547e-18f, -1.790215892e-24f,
  0.0009518179577f, 1.342109202e-10f, 1.791623576e-17f, 1.518506657e-24f,
  0.0009518179577f, 1.342109202e-10f, 1.791623576e-17f, 1.518506657e-24f,
  0.0004635368241f, 1.779561221e-11f, 4.038449606e-18f, -1.358546052e-25f,
  0.0002193961991f, 1.779561221e-11f, 4.038449606e-18f, -1.358546052e-25f,
  9.73258866e-05f, 1.779561221e-11f, 4.038449606e-18f, -1.358546052e-25f,
  3.62907449e-05f, 3.243700447e-12f, 5.690024473e-19f, 7.09405479e-26f,
  5.773168596e-06f, 1.424711477e-12f, 1.3532163e-19f, 1.92417627e-26f,
  5.773168596e-06f, 1.424711477e-12f, 1.3532163e-19f, 1.92417627e-26f,
  5.773168596e-06f, 1.424711477e-12f, 1.3532163e-19f, 1.92417627e-26f,
  1.958472239e-06f, 5.152167755e-13f, 1.3532163e-19f, 1.92417627e-26f,
  5.112411827e-08f, 3.626141271e-15f, -2.036222915e-22f, 6.177847236e-30f,
  5.112411827e-08f, 3.626141271e-15f, -2.036222915e-22f, 6.177847236e-30f,
  5.112411827e-08f, 3.626141271e-15f, -2.036222915e-22f, 6.177847236e-30f,
  5.112411827e-08f, 3.626141271e-15f, -2.036222915e-22f, 6.177847236e-30f,
  5.112411827e-08f, 3.626141271e-15f, -2.036222915e-22f, 6.177847236e-30f,
  5.112411827e-08f, 3.626141271e-15f, -2.036222915e-22f, 6.177847236e-30f,
  2.132179588e-08f, 3.626141271e-15f, -2.036222915e-22f, 6.177847236e-30f,
  6.420638243e-09f, 7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f,
  6.420638243e-09f, 7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f,
  2.695347945e-09f, 7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f,
  8.327027956e-10f, 7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f,
  8.327027956e-10f, 7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f,
  3.670415083e-10f, 7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f,
  1.342109202e-10f, 1.791623576e-17f, 1.518506361e-24f, 2.613904e-31f,
  1.779561221e-11f, 4.038449606e-18f, -1.358545683e-25f, -3.443243946e-32f,
  1.779561221e-11f, 4.038449606e-18f, -1.358545683e-25f, -3.443243946e-32f,
  1.779561221e-11f, 4.038449606e-18f, -1.358545683e-25f, -3.443243946e-32f,
  3.243700447e-12f, 5.690024473e-19f, 7.094053557e-26f, 1.487136711e-32f,
  3.243700447e-12f, 5.690024473e-19f, 7.094053557e-26f, 1.487136711e-32f,
  3.243700447e-12f, 5.690024473e-19f, 7.094053557e-26f, 1.487136711e-32f,
  1.424711477e-12f, 1.3532163e-19f, 1.924175961e-26f, 2.545416018e-33f,
  5.152167755e-13f, 1.3532163e-19f, 1.924175961e-26f, 2.545416018e-33f,
  6.046956013e-14f, -2.036222915e-22f, 6.177846108e-30f, 1.082084378e-36f,
  6.046956013e-14f, -2.036222915e-22f, 6.177846108e-30f, 1.082084378e-36f,
  6.046956013e-14f, -2.036222915e-22f, 6.177846108e-30f, 1.082084378e-36f,
  3.626141271e-15f, -2.036222915e-22f, 6.177846108e-30f, 1.082084378e-36f,
  3.626141271e-15f, -2.036222915e-22f, 6.177846108e-30f, 1.082084378e-36f,
  3.626141271e-15f, -2.036222915e-22f, 6.177846108e-30f, 1.082084378e-36f,
  3.626141271e-15f, -2.036222915e-22f, 6.177846108e-30f, 1.082084378e-36f,
  7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f, 6.296048013e-40f,
  7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f, 6.296048013e-40f,
  7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f, 6.296048013e-40f,
  7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f, 6.296048013e-40f,
  7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f, 6.296048013e-40f,
  7.342738037e-17f, 8.135951656e-24f, -1.330400526e-31f, 6.296048013e-40f,
  1.791623576e-17f, 1.518506361e-24f, 2.61390353e-31f, 4.764937743e-38f,
  1.791623576e-17f, 1.518506361e-24f, 2.61390353e-31f, 4.764937743e-38f,
  4.038449606e-18f, -1.358545683e-25f, -3.443243946e-32f, 6.296048013e-40f,
  4.038449606e-18f, -1.358545683e-25f, -3.443243946e-32f, 6.296048013e-40f,
  5.690024473e-19f, 7.094053557e-26f, 1.487136711e-32f, 6.296048013e-40f,
  5.690024473e-19f, 7.094053557e-26f, 1.487136711e-32f, 6.296048013e-40f,
  5.690024473e-19f, 7.094053557e-26f, 1.487136711e-32f, 6.296048013e-40f,
  1.3532163e-19f, 1.924175961e-26f, 2.545415467e-33f, 6.296048013e-40f,
  1.3532163e-19f, 1.924175961e-26f, 2.545415467e-33f, 6.296048013e-40f,
  2.690143217e-20f, -1.452834402e-28f, -6.441077673e-36f, -1.764234767e-42f,
  2.690143217e-20f, -1.452834402e-28f, -6.441077673e-36f, -1.764234767e-42f,
  2.690143217e-20f, -1.452834402e-28f, -6.441077673e-36f, -1.764234767e-42f,
  1.334890502e-20f, -1.452834402e-28f, -6.441077673e-36f, -1.764234767e-42f,
  6.572641438e-21f, -1.452834402e-28f, -6.441077673e-36f, -1.764234767e-42f,
  0.05874381959f, 1.222115387e-08f, 7.693612965e-16f, 1.792054435e-22f,
  0.02749382704f, 4.77057327e-09f, 7.693612965e-16f, 1.792054435e-22f,
  0.01186883077f, 1.045283415e-09f, 3.252721926e-16f, 7.332633139e-23f,
  0.00405633077f, 1.045283415e-09f, 3.252721926e-16f, 7.332633139e-23f,
  0.000150081818f, -2.454155802e-12f, 1.161414894e-20f, 1.291319272e-27f,
  0.000150081818f, -2.454155802e-12f, 1.161414894e-20f, 1.291319272e-27f,
  0.000150081818f, -2.454155802e-12f, 1.161414894e-20f, 1.291319272e-27f,
  0.000150081818f, -2.454155802e-12f, 1.161414894e-20f, 1.291319272e-27f,
  0.000150081818f, -2.454155802e-12f, 1.161414894e-20f, 1.291319272e-27f,
  2.801149822e-05f, 4.821800945e-12f, 8.789757674e-19f, 1.208447639e-25f,
  2.801149822e-05f, 4.821800945e-12f, 8.789757674e-19f, 1.208447639e-25f,
  2.801149822e-05f, 4.821800945e-12f, 8.789757674e-19f, 1.208447639e-25f,
  1.275271279e-05f, 1.183823005e-12f, 1.161414894e-20f, 1.291319272e-27f,
  5.12331826e-06f, 1.183823005e-12f, 1.161414894e-20f, 1.291319272e-27f,
  1.308621904e-06f, 2.743283031e-13f, 1.161414894e-20f, 1.291319272e-27f,
  1.308621904e-06f, 2.743283031e-13f, 1.161414894e-20f, 1.291319272e-27f,
  3.549478151e-07f, 4.695462769e-14f, 1.161414894e-20f, 1.291319272e-27f,
  3.549478151e-07f, 4.695462769e-14f, 1.161414894e-20f, 1.291319272e-27f,
  1.165292645e-07f, 1.853292503e-14f, 4.837885366e-21f, 1.291319272e-27f,
  1.165292645e-07f, 1.853292503e-14f, 4.837885366e-21f, 1.291319272e-27f,
  5.69246339e-08f, 4.322073705e-15f, 1.449754789e-21f, 7.962890365e-29f,
  2.712231151e-08f, 4.322073705e-15f, 1.449754789e-21f, 7.962890365e-29f,
  1.222115387e-08f, 7.693612965e-16f, 1.792054182e-22f, 2.91418027e-29f,
  4.77057327e-09f, 7.693612965e-16f, 1.792054182e-22f, 2.91418027e-29f,
  1.045283415e-09f, 3.252721926e-16f, 7.332632508e-23f, 3.898253736e-30f,
  1.045283415e-09f, 3.252721926e-16f, 7.332632508e-23f, 3.898253736e-30f,
  1.139611461e-10f, 1.996093359e-17f, 5.344349223e-25f, 1.511644828e-31f,
  1.139611461e-10f, 1.996093359e-17f, 5.344349223e-25f, 1.511644828e-31f,
  1.139611461e-10f, 1.996093359e-17f, 5.344349223e-25f, 1.511644828e-31f,
  1.139611461e-10f, 1.996093359e-17f, 5.344349223e-25f, 1.511644828e-31f,
  5.575349904e-11f, 6.083145782e-18f, 5.344349223e-25f, 1.511644828e-31f,
  2.664967552e-11f, -8.557475018e-19f, -8.595036458e-26f, -2.139883875e-32f,
  1.209775682e-11f, 2.61369883e-18f, 5.344349223e-25f, 1.511644828e-31f,
  4.821800945e-12f, 8.789757674e-19f, 1.208447639e-25f, 3.253064536e-33f,
  1.183823005e-12f, 1.161414894e-20f, 1.29131908e-27f, 1.715766248e-34f,
  1.183823005e-12f, 1.161414894e-20f, 1.29131908e-27f, 1.715766248e-34f,
  2.743283031e-13f, 1.161414894e-20f, 1.29131908e-27f, 1.715766248e-34f,
};
// clang-format on

constexpr int kRemPiRows = static_cast<int>(sizeof(kRemPiTable) / sizeof(kRemPiTable[0]) / 4);
static_assert(kRemPiRows == 103, "rempitabsp covers exponent buckets 0..102");

// ---------------------------------------------------------------------------
// Trig argument reduction
// ---------------------------------------------------------------------------

// Cody-Waite split of pi used when every lane has |x| < 125 (PI_A2f..PI_C2f).
constexpr float kPiA2 = 3.1414794921875f;
constexpr float kPiB2 = 0.00011315941810607910156f;
constexpr float kPiC2 = 1.9841872589410058936e-09f;
constexpr float kTrigRangeMax2 = 125.0f;  // TRIGRANGEMAX2f

// Splits x into (x - 0.25*rint(4x), quadrant count); SLEEF rempisubf with
// FULL_FP_ROUNDING (AVX2 has a real round instruction).
struct RemSub {
  float frac;
  std::int32_t quadrants;
};

inline RemSub rem_pi_sub(float x) {
  const float y = std::nearbyint(x * 4.0f);
  const std::int32_t vi = trunc_to_int32(y - std::nearbyint(x) * 4.0f);
  return {x - y * 0.25f, vi};
}

struct Reduced {
  F2 r;           // reduced argument in radians, as df
  std::int32_t q; // quadrant count (mod 4 is what matters)
};

// Payne-Hanek style reduction of a by pi/2 (SLEEF rempif).
Reduced rem_pi(float a) {
  std::int32_t ex = ilogb2k(a);
  ex = ex - 25;
  // Very large arguments are scaled by 2^-64; the table rows past 65 expect it.
  const std::int32_t scale = ex > 90 - 25 ? -64 : 0;
  a = ldexp3(a, scale);
  if (ex < 0) ex = 0;
  // Inf/NaN land in bucket 103, one past the table: SLEEF's gather reads
  // whatever follows it, and the caller overwrites that lane with NaN anyway.
  // Clamp so we stay in bounds; the lane's final value is unaffected.
  if (ex > kRemPiRows - 1) ex = kRemPiRows - 1;
  ex = ex * 4;

  F2 x = df_mul(a, kRemPiTable[ex]);
  RemSub di = rem_pi_sub(x.hi);
  std::int32_t q = di.quadrants;
  x.hi = di.frac;
  x = df_normalize(x);

  F2 y = df_mul(a, kRemPiTable[ex + 1]);
  x = df_add2(x, y);
  di = rem_pi_sub(x.hi);
  q = add_wrap(q, di.quadrants);
  x.hi = di.frac;
  x = df_normalize(x);

  y = F2{kRemPiTable[ex + 2], kRemPiTable[ex + 3]};
  y = df_mul(y, a);
  x = df_add2(x, y);
  x = df_normalize(x);
  x = df_mul(x, F2{3.1415927410125732422f * 2, -8.7422776573475857731e-08f * 2});

  if (std::fabs(a) < 0.7f) x = F2{a, 0.0f};
  return {x, q};
}

// (-pi/2 hi, -pi/2 lo) with the sign of s: the shift SLEEF applies to move a
// reduced value from [0, pi/2) style into [-pi/4, pi/4] for sin/cos.
inline F2 half_pi_with_sign_of(float s) {
  return F2{mul_sign(static_cast<float>(3.1415927410125732422f * -0.5), s),
            mul_sign(static_cast<float>(-8.7422776573475857731e-08f * -0.5), s)};
}

// Shared sin/cos polynomial on the reduced df argument t (SLEEF xsinf_u1 tail).
inline float sin_poly(F2 t) {
  const F2 s = df_square(t);
  float u = 2.6083159809786593541503e-06f;
  u = std::fma(u, s.hi, -0.0001981069071916863322258f);
  u = std::fma(u, s.hi, 0.00833307858556509017944336f);
  const F2 x = df_add(1.0f, df_mul(df_add(-0.166666597127914428710938f, u * s.hi), s));
  return df_mul_to_float(t, x);
}

float sin_lane(float d, bool wide_group) {
  std::int32_t q;
  F2 s;
  if (!wide_group) {
    const float u = std::nearbyint(d * static_cast<float>(kOneOverPi));
    q = round_to_int32(u);
    const float v = std::fma(u, -kPiA2, d);
    s = df_add2(v, u * -kPiB2);
    s = df_add(s, u * -kPiC2);
  } else {
    const Reduced red = rem_pi(d);
    q = red.q & 3;
    q = q + q + (red.r.hi > 0.0f ? 2 : 1);
    q = sra(q, 2);
    const bool odd = (red.q & 1) == 1;
    F2 x = df_add2(red.r, half_pi_with_sign_of(red.r.hi));
    s = df_normalize(odd ? x : red.r);
    if (is_inf(d) || is_nan(d)) s.hi = all_ones_nan();
  }

  float u = sin_poly(s);
  if ((q & 1) == 1) u = -u;  // xor with the sign bit
  if (is_neg_zero(d)) u = d;
  return u;
}

float cos_lane(float d, bool wide_group) {
  std::int32_t q;
  F2 s;
  if (!wide_group) {
    const float dq = std::fma(std::nearbyint(std::fma(d, static_cast<float>(kOneOverPi), -0.5f)), 2.0f, 1.0f);
    q = round_to_int32(dq);
    s = df_add2(d, dq * (-kPiA2 * 0.5f));
    s = df_add2(s, dq * (-kPiB2 * 0.5f));
    s = df_add2(s, dq * (-kPiC2 * 0.5f));
  } else {
    const Reduced red = rem_pi(d);
    q = red.q & 3;
    q = q + q + (red.r.hi > 0.0f ? 8 : 7);
    q = sra(q, 1);
    const bool even = (red.q & 1) == 0;
    const float y = red.r.hi > 0.0f ? 0.0f : -1.0f;
    F2 x = df_add2(red.r, half_pi_with_sign_of(y));
    s = df_normalize(even ? x : red.r);
    if (is_inf(d) || is_nan(d)) s.hi = all_ones_nan();
  }

  float u = sin_poly(s);
  if ((q & 2) == 0) u = -u;
  return u;
}

float tan_lane(float d, bool wide_group) {
  std::int32_t q;
  F2 s;
  if (!wide_group) {
    const float u = std::nearbyint(d * static_cast<float>(2 * kOneOverPi));
    q = round_to_int32(u);
    const float v = std::fma(u, -kPiA2 * 0.5f, d);
    s = df_add2(v, u * (-kPiB2 * 0.5f));
    s = df_add(s, u * (-kPiC2 * 0.5f));
  } else {
    const Reduced red = rem_pi(d);
    q = red.q;
    s = red.r;
    if (is_inf(d) || is_nan(d)) s = F2{all_ones_nan(), all_ones_nan()};
  }

  const bool odd = (q & 1) == 1;
  if (odd) s = F2{from_bits(bits_of(s.hi) ^ kSignBit), from_bits(bits_of(s.lo) ^ kSignBit)};

  const F2 t = s;
  s = df_normalize(df_square(s));

  float u = 0.00446636462584137916564941f;
  u = std::fma(u, s.hi, -8.3920182078145444393158e-05f);
  u = std::fma(u, s.hi, 0.0109639242291450500488281f);
  u = std::fma(u, s.hi, 0.0212360303848981857299805f);
  u = std::fma(u, s.hi, 0.0540687143802642822265625f);

  F2 x = df_add(0.133325666189193725585938f, u * s.hi);
  x = df_add(1.0f, df_mul(df_add(0.33333361148834228515625f, df_mul(s, x)), s));
  x = df_mul(t, x);
  if (odd) x = df_rec(x);

  u = x.hi + x.lo;
  if (is_neg_zero(d)) u = d;
  return u;
}

// Does this lane force the Payne-Hanek path for its whole vector?
inline bool needs_wide_reduction(float x, float limit) {
  return !(std::fabs(x) < limit);  // NaN compares false -> wide
}

template <float (*Lane)(float, bool)>
void trig_x8(const float* in, float* out) {
  bool wide = false;
  for (int i = 0; i < 8; ++i) wide = wide || needs_wide_reduction(in[i], kTrigRangeMax2);
  for (int i = 0; i < 8; ++i) out[i] = Lane(in[i], wide);
}

template <float (*Lane)(float, bool)>
void trig_map(const float* in, float* out, std::size_t n) {
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) trig_x8<Lane>(in + i, out + i);
  if (i < n) {
    // at::vec::map loads the remainder into a zero-filled vector.
    float lanes[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    float res[8];
    for (std::size_t k = 0; i + k < n; ++k) lanes[k] = in[i + k];
    trig_x8<Lane>(lanes, res);
    for (std::size_t k = 0; i + k < n; ++k) out[i + k] = res[k];
  }
}

// Inverse-tangent core on df arguments, result in df (SLEEF atan2kf_u1).
F2 atan2_kernel(F2 y, F2 x) {
  std::int32_t q = x.hi < 0.0f ? -2 : 0;
  if (x.hi < 0.0f) x = F2{from_bits(bits_of(x.hi) ^ kSignBit), from_bits(bits_of(x.lo) ^ kSignBit)};

  const bool swap = x.hi < y.hi;
  if (swap) q = q + 1;
  F2 s = swap ? df_neg(x) : y;
  F2 t = swap ? y : x;

  s = df_div(s, t);
  t = df_normalize(df_square(s));

  float u = -0.00176397908944636583328247f;
  u = std::fma(u, t.hi, 0.0107900900766253471374512f);
  u = std::fma(u, t.hi, -0.0309564601629972457885742f);
  u = std::fma(u, t.hi, 0.0577365085482597351074219f);
  u = std::fma(u, t.hi, -0.0838950723409652709960938f);
  u = std::fma(u, t.hi, 0.109463557600975036621094f);
  u = std::fma(u, t.hi, -0.142626821994781494140625f);
  u = std::fma(u, t.hi, 0.199983194470405578613281f);

  t = df_mul(t, df_add(-0.333332866430282592773438f, u * t.hi));
  t = df_mul(s, df_add(1.0f, t));
  t = df_add(df_mul(F2{1.5707963705062866211f, -4.3711388286737928865e-08f}, to_float(q)), t);
  return t;
}

// isinf(d) ? (sign of d | m) : +0 (SLEEF visinf2_vf_vf_vf).
inline float inf_select_signed(float d, float m) {
  return is_inf(d) ? or_sign(m, d) : 0.0f;
}

}  // namespace

// ===========================================================================
// Inverse trig
// ===========================================================================

float atanf_u10(float d) {
  const F2 d2 = atan2_kernel(F2{std::fabs(d), 0.0f}, F2{1.0f, 0.0f});
  float r = d2.hi + d2.lo;
  if (is_inf(d)) r = static_cast<float>(1.570796326794896557998982);
  return mul_sign(r, d);
}

float atan2f_u10(float y, float x) {
  // Tiny x: scale both so the df division does not lose bits.
  if (std::fabs(x) < 2.9387372783541830947e-39f) {
    x = x * static_cast<float>(1 << 24);
    y = y * static_cast<float>(1 << 24);
  }

  const F2 d = atan2_kernel(F2{std::fabs(y), 0.0f}, F2{x, 0.0f});
  float r = d.hi + d.lo;

  const float half_pi = static_cast<float>(kPi / 2);
  const float quarter_pi = static_cast<float>(kPi / 4);
  r = mul_sign(r, x);
  if (is_inf(x) || x == 0.0f) r = half_pi - inf_select_signed(x, mul_sign(half_pi, x));
  if (is_inf(y)) r = half_pi - inf_select_signed(x, mul_sign(quarter_pi, x));
  if (y == 0.0f) r = sign_bit_set(x) ? static_cast<float>(kPi) : 0.0f;

  return (is_nan(x) || is_nan(y)) ? all_ones_nan() : mul_sign(r, y);
}

namespace {

// Shared front half of asinf/acosf: returns x2, the df "x" and polynomial u.
struct AsinParts {
  bool small;  // |d| < 0.5
  F2 x;
  float u;
};

AsinParts asin_parts(float d) {
  const bool small = std::fabs(d) < 0.5f;
  const float x2 = small ? d * d : (1.0f - std::fabs(d)) * 0.5f;
  F2 x = small ? F2{std::fabs(d), 0.0f} : df_sqrt(x2);
  if (std::fabs(d) == 1.0f) x = F2{0.0f, 0.0f};

  float u = static_cast<float>(+0.4197454825e-1);
  u = std::fma(u, x2, static_cast<float>(+0.2424046025e-1));
  u = std::fma(u, x2, static_cast<float>(+0.4547423869e-1));
  u = std::fma(u, x2, static_cast<float>(+0.7495029271e-1));
  u = std::fma(u, x2, static_cast<float>(+0.1666677296e+0));
  u = u * (x2 * x.hi);
  return {small, x, u};
}

}  // namespace

float asinf_u10(float d) {
  const AsinParts p = asin_parts(d);
  const F2 y = df_sub(df_sub(F2{3.1415927410125732422f / 4, -8.7422776573475857731e-08f / 4}, p.x), p.u);
  const float r = p.small ? p.u + p.x.hi : (y.hi + y.lo) * 2.0f;
  return mul_sign(r, d);
}

float acosf_u10(float d) {
  const AsinParts p = asin_parts(d);
  F2 y = df_sub(F2{3.1415927410125732422f / 2, -8.7422776573475857731e-08f / 2},
                df_add(mul_sign(p.x.hi, d), mul_sign(p.u, d)));
  const F2 x = df_add(p.x, p.u);
  if (!p.small) y = df_scale(x, 2.0f);
  if (!p.small && d < 0.0f) y = df_sub(F2{3.1415927410125732422f, -8.7422776573475857731e-08f}, y);
  return y.hi + y.lo;
}

// ===========================================================================
// Trig
// ===========================================================================

float sinf_u10_lane(float x, bool wide_group) { return sin_lane(x, wide_group); }
float cosf_u10_lane(float x, bool wide_group) { return cos_lane(x, wide_group); }
float tanf_u10_lane(float x, bool wide_group) { return tan_lane(x, wide_group); }

float sinf_u10(float x) { return sin_lane(x, needs_wide_reduction(x, kTrigRangeMax2)); }
float cosf_u10(float x) { return cos_lane(x, needs_wide_reduction(x, kTrigRangeMax2)); }
float tanf_u10(float x) { return tan_lane(x, needs_wide_reduction(x, kTrigRangeMax2)); }

void sinf_u10_x8(const float* in8, float* out8) { trig_x8<sin_lane>(in8, out8); }
void cosf_u10_x8(const float* in8, float* out8) { trig_x8<cos_lane>(in8, out8); }
void tanf_u10_x8(const float* in8, float* out8) { trig_x8<tan_lane>(in8, out8); }

void sinf_u10_map(const float* in, float* out, std::size_t n) { trig_map<sin_lane>(in, out, n); }
void cosf_u10_map(const float* in, float* out, std::size_t n) { trig_map<cos_lane>(in, out, n); }
void tanf_u10_map(const float* in, float* out, std::size_t n) { trig_map<tan_lane>(in, out, n); }

}  // namespace ag::sleef
