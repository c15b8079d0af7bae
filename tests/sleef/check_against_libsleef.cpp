// check_against_libsleef.cpp — developer check (not part of the CMake build):
// compares ag::sleef's scalar float functions with the real SLEEF 3.5.1 AVX2
// kernels from Debian's libsleef3, bit pattern by bit pattern.
//
// Build (from /work/main):
//   g++ -O2 -mavx2 -mfma -ffp-contract=off -std=c++17 -I/work/main/engine
//       tests/sleef/check_against_libsleef.cpp engine/ops/sleef_float_exp_log.cpp
//       engine/ops/sleef_float_trig.cpp /usr/lib/x86_64-linux-gnu/libsleef.so.3
//       -o /tmp/check_sleef
//
// Run:
//   /tmp/check_sleef                 # every unary function, all 2^32 inputs
//   /tmp/check_sleef exp log sin     # only these
//   /tmp/check_sleef --quick exp     # a 1/64 strided subset instead
// Binary functions (atan2, pow) are checked on structured + random pairs.
//
// Unary functions are fed 8 consecutive bit patterns per Sleef call, i.e. the
// lanes of one __m256; ours are evaluated on the same 8-lane group (for the
// trig functions through the *_x8 entry points, which reproduce SLEEF's
// whole-vector choice of argument reduction). For sin/cos/tan a second pass
// forces the Payne-Hanek path by putting 1.0e6f in lane 7 and checking the
// other 7 lanes. NaN matches any NaN; everything else must match bitwise.

#include <immintrin.h>

#include <cinttypes>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "ops/sleef_float.h"

extern "C" {
__m256 Sleef_expf8_u10avx2(__m256);
__m256 Sleef_exp2f8_u10avx2(__m256);
__m256 Sleef_expm1f8_u10avx2(__m256);
__m256 Sleef_logf8_u10avx2(__m256);
__m256 Sleef_log2f8_u10avx2(__m256);
__m256 Sleef_log10f8_u10avx2(__m256);
__m256 Sleef_log1pf8_u10avx2(__m256);
__m256 Sleef_tanhf8_u10avx2(__m256);
__m256 Sleef_sinhf8_u10avx2(__m256);
__m256 Sleef_coshf8_u10avx2(__m256);
__m256 Sleef_sinf8_u10avx2(__m256);
__m256 Sleef_cosf8_u10avx2(__m256);
__m256 Sleef_tanf8_u10avx2(__m256);
__m256 Sleef_atanf8_u10avx2(__m256);
__m256 Sleef_asinf8_u10avx2(__m256);
__m256 Sleef_acosf8_u10avx2(__m256);
__m256 Sleef_atan2f8_u10avx2(__m256, __m256);
__m256 Sleef_powf8_u10avx2(__m256, __m256);
}

