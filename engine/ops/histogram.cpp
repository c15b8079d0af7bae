// Counting and bucketing values: torch.bincount (with weights and minlength; summed weights that
// require grad get PyTorch's NotImplemented node), torch.searchsorted / bucketize, torch.histc.
// None has a gradient.
#include <algorithm>
#include <cmath>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "print/python_format.h"

namespace ag {

Tensor bincount(const Tensor& t, const Tensor& weights, int64_t minlength) {
  if (!is_integral(t.dtype(), false)) {
    runtime_error(std::string("\"bincount_cpu\" not implemented for '") + scalar_type_name(t.dtype()) + "'");
  }
  if (minlength < 0) runtime_error("minlength should be >= 0");
  const Tensor values = raw::contiguous_copy(t);
  const int64_t* v = values.data_ptr<int64_t>();
  const int64_t n = values.numel();
  if (t.dim() != 1 || (n > 0 && *std::min_element(v, v + n) < 0)) {
    runtime_error("bincount only supports 1-d non-negative integral inputs.");
  }
  if (weights.defined() && (weights.dim() != 1 || weights.numel() != n)) {
    runtime_error("weights should be 1-d and have the same length as input");
  }
  const int64_t bins = std::max(minlength, n > 0 ? *std::max_element(v, v + n) + 1 : 0);
  if (!weights.defined()) {
    Tensor out = Tensor::empty({bins}, DType::Int64);
    int64_t* o = out.data_ptr<int64_t>();
    for (int64_t i = 0; i < n; ++i) ++o[v[i]];
    return out;
  }
  // float32 weights sum in float32; any other weights in double.
  const DType out_dtype = weights.dtype() == DType::Float32 ? DType::Float32 : DType::Float64;
  Tensor w = raw::contiguous_copy(weights.detach(), out_dtype);
  Tensor out = Tensor::empty({bins}, out_dtype);
  dispatch_dtype(out_dtype, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* pw = w.data_ptr<T>();
      T* o = out.data_ptr<T>();
      for (int64_t i = 0; i < n; ++i) o[v[i]] += pw[i];
    }
  });
  OpAttrs attrs;
  attrs.index = static_cast<int64_t>(NoDerivative::Bincount);
  record(Op::NotImplemented, {weights}, out, std::move(attrs));
  return out;
}

namespace {

// ATen's cus_lower_bound / cus_upper_bound: written with !(x >= v) so that a NaN value lands
// past the end.
template <class T>
int64_t bucket_of(const T* seq, const int64_t* sorter, int64_t n, T v, bool right) {
  int64_t start = 0, end = n;
  while (start < end) {
    const int64_t mid = start + ((end - start) >> 1);
    const T m = sorter ? seq[sorter[mid]] : seq[mid];
    const bool go_right = right ? !(m > v) : !(m >= v);
    if (go_right) start = mid + 1;
    else end = mid;
  }
  return start;
}

std::string shape_text(const Tensor& t) {
  std::string s = "[";
  for (int64_t i = 0; i < t.dim(); ++i) s += (i ? ", " : "") + std::to_string(t.shape()[i]);
  return s + "]";
}

}  // namespace

Tensor searchsorted(const Tensor& sorted_sequence, const Tensor& values, bool right, const Tensor& sorter) {
  if (sorted_sequence.dim() == 0) {
    runtime_error("torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 dimension");
  }
  bool leading_match = sorted_sequence.dim() == values.dim();
  for (int64_t d = 0; leading_match && d + 1 < values.dim(); ++d) {
    leading_match = sorted_sequence.shape()[d] == values.shape()[d];
  }
  if (sorted_sequence.dim() != 1 && !leading_match) {
    runtime_error("torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries "
                  "tensor and input value tensor must match, but we got boundaries tensor " + shape_text(sorted_sequence) +
                  " and input value tensor " + shape_text(values));
  }
  const DType d = result_type(sorted_sequence, values);
  const Tensor seq = raw::contiguous_copy(sorted_sequence.detach(), d);
  const Tensor vals = raw::contiguous_copy(values.detach(), d);
  const Tensor order = sorter.defined() ? raw::contiguous_copy(sorter) : Tensor();
  const int64_t n = seq.shape().back();
  const int64_t rows_per_boundary = seq.dim() == 1 ? vals.numel() : (vals.dim() ? vals.shape().back() : 1);
  Tensor out = Tensor::empty(values.shape(), DType::Int64);
  int64_t* o = out.data_ptr<int64_t>();
  dispatch_dtype(d, [&](auto tag) {
    using T = decltype(tag);
    const T* s = seq.data_ptr<T>();
    const T* v = vals.data_ptr<T>();
    const int64_t* so = order.defined() ? order.data_ptr<int64_t>() : nullptr;
    for (int64_t i = 0; i < vals.numel(); ++i) {
      const int64_t row = seq.dim() == 1 ? 0 : i / rows_per_boundary;
      o[i] = bucket_of(s + row * n, so ? so + row * n : nullptr, n, v[i], right);
    }
  });
  return out;
}

Tensor histc(const Tensor& t, int64_t bins, double min, double max) {
  if (!is_floating(t.dtype()) || t.dtype() == DType::Float16) {
    runtime_error(std::string("\"histogram_cpu\" not implemented for '") + scalar_type_name(t.dtype()) + "'");
  }
  if (bins <= 0) runtime_error("torch.histogram(): bins must be > 0, but got " + std::to_string(bins) + " for dimension 0");
  const Tensor x = raw::contiguous_copy(t.detach());
  double lo = min, hi = max;
  if (lo == hi && x.numel() > 0) {
    // No range given (or an empty one): the data's own, as numpy does.
    const std::vector<double> v = x.to_doubles();
    lo = *std::min_element(v.begin(), v.end());
    hi = *std::max_element(v.begin(), v.end());
  }
  if (lo == hi) {
    lo -= 1;
    hi += 1;
  }
  if (!std::isfinite(lo) || !std::isfinite(hi)) {
    runtime_error("torch.histc: range of [" + c10_str(lo) + ", " + c10_str(hi) + "] is not finite");
  }
  if (!(lo < hi)) runtime_error("torch.histc: max must be larger than min");
  const Tensor edges = linspace(lo, hi, bins + 1, t.dtype());
  Tensor out = Tensor::empty({bins}, t.dtype());
  kernels::dispatch_floating(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* e = edges.data_ptr<T>();
    const T* px = x.data_ptr<T>();
    T* o = out.data_ptr<T>();
    const T left = e[0], right = e[bins];
    for (int64_t i = 0; i < x.numel(); ++i) {
      const T v = px[i];
      if (std::isnan(v)) {
        // ATen lets a NaN through its range check and converts it to an integer bin (undefined
        // behaviour); on the x86 CPUs PyTorch runs on it lands in the first bin.
        o[0] += 1;
        continue;
      }
      if (v < left || v > right) continue;
      // The bin by division, then corrected against the neighbouring edges (an element next to an
      // edge may divide into the wrong bin); the last bin includes its right edge.
      int64_t pos = static_cast<int64_t>((v - left) * static_cast<T>(bins) / (right - left));
      const int64_t pos_min = std::max<int64_t>(0, pos - 1), pos_max = std::min<int64_t>(pos + 2, bins + 1);
      pos = std::upper_bound(e + pos_min, e + pos_max, v) - e - 1;
      if (pos == bins) pos -= 1;
      o[pos] += 1;
    }
  });
  return out;
}

}  // namespace ag
