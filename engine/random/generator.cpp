#include "random/generator.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "libm/glibc_double.h"
#include "ops/ops.h"
#include "random/box_muller_avx2.h"
#include "random/memory_order.h"

namespace ag {

namespace {
constexpr double kPi = 3.14159265358979323846;
}

void Generator::manual_seed(uint64_t seed) {
  seed_ = seed;
  engine_.seed_with(static_cast<uint32_t>(seed & 0xffffffffULL));
  next_normal_.reset();
}

uint32_t Generator::random() { return static_cast<uint32_t>(engine_()); }

uint64_t Generator::random64() {
  const uint64_t hi = random();
  const uint64_t lo = random();
  return (hi << 32) | lo;
}

double Generator::uniform_double() {
  return static_cast<double>(random64() & ((1ULL << 53) - 1)) * std::ldexp(1.0, -53);
}

float Generator::uniform_float() {
  return static_cast<float>(static_cast<double>(random() & ((1U << 24) - 1)) * std::ldexp(1.0, -24));
}

double Generator::normal_double() {
  if (next_normal_) {
    const double cached = *next_normal_;
    next_normal_.reset();
    return cached;
  }
  const double u1 = uniform_double();
  const double u2 = uniform_double();
  const double r = std::sqrt(-2.0 * glibc::log(1.0 - u2));
  const double theta = 2.0 * kPi * u1;
  next_normal_ = r * glibc::sin(theta);
  return r * glibc::cos(theta);
}

namespace {

template <class T>
void put(std::vector<uint8_t>& bytes, size_t offset, T value) {
  std::memcpy(bytes.data() + offset, &value, sizeof(T));
}

template <class T>
T get(const std::vector<uint8_t>& bytes, size_t offset) {
  T value;
  std::memcpy(&value, bytes.data() + offset, sizeof(T));
  return value;
}

// Offsets of CPUGeneratorImplState's fields (docs/pytorch-facts/random-samplers.md).
constexpr size_t kSeedAt = 0, kLeftAt = 8, kSeededAt = 12, kNextAt = 16, kWordsAt = 24;
constexpr size_t kNormalXAt = 5016, kNormalYAt = 5024, kNormalRhoAt = 5032, kNormalValidAt = 5040;

}  // namespace

std::vector<uint8_t> Generator::state() const {
  std::vector<uint8_t> bytes(kStateBytes, 0);
  put<uint64_t>(bytes, kSeedAt, seed_);
  put<int32_t>(bytes, kLeftAt, engine_.left());
  put<int32_t>(bytes, kSeededAt, 1);
  put<uint64_t>(bytes, kNextAt, static_cast<uint64_t>(engine_.next()));
  for (int i = 0; i < Mt19937::kWords; ++i) {
    put<uint64_t>(bytes, kWordsAt + 8 * static_cast<size_t>(i), engine_.words()[static_cast<size_t>(i)]);
  }
  if (next_normal_) {
    put<double>(bytes, kNormalYAt, *next_normal_);
    put<int32_t>(bytes, kNormalValidAt, 1);
  }
  // The float cache (offsets 5048 and 5052) stays empty: no 1.13 CPU sampler fills it.
  return bytes;
}

void Generator::set_state(const std::vector<uint8_t>& bytes) {
  const bool legacy = bytes.size() == kLegacyStateBytes;
  if (!legacy && bytes.size() != kStateBytes) {
    runtime_error("Expected either a CPUGeneratorImplStateLegacy of size " + std::to_string(kLegacyStateBytes) +
                  " or a CPUGeneratorImplState of size " + std::to_string(kStateBytes) +
                  " but found the input RNG state size to be " + std::to_string(bytes.size()));
  }
  const int32_t left = get<int32_t>(bytes, kLeftAt);
  const int32_t seeded = get<int32_t>(bytes, kSeededAt);
  const uint64_t next = get<uint64_t>(bytes, kNextAt);
  if (seeded == 0 || left < 1 || left > Mt19937::kWords || next > static_cast<uint64_t>(Mt19937::kWords)) {
    runtime_error("Invalid mt19937 state");
  }
  std::array<uint32_t, Mt19937::kWords> words{};
  for (int i = 0; i < Mt19937::kWords; ++i) {
    words[static_cast<size_t>(i)] = static_cast<uint32_t>(get<uint64_t>(bytes, kWordsAt + 8 * static_cast<size_t>(i)));
  }
  engine_.set(words, left, static_cast<int>(next));
  seed_ = get<uint64_t>(bytes, kSeedAt);
  next_normal_.reset();
  if (get<int32_t>(bytes, kNormalValidAt) != 0) {
    // The legacy layout kept the polar pair; PyTorch rebuilds the cached sample from it.
    next_normal_ = legacy ? get<double>(bytes, kNormalRhoAt) * std::sin(2.0 * kPi * get<double>(bytes, kNormalXAt))
                          : get<double>(bytes, kNormalYAt);
  }
}

Generator& default_generator() {
  static Generator generator;
  return generator;
}

void manual_seed(uint64_t seed) { default_generator().manual_seed(seed); }

void require_floating_sampler(DType dtype, const char* kernel) {
  if (!is_floating(dtype)) {
    runtime_error(std::string("\"") + kernel + "\" not implemented for '" + scalar_type_name(dtype) + "'");
  }
}

namespace {

template <class T>
T uniform_value(Generator& g) {
  if constexpr (std::is_same_v<T, double>) return g.uniform_double();
  else return g.uniform_float();
}

// PyTorch's batched path for 16+ elements: uniforms first, then Box-Muller over blocks of 16
// (pairing element j with j + 8); a ragged tail redoes the last 16 with fresh uniforms.
// mean and std enter as PyTorch applies them: a fused multiply-add on the float32 AVX2 path.
template <class T>
void normal_fill(T* data, int64_t size, Generator& g, T mean, T std) {
  auto fill_16 = [mean, std](T* d) {
    if constexpr (std::is_same_v<T, float>) {
      detail::box_muller_16_avx2(d, mean, std);  // the path PyTorch takes for float32 on AVX2 CPUs
      return;
    }
    for (int j = 0; j < 8; ++j) {
      const T u1 = 1 - d[j];
      const T u2 = d[j + 8];
      const T radius = std::sqrt(-2 * glibc::log(u1));
      const T theta = static_cast<T>(2.0f * kPi * u2);
      // PyTorch's compiled kernel fuses the scaling into one multiply-add (GCC contraction).
      d[j] = std::fma(radius * glibc::cos(theta), std, mean);
      d[j + 8] = std::fma(radius * glibc::sin(theta), std, mean);
    }
  };
  for (int64_t i = 0; i < size; ++i) data[i] = uniform_value<T>(g);
  for (int64_t i = 0; i + 16 <= size; i += 16) fill_16(data + i);
  if (size % 16 != 0) {
    T* tail = data + size - 16;
    for (int i = 0; i < 16; ++i) tail[i] = uniform_value<T>(g);
    fill_16(tail);
  }
}

}  // namespace

Tensor rand(const Shape& shape, DType dtype, Generator* gen) {
  require_floating_sampler(dtype, "check_uniform_bounds");
  Generator& g = gen ? *gen : default_generator();
  Tensor t = Tensor::empty(shape, dtype);
  const int64_t n = t.numel();
  if (dtype == DType::Float64) {
    double* p = t.data_ptr<double>();
    for (int64_t i = 0; i < n; ++i) p[i] = g.uniform_double();
  } else {
    float* p = t.data_ptr<float>();
    for (int64_t i = 0; i < n; ++i) p[i] = g.uniform_float();
  }
  return t;
}

Tensor randn(const Shape& shape, DType dtype, Generator* gen) {
  require_floating_sampler(dtype, "normal_kernel_cpu");
  Tensor t = Tensor::empty(shape, dtype);
  fill_normal(t, 0.0, 1.0, gen);
  return t;
}

void fill_normal(const Tensor& t, double mean, double std, Generator* gen) {
  require_floating_sampler(t.dtype(), "normal_kernel_cpu");
  Generator& g = gen ? *gen : default_generator();
  const int64_t n = t.numel();
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      T* p = t.data_ptr<T>();
      if (n >= 16 && t.is_contiguous()) {
        normal_fill(p, n, g, static_cast<T>(mean), static_cast<T>(std));
      } else {
        // at::normal_distribution<double> per element, in the order TensorIterator walks the
        // target: its memory order (a transposed view fills its storage front to back). The
        // sample is scaled in double by one fused multiply-add (GCC contracts z * std + mean),
        // then rounded.
        for_each_in_memory_order(t, [&](int64_t offset) {
          p[offset] = static_cast<T>(std::fma(g.normal_double(), std, mean));
        });
      }
    }
  });
}