namespace {

using VecFn = __m256 (*)(__m256);
using VecFn2 = __m256 (*)(__m256, __m256);
using ScalarFn = float (*)(float);
using GroupFn = void (*)(const float*, float*);

struct Unary {
  const char* name;
  VecFn ref;
  ScalarFn ours;
  GroupFn ours_x8;       // non-null for the lane-group dependent trig functions
  ScalarFn ours_wide;    // Payne-Hanek path forced (trig only)
};

float sin_wide(float x) { return ag::sleef::sinf_u10_lane(x, true); }
float cos_wide(float x) { return ag::sleef::cosf_u10_lane(x, true); }
float tan_wide(float x) { return ag::sleef::tanf_u10_lane(x, true); }

const Unary kUnary[] = {
    {"exp", Sleef_expf8_u10avx2, ag::sleef::expf_u10, nullptr, nullptr},
    {"log", Sleef_logf8_u10avx2, ag::sleef::logf_u10, nullptr, nullptr},
    {"tanh", Sleef_tanhf8_u10avx2, ag::sleef::tanhf_u10, nullptr, nullptr},
    {"sin", Sleef_sinf8_u10avx2, ag::sleef::sinf_u10, ag::sleef::sinf_u10_x8, sin_wide},
    {"cos", Sleef_cosf8_u10avx2, ag::sleef::cosf_u10, ag::sleef::cosf_u10_x8, cos_wide},
    {"expm1", Sleef_expm1f8_u10avx2, ag::sleef::expm1f_u10, nullptr, nullptr},
    {"log1p", Sleef_log1pf8_u10avx2, ag::sleef::log1pf_u10, nullptr, nullptr},
    {"log2", Sleef_log2f8_u10avx2, ag::sleef::log2f_u10, nullptr, nullptr},
    {"log10", Sleef_log10f8_u10avx2, ag::sleef::log10f_u10, nullptr, nullptr},
    {"exp2", Sleef_exp2f8_u10avx2, ag::sleef::exp2f_u10, nullptr, nullptr},
    {"sinh", Sleef_sinhf8_u10avx2, ag::sleef::sinhf_u10, nullptr, nullptr},
    {"cosh", Sleef_coshf8_u10avx2, ag::sleef::coshf_u10, nullptr, nullptr},
    {"tan", Sleef_tanf8_u10avx2, ag::sleef::tanf_u10, ag::sleef::tanf_u10_x8, tan_wide},
    {"atan", Sleef_atanf8_u10avx2, ag::sleef::atanf_u10, nullptr, nullptr},
    {"asin", Sleef_asinf8_u10avx2, ag::sleef::asinf_u10, nullptr, nullptr},
    {"acos", Sleef_acosf8_u10avx2, ag::sleef::acosf_u10, nullptr, nullptr},
};

struct Binary {
  const char* name;
  VecFn2 ref;
  float (*ours)(float, float);
};

const Binary kBinary[] = {
    {"atan2", Sleef_atan2f8_u10avx2, ag::sleef::atan2f_u10},
    {"pow", Sleef_powf8_u10avx2, ag::sleef::powf_u10},
};

std::uint32_t bits_of(float f) {
  std::uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}

float from_bits(std::uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

bool same(float a, float b) {
  if (a != a && b != b) return true;  // any NaN equals any NaN
  return bits_of(a) == bits_of(b);
}

struct Tally {
  std::uint64_t checked = 0, mismatches = 0;
  int shown = 0;
  void record(const char* tag, float x, float want, float got) {
    ++mismatches;
    if (shown < 8) {
      ++shown;
      std::printf("  %s x=%a (0x%08x): sleef=%a (0x%08x) ours=%a (0x%08x)\n", tag, x, bits_of(x),
                  want, bits_of(want), got, bits_of(got));
    }
  }
};

void check_unary(const Unary& f, std::uint64_t stride) {
  Tally natural, wide;
  alignas(32) float in[8], ref[8], ours[8];

  // Pass 1: natural 8-lane groups of consecutive bit patterns.
  for (std::uint64_t base = 0; base < (UINT64_C(1) << 32); base += 8 * stride) {
    for (int k = 0; k < 8; ++k) in[k] = from_bits(static_cast<std::uint32_t>(base + k));
    _mm256_store_ps(ref, f.ref(_mm256_load_ps(in)));
    if (f.ours_x8) {
      f.ours_x8(in, ours);
    } else {
      for (int k = 0; k < 8; ++k) ours[k] = f.ours(in[k]);
    }
    for (int k = 0; k < 8; ++k) {
      ++natural.checked;
      if (!same(ref[k], ours[k])) natural.record("group", in[k], ref[k], ours[k]);
    }
  }
  std::printf("%-6s natural groups : %" PRIu64 " checked, %" PRIu64 " mismatches\n", f.name,
              natural.checked, natural.mismatches);

  if (!f.ours_wide) return;

  // Pass 2 (trig): lane 7 = 1e6 forces Payne-Hanek for the other 7 lanes.
  for (std::uint64_t base = 0; base < (UINT64_C(1) << 32); base += 7 * stride) {
    int lanes = 0;
    for (int k = 0; k < 7; ++k) {
      if (base + k < (UINT64_C(1) << 32)) {
        in[k] = from_bits(static_cast<std::uint32_t>(base + k));
        lanes = k + 1;
      } else {
        in[k] = 0.0f;
      }
    }
    in[7] = 1.0e6f;
    _mm256_store_ps(ref, f.ref(_mm256_load_ps(in)));
    for (int k = 0; k < lanes; ++k) {
      ++wide.checked;
      const float got = f.ours_wide(in[k]);
      if (!same(ref[k], got)) wide.record("wide", in[k], ref[k], got);
    }
  }
  std::printf("%-6s forced wide    : %" PRIu64 " checked, %" PRIu64 " mismatches\n", f.name,
              wide.checked, wide.mismatches);
}

// xorshift64* — deterministic pseudo-random inputs.
std::uint64_t rng_state = 0x9E3779B97F4A7C15ull;
std::uint64_t next_u64() {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545F4914F6CDD1Dull;
}

float random_float(int mode) {
  const std::uint64_t r = next_u64();
  switch (mode) {
    case 0:  // any bit pattern
      return from_bits(static_cast<std::uint32_t>(r));
    case 1:  // moderate magnitudes, both signs
      return static_cast<float>((static_cast<double>(r >> 11) / 9007199254740992.0) * 20.0 - 10.0);
    case 2:  // near 1 (pow base) / small integers (pow exponent)
      return static_cast<float>(static_cast<std::int64_t>(r % 41) - 20) +
             ((r >> 40) & 1 ? 0.0f : static_cast<float>((r >> 20) % 1000) / 1000.0f);
    default:  // positive, wide exponent range
      return from_bits(static_cast<std::uint32_t>(r) & 0x7fffffffu);
  }
}

void check_binary(const Binary& f, std::uint64_t pairs) {
  Tally t;
  alignas(32) float a[8], b[8], ref[8];
  const float specials[] = {0.0f,      -0.0f,     1.0f,      -1.0f,     0.5f,      -0.5f,
                            2.0f,      -2.0f,     3.0f,      -3.0f,     INFINITY,  -INFINITY,
                            NAN,       1e-45f,    -1e-45f,   1e-38f,    3.4e38f,   -3.4e38f,
                            16777216.0f, -16777217.0f, 0.1f, 10.0f, 1.0000001f, 0.99999994f};
  const int ns = static_cast<int>(sizeof specials / sizeof specials[0]);
  std::vector<std::pair<float, float>> work;
  for (int i = 0; i < ns; ++i)
    for (int j = 0; j < ns; ++j) work.emplace_back(specials[i], specials[j]);

  auto run = [&](int count) {
    _mm256_store_ps(ref, f.ref(_mm256_load_ps(a), _mm256_load_ps(b)));
    for (int k = 0; k < count; ++k) {
      ++t.checked;
      const float got = f.ours(a[k], b[k]);
      if (!same(ref[k], got)) {
        ++t.mismatches;
        if (t.shown < 8) {
          ++t.shown;
          std::printf("  pair (%a, %a): sleef=%a ours=%a\n", a[k], b[k], ref[k], got);
        }
      }
    }
  };

  for (std::size_t i = 0; i < work.size(); i += 8) {
    int c = 0;
    for (; c < 8 && i + c < work.size(); ++c) {
      a[c] = work[i + c].first;
      b[c] = work[i + c].second;
    }
    for (int k = c; k < 8; ++k) a[k] = b[k] = 1.0f;
    run(c);
  }
  for (std::uint64_t n = 0; n < pairs; n += 8) {
    const int mode_a = static_cast<int>((n >> 3) % 4), mode_b = static_cast<int>((n >> 5) % 4);
    for (int k = 0; k < 8; ++k) {
      a[k] = random_float(mode_a);
      b[k] = random_float(mode_b);
    }
    run(8);
  }
  std::printf("%-6s pairs          : %" PRIu64 " checked, %" PRIu64 " mismatches\n", f.name,
              t.checked, t.mismatches);
}

bool wanted(const std::vector<std::string>& names, const char* name) {
  if (names.empty()) return true;
  for (const auto& n : names)
    if (n == name) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t stride = 1;
  std::uint64_t pairs = UINT64_C(1) << 28;
  std::vector<std::string> names;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) {
      stride = 64;
      pairs = UINT64_C(1) << 22;
    } else {
      names.emplace_back(argv[i]);
    }
  }
  for (const auto& f : kUnary)
    if (wanted(names, f.name)) {
      check_unary(f, stride);
      std::fflush(stdout);
    }
  for (const auto& f : kBinary)
    if (wanted(names, f.name)) {
      check_binary(f, pairs);
      std::fflush(stdout);
    }
  return 0;
}
