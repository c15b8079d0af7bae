#include "random/box_muller_avx2.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace ag::detail {

namespace {

float from_bits(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}
uint32_t to_bits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  return u;
}

// Cephes logf coefficients.
constexpr float kLogP[] = {7.0376836292E-2f,  -1.1514610310E-1f, 1.1676998740E-1f,
                           -1.2420140846E-1f, 1.4249322787E-1f,  -1.6668057665E-1f,
                           2.0000714765E-1f,  -2.4999993993E-1f, 3.3333331174E-1f};
constexpr float kLogQ1 = -2.12194440e-4f;
constexpr float kLogQ2 = 0.693359375f;
constexpr float kSqrtHalf = 0.707106781186547524f;

// Cephes sinf/cosf: 4/pi, the three-part pi/4 for the reduction, and the two polynomials.
constexpr float kFourOverPi = 1.27323954473516f;
constexpr float kMinusDP[] = {-0.78515625f, -2.4187564849853515625e-4f, -3.77489497744594108e-8f};
constexpr float kSinP[] = {-1.9515295891E-4f, 8.3321608736E-3f, -1.6666654611E-1f};
constexpr float kCosP[] = {2.443315711809948E-005f, -1.388731625493765E-003f,
                           4.166664568298827E-002f};

}  // namespace

float cephes_logf(float x) {
  const bool invalid = !(x > 0.0f);
  x = std::max(x, from_bits(0x00800000u));  // flush denormals to the smallest normal
  const int32_t exponent_bits = static_cast<int32_t>(to_bits(x) >> 23);
  x = from_bits((to_bits(x) & ~0x7f800000u) | to_bits(0.5f));  // mantissa in [0.5, 1)
  float e = static_cast<float>(exponent_bits - 0x7f) + 1.0f;
  const bool below = x < kSqrtHalf;
  const float extra = below ? x : 0.0f;
  x = x - 1.0f;
  e = e - (below ? 1.0f : 0.0f);
  x = x + extra;
  const float z = x * x;
  float y = kLogP[0];
  for (int i = 1; i < 9; ++i) y = std::fma(y, x, kLogP[i]);
  y = y * x;
  y = std::fma(y, z, e * kLogQ1);
  y = std::fma(z, -0.5f, y);
  x = x + y;
  x = std::fma(e, kLogQ2, x);
  return invalid ? std::nanf("") : x;
}

void cephes_sincosf(float x, float* sin_out, float* cos_out) {
  uint32_t sin_sign = to_bits(x) & 0x80000000u;
  x = std::fabs(x);
  int32_t octant = static_cast<int32_t>(x * kFourOverPi);
  octant = (octant + 1) & ~1;
  const float y = static_cast<float>(octant);
  sin_sign ^= static_cast<uint32_t>(octant & 4) << 29;
  const bool sin_uses_sin_poly = (octant & 2) == 0;
  const uint32_t cos_sign = static_cast<uint32_t>(~(octant - 2) & 4) << 29;
  for (float dp : kMinusDP) x = std::fma(y, dp, x);  // extended-precision x - y*pi/4

  const float z = x * x;
  float cos_poly = kCosP[0];
  cos_poly = std::fma(cos_poly, z, kCosP[1]);
  cos_poly = std::fma(cos_poly, z, kCosP[2]);
  cos_poly = cos_poly * z;
  cos_poly = std::fma(cos_poly, z, -(z * 0.5f));
  cos_poly = cos_poly + 1.0f;

  float sin_poly = kSinP[0];
  sin_poly = std::fma(sin_poly, z, kSinP[1]);
  sin_poly = std::fma(sin_poly, z, kSinP[2]);
  sin_poly = sin_poly * z;
  sin_poly = std::fma(sin_poly, x, x);

  const float s = sin_uses_sin_poly ? sin_poly : cos_poly;
  const float c = sin_uses_sin_poly ? cos_poly : sin_poly;
  *sin_out = from_bits(to_bits(s) ^ sin_sign);
  *cos_out = from_bits(to_bits(c) ^ cos_sign);
}

void box_muller_16_avx2(float* data, float mean, float std) {
  const float two_pi = static_cast<float>(2.0 * 3.14159265358979323846);
  for (int j = 0; j < 8; ++j) {
    const float u1 = 1.0f - data[j];
    const float u2 = data[j + 8];
    const float radius = std::sqrt(-2.0f * cephes_logf(u1));
    const float theta = two_pi * u2;
    float s, c;
    cephes_sincosf(theta, &s, &c);
    data[j] = std::fma(radius * c, std, mean);
    data[j + 8] = std::fma(radius * s, std, mean);
  }
}

}  // namespace ag::detail
