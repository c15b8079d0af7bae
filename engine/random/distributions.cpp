#include "random/distributions.h"

#include <cmath>
#include <vector>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "libm/glibc_double.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "print/python_format.h"
#include "random/memory_order.h"

namespace ag {

namespace {

constexpr double kPi = 3.14159265358979323846;

Generator& generator_or_default(Generator* gen) { return gen ? *gen : default_generator(); }

// Writes draw(), a double, into each element of t in memory order, rounded to t's dtype: the
// serial kernels compute every sample in double (at::*_distribution<double>) and cast at the end.
template <class Draw>
void fill_serial(const Tensor& t, Draw&& draw) {
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* data = t.data_ptr<T>();
    for_each_in_memory_order(t, [&](int64_t offset) { data[offset] = static_cast<T>(draw()); });
  });
}

}  // namespace

void fill_bernoulli(const Tensor& t, double p, Generator* gen) {
  require_half_kernel("bernoulli_scalar_cpu_", t.dtype());
  if (!(p >= 0 && p <= 1)) runtime_error("bernoulli_ expects p to be in [0, 1], but got p=" + c10_str(p));
  Generator& g = generator_or_default(gen);
  fill_serial(t, [&] { return g.uniform_double() < p ? 1.0 : 0.0; });
}

void fill_bernoulli(const Tensor& t, const Tensor& p, Generator* gen) {
  require_half_kernel("bernoulli_tensor_cpu_self_", t.dtype());
  if (!is_floating(p.dtype())) {
    runtime_error(std::string("\"bernoulli_tensor_cpu_p_\" not implemented for '") + scalar_type_name(p.dtype()) + "'");
  }
  Generator& g = generator_or_default(gen);
  const Tensor probs = raw::expand_view(p, t.shape());
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* out = t.data_ptr<T>();
    const bool p_is_double = p.dtype() == DType::Float64;
    const double* pd = p_is_double ? probs.data_ptr<double>() : nullptr;
    const float* pf = p_is_double ? nullptr : probs.data_ptr<float>();
    // The check sits in bernoulli_distribution's constructor: a bad p fails after the
    // elements before it have drawn, so the stream has moved on.
    const auto check = [](double value) {
      if (!(value >= 0 && value <= 1)) {
        runtime_error("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be "
                      "improved?  If so, please report an enhancement request to PyTorch.)");
      }
    };
    for_each_in_memory_order(t, probs, [&](int64_t offset, int64_t p_offset) {
      bool hit;
      if (p_is_double) {
        check(pd[p_offset]);
        hit = g.uniform_double() < pd[p_offset];
      } else {
        check(pf[p_offset]);
        hit = g.uniform_float() < pf[p_offset];  // bernoulli_distribution<float>: all in float32
      }
      out[offset] = static_cast<T>(hit);
    });
  });
}

void fill_exponential(const Tensor& t, double lambd, Generator* gen) {
  if (!(lambd >= 0)) runtime_error("exponential_ expects lambda >= 0.0, but found lambda=" + c10_str(lambd));
  require_floating_sampler(t.dtype(), "exponential_cpu");
  Generator& g = generator_or_default(gen);
  // -1/lambda first: PyTorch's order (-log(1 - u) / lambda rounds differently).
  fill_serial(t, [&] { return (-1.0 / lambd) * glibc::log(1.0 - g.uniform_double()); });
}

void fill_geometric(const Tensor& t, double p, Generator* gen) {
  if (!(p > 0 && p < 1)) runtime_error("geometric_ expects p to be in (0, 1), but got p=" + c10_str(p));
  Generator& g = generator_or_default(gen);
  fill_serial(t, [&] { return std::ceil(glibc::log(g.uniform_double()) / glibc::log(1.0 - p)); });
}

void fill_cauchy(const Tensor& t, double median, double sigma, Generator* gen) {
  require_floating_sampler(t.dtype(), "cauchy_cpu");
  Generator& g = generator_or_default(gen);
  fill_serial(t, [&] { return std::fma(sigma, glibc::tan(kPi * (g.uniform_double() - 0.5)), median); });
}

void fill_log_normal(const Tensor& t, double mean, double std, Generator* gen) {
  if (!(std > 0)) runtime_error("log_normal_ expects std > 0.0, but found std=" + c10_str(std));
  require_floating_sampler(t.dtype(), "log_normal_cpu");
  Generator& g = generator_or_default(gen);
  fill_serial(t, [&] { return glibc::exp(std::fma(g.normal_double(), std, mean)); });
}

namespace {

// Distributions.cpp:sample_poisson (numpy's algorithm): the transformed rejection method of
// Hoermann (1993) from rate 10 on, the product of uniforms below.
int64_t sample_poisson(double lambda, Generator& g) {
  if (!(lambda >= 0)) runtime_error("invalid Poisson rate, expected rate to be non-negative");
  if (lambda >= 10) {
    const double slam = std::sqrt(lambda);
    const double loglam = glibc::log(lambda);
    const double b = 0.931 + 2.53 * slam;
    const double a = -0.059 + 0.02483 * b;
    const double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      const double u = g.uniform_double() - 0.5;
      const double v = g.uniform_double();
      const double us = 0.5 - std::fabs(u);
      const auto k = static_cast<int64_t>(std::floor((2 * a / us + b) * u + lambda + 0.43));
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (glibc::log(v) + glibc::log(invalpha) - glibc::log(a / (us * us) + b) <=
          -lambda + static_cast<double>(k) * loglam - std::lgamma(static_cast<double>(k) + 1)) {
        return k;
      }
    }
  }
  if (lambda == 0) return 0;
  const double enlam = glibc::exp(-lambda);
  int64_t x = 0;
  double prod = 1.0;
  while (true) {
    prod *= g.uniform_double();
    if (prod > enlam) ++x;
    else return x;
  }
}

}  // namespace

