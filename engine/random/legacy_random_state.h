// numpy's legacy np.random.RandomState: MT19937 seeded by init_genrand (numpy's mt19937_seed),
// with numpy's exact sampling paths, so `np.random.seed(0); np.random.rand(3)` prints numpy's numbers.
#pragma once

#include <cstdint>
#include <random>

namespace ag {

class LegacyRandomState {
 public:
  // np.random.seed(n) for 0 <= n < 2**32 (the caller checks the range); forgets a cached normal.
  void seed(uint32_t n);

  uint32_t next_uint32() { return static_cast<uint32_t>(engine_()); }
  uint64_t next_uint64();
  // random_sample(): 53 bits from two draws, (a >> 5) * 2**26 + (b >> 6), over 2**53.
  double next_double();
  // standard_normal(): the polar Box-Muller method, caching the second value (legacy_gauss).
  double next_gauss();
  // An integer in [0, max] by masked rejection sampling, as randint and shuffle draw them.
  uint64_t bounded(uint64_t max);

 private:
  std::mt19937 engine_{5489u};
  bool has_gauss_ = false;
  double gauss_ = 0.0;
};

}  // namespace ag
