// sleef_float_detail.h — INTERNAL to engine/ops/sleef_float_*.cpp: lane-level
// equivalents of SLEEF 3.5.1's AVX2 vector helpers and of its FMA double-float
// ("df") arithmetic, shared by the exp/log and the trig translation units.
// Not part of the public API; include only from those .cpp files.
//
// BUILD REQUIREMENT: compile the including files with floating-point contraction OFF
// (GCC/Clang: -ffp-contract=off; never -ffast-math). Every a*b+c below must
// stay a separate multiply and add unless it is written as std::fma, because
// SLEEF's AVX2 build fuses exactly at the std::fma sites and nowhere else.
// Emscripten/wasm never contracts, so it is safe by construction there.
//
// Conventions used to mirror SLEEF's vector helpers lane by lane:
//   vmla(x,y,z) / vfma(x,y,z)  -> std::fma(x, y, z)      (vfmadd)
//   vmlapn / vfmapn (x*y - z)  -> std::fma(x, y, -z)     (vfmsub)
//   vmlanp / vfmanp (z - x*y)  -> std::fma(-x, y, z)     (vfnmadd)
//   vrint_vi2_vf               -> round_to_int32 (cvtps2dq, ties-to-even,
//                                 NaN/out of range -> INT32_MIN)
//   vtruncate_vi2_vf           -> trunc_to_int32 (cvttps2dq)
//   vrint_vf_vf                -> std::nearbyint (roundps, ties-to-even)
//   vrec_vf_vf                 -> 1.0f / x
//   "or with a lane mask"      -> all-ones bit pattern (a NaN)
// Integer lane arithmetic is done in uint32_t so wrap-around is defined, as
// it is in the SIMD registers.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>

// Belt and braces for builds that forget -ffp-contract=off: ask the compiler
// not to fuse in this file. (GCC ignores "#pragma STDC FP_CONTRACT".)
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