void record_normal(const Tensor& out, const Tensor& mean, const Tensor& std) {
  if (mean.defined() && std.defined()) record(Op::NormalTensorTensor, {mean, std}, out);
  else if (mean.defined()) record(Op::NormalTensorFloat, {mean}, out);
  else if (std.defined()) record(Op::NormalFloatTensor, {std}, out);
}

Tensor poisson(const Tensor& rates, Generator* gen) {
  require_floating_sampler(rates.dtype(), "poisson_cpu");
  Generator& g = generator_or_default(gen);
  Tensor out = Tensor::empty(rates.shape(), rates.dtype());
  dispatch_dtype(rates.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* in = rates.data_ptr<T>();
      T* o = out.data_ptr<T>();
      for_each_in_memory_order(rates, out, [&](int64_t offset, int64_t out_offset) {
        o[out_offset] = static_cast<T>(sample_poisson(static_cast<double>(in[offset]), g));
      });
    }
  });
  return out;
}

namespace {

// With replacement, row by row (cpu/MultinomialKernel.cpp): the running sum in the input's
// dtype, normalised, its last entry forced to 1; each sample is one 53-bit uniform and a binary
// search for the first entry not below it.
template <class T>
void multinomial_with_replacement(const T* p, int64_t rows, int64_t categories, int64_t n, Generator& g, int64_t* out) {
  std::vector<T> cum(static_cast<size_t>(categories));
  for (int64_t row = 0; row < rows; ++row) {
    T sum = 0;
    for (int64_t j = 0; j < categories; ++j) {
      const T value = p[row * categories + j];
      if (!(value >= 0)) runtime_error("invalid multinomial distribution (encountering probability entry < 0)");
      if (!std::isfinite(value)) {
        runtime_error("invalid multinomial distribution (encountering probability entry = infinity or NaN)");
      }
      sum += value;
      cum[static_cast<size_t>(j)] = sum;
    }
    if (!(sum > 0)) runtime_error("invalid multinomial distribution (sum of probabilities <= 0)");
    for (T& c : cum) c /= sum;
    cum.back() = 1;
    for (int64_t s = 0; s < n; ++s) {
      const double u = g.uniform_double();
      int64_t left = 0, right = categories;
      while (right - left > 0) {
        const int64_t mid = left + (right - left) / 2;
        if (static_cast<double>(cum[static_cast<size_t>(mid)]) < u) left = mid + 1;
        else right = mid;
      }
      out[row * n + s] = left;
    }
  }
}

}  // namespace

Tensor multinomial(const Tensor& probs, int64_t n, bool replacement, Generator* gen) {
  if (probs.dim() != 1 && probs.dim() != 2) runtime_error("prob_dist must be 1 or 2 dim");
  if (!is_floating(probs.dtype())) {
    runtime_error(std::string("multinomial only supports floating-point dtypes for input, got: ") +
                  scalar_type_name(probs.dtype()));
  }
  if (probs.dtype() == DType::Float16) {
    runtime_error("multinomial is not implemented for half on CPU");
  }
  if (n <= 0) runtime_error("cannot sample n_sample <= 0 samples");
  const int64_t categories = probs.shape().back();
  if (!replacement && n > categories) {
    runtime_error("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
  }
  if (categories > (int64_t{1} << 24)) runtime_error("number of categories cannot exceed 2^24");
  Generator& g = generator_or_default(gen);
  const Tensor p = raw::contiguous_copy(probs.detach());
  const int64_t rows = probs.dim() == 2 ? probs.shape()[0] : 1;
  Shape out_shape = probs.dim() == 2 ? Shape{rows, n} : Shape{n};
  if (replacement) {
    Tensor out = Tensor::empty(out_shape, DType::Int64);
    dispatch_dtype(p.dtype(), [&](auto tag) {
      using T = decltype(tag);
      if constexpr (std::is_floating_point_v<T>) {
        multinomial_with_replacement(p.data_ptr<T>(), rows, categories, n, g, out.data_ptr<int64_t>());
      }
    });
    return out;
  }
  // Without replacement, the exponential race (Gumbel-max with exp applied): argmax or the top n
  // of p / q with q ~ Exp(1), one draw per element of the whole input, in p's dtype.
  NoGradGuard no_grad;
  bool valid = true;
  std::vector<bool> row_has_mass(static_cast<size_t>(rows), false);
  dispatch_dtype(p.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* data = p.data_ptr<T>();
      for (int64_t i = 0; i < p.numel(); ++i) {
        if (!(data[i] >= 0 && data[i] < INFINITY)) valid = false;
        if (data[i] != 0) row_has_mass[static_cast<size_t>(i / categories)] = true;
      }
    }
  });
  if (!valid) runtime_error("probability tensor contains either `inf`, `nan` or element < 0");
  for (bool has_mass : row_has_mass) {
    if (!has_mass) runtime_error("invalid multinomial distribution (sum of probabilities <= 0)");
  }
  Tensor q = Tensor::empty(p.shape(), p.dtype());
  fill_exponential(q, 1.0, &g);
  q = div(p, q);
  if (n == 1) return argmax(q, -1, true);
  return topk(q, n).second;
}

}  // namespace ag
