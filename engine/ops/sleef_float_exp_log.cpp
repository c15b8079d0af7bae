// sleef_float_exp_log.cpp — exp/log/pow/hyperbolic family of the scalar
// SLEEF 3.5.1 AVX2 float32 re-implementation (see sleef_float.h for why and
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

#include "ops/sleef_float.h"
#include "ops/sleef_float_detail.h"

namespace ag::sleef {

using namespace detail;

namespace {

// Mantissa/exponent split used by every log: d = m * 2^e with m in
// [0.75, 1.5). Subnormals are pre-scaled by 2^64.
struct MantExp {
  float m;
  std::int32_t e;
};

inline MantExp split_for_log(float d, float inv_three_quarters) {
  const bool tiny = d < kFltMin;
  if (tiny) d = d * kTwoPow64;
  std::int32_t e = ilogb2k(d * inv_three_quarters);
  const float m = ldexp3(d, -e);
  if (tiny) e = e - 64;
  return {m, e};
}

// Standard log special cases (+inf, negative/NaN, zero) in SLEEF's order.
inline float log_specials(float d, float r) {
  if (d == INFINITY) r = INFINITY;
  if (d < 0.0f || is_nan(d)) r = NAN;
  if (d == 0.0f) r = -INFINITY;
  return r;
}

// ---------------------------------------------------------------------------
// Exponential kernels
// ---------------------------------------------------------------------------

// e^d for a df argument, returned as df (SLEEF expk2f).
F2 exp_kernel_df(F2 d) {
  float u = (d.hi + d.lo) * kInvLn2F;
  const std::int32_t q = round_to_int32(u);

  F2 s = df_add2(d, to_float(q) * -kLn2HiF);
  s = df_add2(s, to_float(q) * -kLn2LoF);

  u = +0.1980960224e-3f;
  u = std::fma(u, s.hi, +0.1394256484e-2f);
  u = std::fma(u, s.hi, +0.8333456703e-2f);
  u = std::fma(u, s.hi, +0.4166637361e-1f);

  F2 t = df_add2(df_mul(s, u), +0.166666659414234244790680580464e+0f);
  t = df_add2(df_mul(s, t), 0.5f);
  t = df_add2(s, df_mul(df_square(s), t));
  t = df_add(1.0f, t);

  t.hi = ldexp2(t.hi, q);
  t.lo = ldexp2(t.lo, q);
  if (d.hi < -104.0f) t = {0.0f, 0.0f};
  return t;
}

// e^d for a df argument, returned as float (SLEEF expkf; used by powf).
float exp_kernel(F2 d) {
  float u = (d.hi + d.lo) * kInvLn2F;
  const std::int32_t q = round_to_int32(u);

  F2 s = df_add2(d, to_float(q) * -kLn2HiF);
  s = df_add2(s, to_float(q) * -kLn2LoF);
  s = df_normalize(s);

  u = 0.00136324646882712841033936f;
  u = std::fma(u, s.hi, 0.00836596917361021041870117f);
  u = std::fma(u, s.hi, 0.0416710823774337768554688f);
  u = std::fma(u, s.hi, 0.166665524244308471679688f);
  u = std::fma(u, s.hi, 0.499999850988388061523438f);

  F2 t = df_add(s, df_mul(df_square(s), u));
  t = df_add(1.0f, t);
  u = t.hi + t.lo;
  u = ldexp_full(u, q);
  if (d.hi < -104.0f) u = 0.0f;
  return u;
}

// log(d) as df, d > 0 assumed (SLEEF logkf; used by powf).
F2 log_kernel(float d) {
  const MantExp me = split_for_log(d, 1.0f / 0.75f);
  const float m = me.m;

  const F2 x = df_div(df_add2(-1.0f, m), df_add2(1.0f, m));
  const F2 x2 = df_square(x);

  float t = static_cast<float>(0.240320354700088500976562);
  t = std::fma(t, x2.hi, static_cast<float>(0.285112679004669189453125));
  t = std::fma(t, x2.hi, static_cast<float>(0.400007992982864379882812));
  const F2 c = {0.66666662693023681640625f, 3.69183861259614332084311e-09f};

  F2 s = df_mul(F2{0.69314718246459960938f, -1.904654323148236017e-09f}, to_float(me.e));
  s = df_add(s, df_scale(x, 2.0f));
  s = df_add(s, df_mul(df_mul(x2, x), df_add2(df_mul(x2, t), c)));
  return s;
}

}  // namespace

// ===========================================================================
// Exponentials and logarithms
// ===========================================================================

float expf_u10(float d) {
  const std::int32_t q = round_to_int32(d * kInvLn2F);

  float s = std::fma(to_float(q), -kLn2HiF, d);
  s = std::fma(to_float(q), -kLn2LoF, s);

  float u = static_cast<float>(0.000198527617612853646278381);
  u = std::fma(u, s, static_cast<float>(0.00139304355252534151077271));
  u = std::fma(u, s, static_cast<float>(0.00833336077630519866943359));
  u = std::fma(u, s, static_cast<float>(0.0416664853692054748535156));
  u = std::fma(u, s, static_cast<float>(0.166666671633720397949219));
  u = std::fma(u, s, 0.5f);

  u = 1.0f + std::fma(s * s, u, s);
  u = ldexp2(u, q);

  if (d < -104.0f) u = 0.0f;
  if (100.0f < d) u = INFINITY;
  return u;
}

float exp2f_u10(float d) {
  float u = std::nearbyint(d);
  const std::int32_t q = round_to_int32(u);
  const float s = d - u;

  u = static_cast<float>(+0.1535920892e-3);
  u = std::fma(u, s, static_cast<float>(+0.1339262701e-2));
  u = std::fma(u, s, static_cast<float>(+0.9618384764e-2));
  u = std::fma(u, s, static_cast<float>(+0.5550347269e-1));
  u = std::fma(u, s, static_cast<float>(+0.2402264476e+0));
  u = std::fma(u, s, static_cast<float>(+0.6931471825e+0));
  u = std::fma(u, s, 1.0f);  // ENABLE_FMA_SP branch

  u = ldexp2(u, q);
  if (d >= 128.0f) u = INFINITY;
  if (d < -150.0f) u = 0.0f;
  return u;
}

float expm1f_u10(float a) {
  const F2 d = df_add2(exp_kernel_df(F2{a, 0.0f}), -1.0f);
  float x = d.hi + d.lo;
  if (a > 88.72283172607421875f) x = INFINITY;
  if (a < -16.635532333438687426013570f) x = -1.0f;
  if (is_neg_zero(a)) x = -0.0f;
  return x;
}

float logf_u10(float d) {
  const MantExp me = split_for_log(d, 1.0f / 0.75f);
  const float m = me.m;
  F2 s = df_mul(F2{0.69314718246459960938f, -1.904654323148236017e-09f}, to_float(me.e));

  const F2 x = df_div(df_add2(-1.0f, m), df_add2(1.0f, m));
  const float x2 = x.hi * x.hi;

  float t = +0.3027294874e+0f;
  t = std::fma(t, x2, +0.3996108174e+0f);
  t = std::fma(t, x2, +0.6666694880e+0f);

  s = df_add(s, df_scale(x, 2.0f));
  s = df_add(s, (x2 * x.hi) * t);

  return log_specials(d, s.hi + s.lo);
}

float log2f_u10(float d) {
  const MantExp me = split_for_log(d, static_cast<float>(1.0 / 0.75));
  const float m = me.m;

  const F2 x = df_div(df_add2(-1.0f, m), df_add2(1.0f, m));
  const float x2 = x.hi * x.hi;

  float t = +0.4374550283e+0f;
  t = std::fma(t, x2, +0.5764790177e+0f);
  t = std::fma(t, x2, +0.9618012905120f);

  F2 s = df_add2(to_float(me.e),
                 df_mul(x, F2{static_cast<float>(2.8853900432586669922),
                              static_cast<float>(3.2734474483568488616e-08)}));
  s = df_add2(s, (x2 * x.hi) * t);

  return log_specials(d, s.hi + s.lo);
}

float log10f_u10(float d) {
  const MantExp me = split_for_log(d, static_cast<float>(1.0 / 0.75));
  const float m = me.m;

  const F2 x = df_div(df_add2(-1.0f, m), df_add2(1.0f, m));
  const float x2 = x.hi * x.hi;

  float t = static_cast<float>(+0.1314289868e+0);
  t = std::fma(t, x2, static_cast<float>(+0.1735493541e+0));
  t = std::fma(t, x2, static_cast<float>(+0.2895309627e+0));

  F2 s = df_mul(F2{static_cast<float>(0.30103001), static_cast<float>(-1.432098889e-08)},
                to_float(me.e));
  s = df_add(s, df_mul(x, F2{static_cast<float>(0.868588984), static_cast<float>(-2.170757285e-08)}));
  s = df_add(s, (x2 * x.hi) * t);

  return log_specials(d, s.hi + s.lo);
}

float log1pf_u10(float d) {
  float dp1 = d + 1.0f;
  const bool tiny = dp1 < kFltMin;
  if (tiny) dp1 = dp1 * kTwoPow64;
  std::int32_t e = ilogb2k(dp1 * (1.0f / 0.75f));
  float t = ldexp3(1.0f, -e);
  const float m = std::fma(d, t, t - 1.0f);
  if (tiny) e = e - 64;
  F2 s = df_mul(F2{0.69314718246459960938f, -1.904654323148236017e-09f}, to_float(e));

  const F2 x = df_div(F2{m, 0.0f}, df_add(2.0f, m));
  const float x2 = x.hi * x.hi;

  t = +0.3027294874e+0f;
  t = std::fma(t, x2, +0.3996108174e+0f);
  t = std::fma(t, x2, +0.6666694880e+0f);

  s = df_add(s, df_scale(x, 2.0f));
  s = df_add(s, (x2 * x.hi) * t);

  float r = s.hi + s.lo;
  if (d > static_cast<float>(1e+38)) r = INFINITY;
  if (-1.0f > d) r = all_ones_nan();
  if (d == -1.0f) r = -INFINITY;
  if (is_neg_zero(d)) r = -0.0f;
  return r;
}

float powf_u10(float x, float y) {
  const bool y_is_int = std::trunc(y) == y || std::fabs(y) > static_cast<float>(1 << 24);
  const bool y_is_odd = (trunc_to_int32(y) & 1) == 1 && y_is_int &&
                        std::fabs(y) < static_cast<float>(1 << 24);

  float result = exp_kernel(df_mul(log_kernel(std::fabs(x)), y));
  if (is_nan(result)) result = INFINITY;

  result = result * (x > 0.0f ? 1.0f : (y_is_int ? (y_is_odd ? -1.0f : 1.0f) : NAN));

  const float efx = mul_sign(std::fabs(x) - 1.0f, y);
  if (is_inf(y)) result = efx < 0.0f ? 0.0f : (efx == 0.0f ? 1.0f : INFINITY);

  if (is_inf(x) || x == 0.0f) {
    const float magnitude = (x == 0.0f ? -y : y) < 0.0f ? 0.0f : INFINITY;
    result = (y_is_odd ? sign_of(x) : 1.0f) * magnitude;
  }

  if (is_nan(x) || is_nan(y)) result = all_ones_nan();
  if (y == 0.0f || x == 1.0f) result = 1.0f;
  return result;
}

// ===========================================================================
// Hyperbolic
// ===========================================================================

float tanhf_u10(float x) {
  float y = std::fabs(x);
  F2 d = exp_kernel_df(F2{y, 0.0f});
  const F2 e = df_rec(d);
  d = df_div(df_add(d, df_neg(e)), df_add(d, e));
  y = d.hi + d.lo;

  if (std::fabs(x) > 8.664339742f || is_nan(y)) y = 1.0f;
  y = mul_sign(y, x);
  if (is_nan(x)) y = all_ones_nan();
  return y;
}

float sinhf_u10(float x) {
  float y = std::fabs(x);
  F2 d = exp_kernel_df(F2{y, 0.0f});
  d = df_sub(d, df_rec(d));
  y = (d.hi + d.lo) * 0.5f;

  if (std::fabs(x) > 89.0f || is_nan(y)) y = INFINITY;
  y = mul_sign(y, x);
  if (is_nan(x)) y = all_ones_nan();
  return y;
}

float coshf_u10(float x) {
  float y = std::fabs(x);
  F2 d = exp_kernel_df(F2{y, 0.0f});
  d = df_add(d, df_rec(d));
  y = (d.hi + d.lo) * 0.5f;

  if (std::fabs(x) > 89.0f || is_nan(y)) y = INFINITY;
  if (is_nan(x)) y = all_ones_nan();
  return y;
}
}  // namespace ag::sleef