namespace ag::sleef::detail {

// M_PI / M_1_PI are POSIX, not ISO C++; spell the values out (double, as in
// SLEEF's misc.h) so every toolchain sees the same constants.
constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kOneOverPi = 0.318309886183790671537767526745028724;

// ---------------------------------------------------------------------------
// Bit-level helpers
// ---------------------------------------------------------------------------

inline std::uint32_t bits_of(float f) {
  std::uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  return u;
}

inline float from_bits(std::uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

constexpr std::uint32_t kSignBit = 0x80000000u;

// Result of OR-ing a lane with an all-ones mask (how SLEEF produces NaN).
inline float all_ones_nan() { return from_bits(0xffffffffu); }

inline bool is_nan(float f) { return f != f; }
inline bool is_inf(float f) { return std::fabs(f) == INFINITY; }
inline bool is_neg_zero(float f) { return bits_of(f) == kSignBit; }
inline bool sign_bit_set(float f) { return (bits_of(f) & kSignBit) != 0; }

// x with its sign flipped when y is negative (SLEEF vmulsign).
inline float mul_sign(float x, float y) {
  return from_bits(bits_of(x) ^ (bits_of(y) & kSignBit));
}

// x with the sign bit of y OR-ed in (SLEEF vorsign / visinf2 building block).
inline float or_sign(float x, float y) {
  return from_bits(bits_of(x) | (bits_of(y) & kSignBit));
}

// +-1.0 carrying the sign of f (SLEEF vsign).
inline float sign_of(float f) { return or_sign(1.0f, f); }

// cvtps2dq: round to nearest-even; NaN and out-of-range give INT32_MIN.
inline std::int32_t round_to_int32(float f) {
  if (!(f >= -2147483648.0f && f < 2147483648.0f)) return INT32_MIN;
  return static_cast<std::int32_t>(std::nearbyint(f));
}

// cvttps2dq: truncate; NaN and out-of-range give INT32_MIN.
inline std::int32_t trunc_to_int32(float f) {
  if (!(f >= -2147483648.0f && f < 2147483648.0f)) return INT32_MIN;
  return static_cast<std::int32_t>(f);
}

inline float to_float(std::int32_t i) { return static_cast<float>(i); }

inline std::int32_t shl(std::int32_t v, int c) {
  return static_cast<std::int32_t>(static_cast<std::uint32_t>(v) << c);
}

inline std::int32_t add_wrap(std::int32_t a, std::int32_t b) {
  return static_cast<std::int32_t>(static_cast<std::uint32_t>(a) +
                                   static_cast<std::uint32_t>(b));
}

inline std::int32_t sub_wrap(std::int32_t a, std::int32_t b) {
  return static_cast<std::int32_t>(static_cast<std::uint32_t>(a) -
                                   static_cast<std::uint32_t>(b));
}

// Arithmetic right shift (what vpsrad does), spelled out so it does not rely
// on implementation-defined behaviour of >> on negative values.
inline std::int32_t sra(std::int32_t v, int c) {
  std::uint32_t u = static_cast<std::uint32_t>(v) >> c;
  if (v < 0) u |= ~(0xffffffffu >> c);
  return static_cast<std::int32_t>(u);
}

// Unbiased exponent field, no subnormal handling (SLEEF vilogb2k).
inline std::int32_t ilogb2k(float d) {
  return static_cast<std::int32_t>((bits_of(d) >> 23) & 0xffu) - 0x7f;
}

// d * 2^q by adding q to the exponent field (SLEEF vldexp3; no range checks).
inline float ldexp3(float d, std::int32_t q) {
  return from_bits(bits_of(d) + (static_cast<std::uint32_t>(q) << 23));
}

// 2^q for q in the normal range (SLEEF vpow2i).
inline float pow2i(std::int32_t q) {
  return from_bits(static_cast<std::uint32_t>(add_wrap(q, 0x7f)) << 23);
}

// d * 2^e in two steps so |e| up to ~254 works (SLEEF vldexp2).
inline float ldexp2(float d, std::int32_t e) {
  return (d * pow2i(sra(e, 1))) * pow2i(sub_wrap(e, sra(e, 1)));
}

// General d * 2^q, clamping the scale factors (SLEEF vldexp).
inline float ldexp_full(float x, std::int32_t q) {
  std::int32_t m = sra(q, 31);
  m = shl(sub_wrap(sra(add_wrap(m, q), 6), m), 4);
  q = sub_wrap(q, shl(m, 2));
  m = add_wrap(m, 0x7f);
  m = m > 0 ? m : 0;
  m = m > 0xff ? 0xff : m;
  float u = from_bits(static_cast<std::uint32_t>(m) << 23);
  x = x * u * u * u * u;  // left to right, as SLEEF nests it
  u = from_bits(static_cast<std::uint32_t>(add_wrap(q, 0x7f)) << 23);
  return x * u;
}

// ---------------------------------------------------------------------------
// Double-float ("df") arithmetic: value = hi + lo. These are the FMA flavour
// of SLEEF's df.h helpers (ENABLE_FMA_SP is defined for AVX2).
// ---------------------------------------------------------------------------

struct F2 {
  float hi, lo;
};

inline F2 df_normalize(F2 t) {
  float s = t.hi + t.lo;
  return {s, (t.hi - s) + t.lo};
}

inline F2 df_scale(F2 d, float s) { return {d.hi * s, d.lo * s}; }

inline F2 df_neg(F2 x) { return {-x.hi, -x.lo}; }

// Fast two-sum, requires |x| >= |y|.
inline F2 df_add(float x, float y) {
  float s = x + y;
  return {s, (x - s) + y};
}

// Full two-sum, any magnitudes.
inline F2 df_add2(float x, float y) {
  float s = x + y;
  float v = s - x;
  return {s, (x - (s - v)) + (y - v)};
}

inline F2 df_add2(float x, F2 y) {
  float s = x + y.hi;
  float v = s - x;
  return {s, ((x - (s - v)) + (y.hi - v)) + y.lo};
}

inline F2 df_add(F2 x, float y) {
  float s = x.hi + y;
  return {s, ((x.hi - s) + y) + x.lo};
}

inline F2 df_add2(F2 x, float y) {
  float s = x.hi + y;
  float v = s - x.hi;
  float t = (x.hi - (s - v)) + (y - v);
  return {s, t + x.lo};
}

inline F2 df_add(float x, F2 y) {
  float s = x + y.hi;
  return {s, ((x - s) + y.hi) + y.lo};
}

inline F2 df_add(F2 x, F2 y) {
  float s = x.hi + y.hi;
  return {s, (((x.hi - s) + y.hi) + x.lo) + y.lo};
}

inline F2 df_add2(F2 x, F2 y) {
  float s = x.hi + y.hi;
  float v = s - x.hi;
  float t = (x.hi - (s - v)) + (y.hi - v);
  return {s, t + (x.lo + y.lo)};
}

inline F2 df_sub(F2 x, float y) {
  float s = x.hi - y;
  return {s, ((x.hi - s) - y) + x.lo};
}

inline F2 df_sub(F2 x, F2 y) {
  float s = x.hi - y.hi;
  float t = x.hi - s;
  t = t - y.hi;
  t = t + x.lo;
  return {s, t - y.lo};
}

inline F2 df_div(F2 n, F2 d) {
  float t = 1.0f / d.hi;
  float s = n.hi * t;
  float u = std::fma(t, n.hi, -s);
  float v = std::fma(-d.lo, t, std::fma(-d.hi, t, 1.0f));
  return {s, std::fma(s, v, std::fma(n.lo, t, u))};
}

inline F2 df_mul(float x, float y) {
  float s = x * y;
  return {s, std::fma(x, y, -s)};
}

inline F2 df_mul(F2 x, float y) {
  float s = x.hi * y;
  return {s, std::fma(x.lo, y, std::fma(x.hi, y, -s))};
}

inline F2 df_mul(F2 x, F2 y) {
  float s = x.hi * y.hi;
  return {s, std::fma(x.hi, y.lo, std::fma(x.lo, y.hi, std::fma(x.hi, y.hi, -s)))};
}

// Product of two df values rounded to one float.
inline float df_mul_to_float(F2 x, F2 y) {
  return std::fma(x.hi, y.hi, std::fma(x.lo, y.hi, x.hi * y.lo));
}

inline F2 df_square(F2 x) {
  float s = x.hi * x.hi;
  return {s, std::fma(x.hi + x.hi, x.lo, std::fma(x.hi, x.hi, -s))};
}

inline F2 df_rec(float d) {
  float s = 1.0f / d;
  return {s, s * std::fma(-d, s, 1.0f)};
}

inline F2 df_rec(F2 d) {
  float s = 1.0f / d.hi;
  return {s, s * std::fma(-d.lo, s, std::fma(-d.hi, s, 1.0f))};
}

inline F2 df_sqrt(float d) {
  float t = std::sqrt(d);
  return df_scale(df_mul(df_add2(d, df_mul(t, t)), df_rec(t)), 0.5f);
}

// ---------------------------------------------------------------------------
// Shared constants (SLEEF misc.h)
// ---------------------------------------------------------------------------

constexpr float kLn2HiF = 0.693145751953125f;        // L2Uf
constexpr float kLn2LoF = 1.428606765330187045e-06f;  // L2Lf
constexpr float kInvLn2F = 1.442695040888963407359924681001892137426645954152985934135449406931f;  // R_LN2f
constexpr float kFltMin = 0x1p-126f;                  // SLEEF_FLT_MIN
constexpr float kTwoPow64 = static_cast<float>(INT64_C(1) << 32) * static_cast<float>(INT64_C(1) << 32);

}  // namespace ag::sleef::detail