void fill_uniform(const Tensor& t, double from, double to, Generator* gen) {
  require_floating_sampler(t.dtype(), "check_uniform_bounds");
  Generator& g = gen ? *gen : default_generator();
  const int64_t n = t.numel();
  // at::uniform_real_distribution<T>: bounds cast to T first, then x * (to - from) + from in T,
  // which PyTorch's AVX2 build contracts into a fused multiply-add (measured on Linear's init).
  if (t.dtype() == DType::Float64) {
    double* p = t.data_ptr<double>();
    for (int64_t i = 0; i < n; ++i) p[i] = std::fma(g.uniform_double(), to - from, from);
  } else {
    const float lo = static_cast<float>(from), hi = static_cast<float>(to);
    float* p = t.data_ptr<float>();
    for (int64_t i = 0; i < n; ++i) p[i] = std::fma(g.uniform_float(), hi - lo, lo);
  }
}

Tensor randint(int64_t low, int64_t high, const Shape& shape, Generator* gen) {
  if (low >= high) {
    runtime_error("random_ expects 'from' to be less than 'to', but got from=" + std::to_string(low) +
                  " >= to=" + std::to_string(high));
  }
  Generator& g = gen ? *gen : default_generator();
  Tensor t = Tensor::empty(shape, DType::Int64);
  const uint64_t range = static_cast<uint64_t>(high - low);
  int64_t* p = t.data_ptr<int64_t>();
  for (int64_t i = 0; i < t.numel(); ++i) {
    // As PyTorch: 32 random bits suffice for ranges below 2^32.
    const uint64_t r = range >= (1ULL << 32) ? g.random64() : g.random();
    p[i] = low + static_cast<int64_t>(r % range);
  }
  return t;
}

