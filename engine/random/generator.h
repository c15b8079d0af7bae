// PyTorch's CPU generator: mt19937 seeded like torch.manual_seed, and the exact sampling paths
// of torch.rand / torch.randn / torch.randint, so seeded cells print PyTorch's numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "random/mt19937.h"
#include "tensor/tensor.h"

namespace ag {

class Generator {
 public:
  static constexpr uint64_t kDefaultSeed = 67280421310721ULL;

  explicit Generator(uint64_t seed = kDefaultSeed) { manual_seed(seed); }
  void manual_seed(uint64_t seed);
  uint64_t initial_seed() const { return seed_; }

  uint32_t random();    // 32 random bits
  uint64_t random64();  // two draws, high word first
  double uniform_double();  // 53 random bits in [0, 1)
  float uniform_float();    // 24 random bits in [0, 1)
  // One standard normal sample by Box-Muller, caching the second value as PyTorch does.
  double normal_double();

  // torch.get_rng_state(): PyTorch's CPUGeneratorImplState, 5056 bytes (the layout is in
  // docs/pytorch-facts/random-samplers.md). set_state takes that or the legacy 5048-byte form
  // and raises PyTorch's errors for any other size or an impossible mt19937 state.
  static constexpr size_t kStateBytes = 5056;
  static constexpr size_t kLegacyStateBytes = 5048;
  std::vector<uint8_t> state() const;
  void set_state(const std::vector<uint8_t>& bytes);

 private:
  Mt19937 engine_;
  uint64_t seed_ = kDefaultSeed;
  std::optional<double> next_normal_;
};

// The process-wide default generator (torch's default CPU generator).
Generator& default_generator();
void manual_seed(uint64_t seed);

// The dtype check of PyTorch's float-only sampling kernels: "\"exponential_cpu\" not implemented for 'Long'".
void require_floating_sampler(DType dtype, const char* kernel);

Tensor rand(const Shape& shape, DType dtype = default_float_dtype(), Generator* gen = nullptr);
Tensor randn(const Shape& shape, DType dtype = default_float_dtype(), Generator* gen = nullptr);
Tensor randint(int64_t low, int64_t high, const Shape& shape, Generator* gen = nullptr);
Tensor rand_like(const Tensor& t);
// Fill a contiguous tensor in place as Tensor.normal_(mean, std) / uniform_(from, to) draw
// (the caller checks the in-place rules and bumps the version).
void fill_normal(const Tensor& t, double mean, double std, Generator* gen = nullptr);
void fill_uniform(const Tensor& t, double from, double to, Generator* gen = nullptr);
// torch.randperm(n): Fisher-Yates with random() % (n - i), as PyTorch's randperm_cpu.
Tensor randperm(int64_t n, DType dtype = DType::Int64, Generator* gen = nullptr);
// Tensor.random_(): integers in [from, to) (to_exclusive = 0 with full_range: every value of the
// dtype's positive range, random64() % 2^63 for int64).
void fill_random_integers(const Tensor& t, int64_t from, int64_t to_exclusive, bool full_range, Generator* gen = nullptr);
Tensor randn_like(const Tensor& t);

}  // namespace ag
