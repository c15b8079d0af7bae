// Factory functions: torch.tensor's backend, zeros/ones/full/eye/arange/linspace and the *_like forms.
#include <cmath>

#include "ops/kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "tensor/narrow.h"

namespace ag {

namespace {

template <class V>
Tensor from_values(const std::vector<V>& values, const Shape& shape, DType dtype) {
  if (static_cast<int64_t>(values.size()) != shape_numel(shape)) {
    value_error("expected " + std::to_string(shape_numel(shape)) + " values for shape " +
                shape_str(shape) + ", got " + std::to_string(values.size()));
  }
  Tensor t = Tensor::empty(shape, dtype);
  dispatch_dtype(dtype, [&](auto tag) {
    using T = decltype(tag);
    T* out = t.data_ptr<T>();
    for (size_t i = 0; i < values.size(); ++i) out[i] = value_cast<T>(values[i]);
  });
  return t;
}

}  // namespace

Tensor from_doubles(const std::vector<double>& values, const Shape& shape, DType dtype) {
  return from_values(values, shape, dtype);
}

Tensor from_int64s(const std::vector<int64_t>& values, const Shape& shape, DType dtype) {
  return from_values(values, shape, dtype);
}

Tensor empty(const Shape& shape, DType dtype) { return Tensor::empty(shape, dtype); }
Tensor zeros(const Shape& shape, DType dtype) { return Tensor::empty(shape, dtype); }
Tensor ones(const Shape& shape, DType dtype) { return full(shape, Scalar(int64_t{1}), dtype); }

Tensor full(const Shape& shape, const Scalar& value, std::optional<DType> dtype) {
  Tensor t = Tensor::empty(shape, dtype.value_or(value.natural_dtype()));
  check_scalar_fits(value, t.dtype());
  raw::copy_into(t, Tensor::scalar(value, t.dtype()));
  return t;
}

Tensor eye(int64_t n, std::optional<int64_t> m, DType dtype) {
  if (n < 0) runtime_error("n must be greater or equal to 0, got " + std::to_string(n));
  const int64_t cols = m.value_or(n);
  if (cols < 0) runtime_error("m must be greater or equal to 0, got " + std::to_string(cols));
  Tensor t = Tensor::empty({n, cols}, dtype);
  dispatch_dtype(dtype, [&](auto tag) {
    using T = decltype(tag);
    T* p = t.data_ptr<T>();
    for (int64_t i = 0; i < std::min(n, cols); ++i) p[i * cols + i] = static_cast<T>(1);
  });
  return t;
}

Tensor arange(const Scalar& start, const Scalar& end, const Scalar& step, std::optional<DType> dtype) {
  const bool any_float = start.is_float() || end.is_float() || step.is_float();
  const DType d = dtype.value_or(any_float ? default_float_dtype() : DType::Int64);
  const double s = start.to_double(), e = end.to_double(), st = step.to_double();
  if (st == 0) runtime_error("step must be nonzero");
  if (!std::isfinite(s) || !std::isfinite(e)) runtime_error("unsupported range: " + std::to_string(s) + " -> " + std::to_string(e));
  if ((st > 0 && s > e) || (st < 0 && s < e)) {
    runtime_error("upper bound and larger bound inconsistent with step sign");
  }
  const int64_t n = static_cast<int64_t>(std::ceil((e - s) / st));
  Tensor t = Tensor::empty({n}, d);
  dispatch_dtype(d, [&](auto tag) {
    using T = decltype(tag);
    T* p = t.data_ptr<T>();
    if constexpr (std::is_same_v<T, int64_t>) {
      // ATen steps integral dtypes in int64: a float start and step are truncated first, so
      // arange(0, 4, 1.5, dtype=torch.int16) is [0, 1, 2] (the count still comes from 1.5).
      const uint64_t first = static_cast<uint64_t>(start.to_int()), delta = static_cast<uint64_t>(step.to_int());
      for (int64_t i = 0; i < n; ++i) p[i] = static_cast<int64_t>(first + static_cast<uint64_t>(i) * delta);
    } else {
      for (int64_t i = 0; i < n; ++i) p[i] = static_cast<T>(s + static_cast<double>(i) * st);
    }
  });
  narrow_contiguous(t);
  return t;
}

Tensor linspace(double start, double end, int64_t steps, DType dtype) {
  if (steps < 0) runtime_error("number of steps must be non-negative");
  Tensor t = Tensor::empty({steps}, dtype);
  dispatch_dtype(dtype, [&](auto tag) {
    using T = decltype(tag);
    T* p = t.data_ptr<T>();
    if (steps == 1) {
      p[0] = static_cast<T>(start);
      return;
    }
    // As PyTorch's kernel: the first half counts up from start, the second down from end.
    if constexpr (std::is_floating_point_v<T>) {
      const T step = (static_cast<T>(end) - static_cast<T>(start)) / static_cast<T>(steps - 1);
      const int64_t halfway = steps / 2;
      // PyTorch's kernel is compiled with contraction into fused multiply-adds.
      auto at = [&](int64_t i) {
        return i < halfway ? std::fma(step, static_cast<T>(i), static_cast<T>(start))
                           : std::fma(-step, static_cast<T>(steps - i - 1), static_cast<T>(end));
      };
      // It is a cpu_serial_kernel_vec: blocks of two AVX2 vectors where each vector's first value
      // comes from the formula above and the others count on from it (Vectorized::arange, whose
      // base + k * step is not fused); the remainder takes the formula element by element.
      constexpr int64_t lanes = 32 / sizeof(T);
      int64_t i = 0;
      for (; i + 2 * lanes <= steps; i += 2 * lanes) {
        for (const int64_t vector : {i, i + lanes}) {
          const T base = at(vector);
          for (int64_t k = 0; k < lanes; ++k) p[vector + k] = base + static_cast<T>(k) * step;
        }
      }
      for (; i < steps; ++i) p[i] = at(i);
    } else {
      const double step = (end - start) / static_cast<double>(steps - 1);
      for (int64_t i = 0; i < steps; ++i) p[i] = static_cast<T>(start + step * static_cast<double>(i));
    }
  });
  return t;
}

Tensor zeros_like(const Tensor& t, std::optional<DType> dtype) {
  return zeros(t.shape(), dtype.value_or(t.dtype()));
}
Tensor ones_like(const Tensor& t, std::optional<DType> dtype) {
  return ones(t.shape(), dtype.value_or(t.dtype()));
}
Tensor full_like(const Tensor& t, const Scalar& value, std::optional<DType> dtype) {
  return full(t.shape(), value, dtype.value_or(t.dtype()));
}
Tensor empty_like(const Tensor& t, std::optional<DType> dtype) {
  return empty(t.shape(), dtype.value_or(t.dtype()));
}

// torch.logspace as RangeFactories.cpp computes it: start and end in the output dtype, their
// difference taken there, then base ** (start + step * i) in double from the front for the first
// half and from the end for the rest, cast to the dtype.
Tensor logspace(double start, double end, int64_t steps, double base, DType dtype) {
  if (steps < 0) runtime_error("number of steps must be non-negative");
  if (dtype == DType::Bool) runtime_error("\"logspace_cpu\" not implemented for 'Bool'");
  Tensor t = Tensor::empty({steps}, dtype);
  dispatch_dtype(dtype, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>) {
      T* p = t.data_ptr<T>();
      const T s = static_cast<T>(start), e = static_cast<T>(end);
      if (steps == 1) {
        p[0] = static_cast<T>(std::pow(base, static_cast<double>(s)));
        return;
      }
      const double step = static_cast<double>(e - s) / static_cast<double>(steps - 1);
      const int64_t halfway = steps / 2;
      for (int64_t i = 0; i < steps; ++i) {
        const double exponent = i < halfway ? static_cast<double>(s) + step * static_cast<double>(i)
                                            : static_cast<double>(e) - step * static_cast<double>(steps - i - 1);
        p[i] = static_cast<T>(std::pow(base, exponent));
      }
    }
  });
  return t;
}

}  // namespace ag
