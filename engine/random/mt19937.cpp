#include "random/mt19937.h"

namespace ag {

namespace {
constexpr int kShift = 397;
constexpr uint32_t kMatrix = 0x9908b0dfu;
}  // namespace

void Mt19937::seed_with(uint32_t seed) {
  words_[0] = seed;
  for (int i = 1; i < kWords; ++i) {
    const uint32_t prev = words_[static_cast<std::size_t>(i - 1)];
    words_[static_cast<std::size_t>(i)] = 1812433253u * (prev ^ (prev >> 30)) + static_cast<uint32_t>(i);
  }
  left_ = 1;
  next_ = 0;
}

void Mt19937::set(const std::array<uint32_t, kWords>& words, int left, int next) {
  words_ = words;
  left_ = left;
  next_ = next;
}

void Mt19937::regenerate() {
  for (int i = 0; i < kWords; ++i) {
    const uint32_t y = (words_[static_cast<std::size_t>(i)] & 0x80000000u) |
                       (words_[static_cast<std::size_t>((i + 1) % kWords)] & 0x7fffffffu);
    words_[static_cast<std::size_t>(i)] =
        words_[static_cast<std::size_t>((i + kShift) % kWords)] ^ (y >> 1) ^ ((y & 1u) ? kMatrix : 0u);
  }
  left_ = kWords;
  next_ = 0;
}

uint32_t Mt19937::operator()() {
  if (--left_ == 0) regenerate();
  uint32_t y = words_[static_cast<std::size_t>(next_++)];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

}  // namespace ag
