// glibc_double_detail.h — bit-level helpers shared by the ag::glibc implementation files.
#pragma once

// Only the explicit std::fma calls may fuse, whatever the build's flags (CMake also passes
// -ffp-contract=off): every implementation file includes this header before its code.
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <cstdint>
#include <cstring>

namespace ag::glibc::detail {

inline std::uint64_t as_bits(double x) {
  std::uint64_t u;
  std::memcpy(&u, &x, sizeof u);
  return u;
}

inline double as_double(std::uint64_t u) {
  double x;
  std::memcpy(&x, &u, sizeof x);
  return x;
}

// The high and low 32-bit words of a double, as the IBM code (sin, cos, tan) reads them.
inline std::int32_t high_word(double x) { return static_cast<std::int32_t>(as_bits(x) >> 32); }
inline std::int32_t low_word(double x) { return static_cast<std::int32_t>(as_bits(x) & 0xffffffffu); }

// glibc's __math_invalid: NaN in, NaN out; a finite or infinite x gives the default NaN.
inline double invalid(double x) { return (x - x) / (x - x); }

// glibc's __branred: x = n pi/2 + (a + aa) with |a + aa| <= pi/4 for |x| up to DBL_MAX, to about
// 140 bits via 2/pi in base-2^24 digits. Returns n mod 4. Shared by sin, cos and tan.
int reduce_pi_over_2_large(double x, double* a, double* aa);

}  // namespace ag::glibc::detail