Tensor randperm(int64_t n, DType dtype, Generator* gen) {
  // PyTorch checks the size of the result first: randperm(-1) fails creating a [-1] tensor.
  if (n < 0) runtime_error("Trying to create tensor with negative dimension " + std::to_string(n) + ": [" + std::to_string(n) + "]");
  Generator& g = gen ? *gen : default_generator();
  std::vector<int64_t> r(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) r[static_cast<size_t>(i)] = i;
  for (int64_t i = 0; i + 1 < n; ++i) {
    const int64_t z = static_cast<int64_t>(g.random() % static_cast<uint64_t>(n - i));
    std::swap(r[static_cast<size_t>(i)], r[static_cast<size_t>(z + i)]);
  }
  Tensor out = from_int64s(r, {n}, DType::Int64);
  return dtype == DType::Int64 ? out : to_dtype(out, dtype);
}

void fill_random_integers(const Tensor& t, int64_t from, int64_t to_exclusive, bool full_range, Generator* gen) {
  Generator& g = gen ? *gen : default_generator();
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* p = t.data_ptr<T>();
    for (int64_t i = 0; i < t.numel(); ++i) {
      if (full_range) {
        // random_() without bounds: [0, 2^mantissa] for floats, [0, max] for integers.
        if constexpr (std::is_same_v<T, int64_t>) p[i] = static_cast<int64_t>(g.random64() % (uint64_t{1} << 63));
        else if constexpr (std::is_same_v<T, double>) p[i] = static_cast<double>(g.random64() % ((uint64_t{1} << 53) + 1));
        else if constexpr (std::is_same_v<T, float>) p[i] = static_cast<float>(g.random() % ((uint32_t{1} << 24) + 1));
        else p[i] = static_cast<T>(g.random() % 2);
      } else {
        const uint64_t range = static_cast<uint64_t>(to_exclusive - from);
        const uint64_t r = range >= (uint64_t{1} << 32) ? g.random64() : g.random();
        p[i] = static_cast<T>(from + static_cast<int64_t>(r % range));
      }
    }
  });
}

Tensor rand_like(const Tensor& t) { return rand(t.shape(), t.dtype()); }
Tensor randn_like(const Tensor& t) { return randn(t.shape(), t.dtype()); }

}  // namespace ag
