#include "random/legacy_random_state.h"

#include <cmath>

#include "libm/glibc_double.h"

namespace ag {

void LegacyRandomState::seed(uint32_t n) {
  engine_.seed(n);  // std::mt19937's seeding is init_genrand, which numpy's mt19937_seed is
  has_gauss_ = false;
  gauss_ = 0.0;
}

uint64_t LegacyRandomState::next_uint64() {
  const uint64_t high = next_uint32();
  return (high << 32) | next_uint32();
}

double LegacyRandomState::next_double() {
  const int32_t a = static_cast<int32_t>(next_uint32() >> 5), b = static_cast<int32_t>(next_uint32() >> 6);
  return (a * 67108864.0 + b) / 9007199254740992.0;
}

double LegacyRandomState::next_gauss() {
  if (has_gauss_) {
    has_gauss_ = false;
    return gauss_;
  }
  double x1, x2, r2;
  do {
    x1 = 2.0 * next_double() - 1.0;
    x2 = 2.0 * next_double() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  const double f = std::sqrt(-2.0 * glibc::log(r2) / r2);
  gauss_ = f * x1;
  has_gauss_ = true;
  return f * x2;
}

uint64_t LegacyRandomState::bounded(uint64_t max) {
  if (max == 0) return 0;
  uint64_t mask = max;  // the smallest all-ones bit pattern covering max
  for (int shift = 1; shift <= 32; shift *= 2) mask |= mask >> shift;
  if (max <= 0xffffffffULL) {
    if (max == 0xffffffffULL) return next_uint32();
    uint64_t value;
    while ((value = (next_uint32() & mask)) > max) {}
    return value;
  }
  if (max == ~0ULL) return next_uint64();
  uint64_t value;
  while ((value = (next_uint64() & mask)) > max) {}
  return value;
}

}  // namespace ag
