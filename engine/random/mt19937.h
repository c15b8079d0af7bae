// The 32-bit Mersenne Twister as PyTorch's at::mt19937 keeps it: 624 state words plus `left`
// and `next`, regenerating the words lazily on the first draw after seeding. Our own (rather
// than std::mt19937) so that torch.get_rng_state() can write PyTorch's exact state bytes and
// set_rng_state() can restore any state PyTorch wrote; the numbers drawn are the same.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace ag {

class Mt19937 {
 public:
  static constexpr int kWords = 624;

  explicit Mt19937(uint32_t seed = 5489u) { seed_with(seed); }
  void seed_with(uint32_t seed);
  uint32_t operator()();

  // The state as PyTorch stores it (left is 1 and next 0 right after seeding).
  const std::array<uint32_t, kWords>& words() const { return words_; }
  int left() const { return left_; }
  int next() const { return next_; }
  void set(const std::array<uint32_t, kWords>& words, int left, int next);

 private:
  void regenerate();

  std::array<uint32_t, kWords> words_{};
  int left_ = 1;
  int next_ = 0;
};

}  // namespace ag
