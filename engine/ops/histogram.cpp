// Counting values: torch.bincount (with weights and minlength). Summed weights that require grad
// get PyTorch's NotImplemented node: there is no derivative.
#include <algorithm>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

Tensor bincount(const Tensor& t, const Tensor& weights, int64_t minlength) {
  if (t.dtype() != DType::Int64) {
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

}  // namespace ag
