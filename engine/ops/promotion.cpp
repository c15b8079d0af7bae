// PyTorch's result_type: dimensioned tensors outrank zero-dim tensors, which outrank Python
// scalars ("wrapped numbers"); a lower tier only matters when it is of a higher category
// (bool < integer < floating).
#include <optional>

#include "ops/ops.h"

namespace ag {

namespace {

using MaybeDType = std::optional<DType>;

MaybeDType promote(MaybeDType a, DType b) { return a ? promote_types(*a, b) : b; }

MaybeDType combine_categories(MaybeDType higher, MaybeDType lower) {
  if (!higher) return lower;
  if (is_floating(*higher)) return higher;
  if (lower && (*higher == DType::Bool || is_floating(*lower))) return promote_types(*higher, *lower);
  return higher;
}

}  // namespace

DType result_type(const std::vector<Tensor>& tensors) {
  MaybeDType dimensioned, zero_dim, wrapped;
  for (const Tensor& t : tensors) {
    if (!t.defined()) continue;
    if (t.impl()->is_wrapped_number) {
      // A Python float counts as the default dtype, not as double.
      wrapped = promote(wrapped, is_floating(t.dtype()) ? default_float_dtype() : t.dtype());
    } else if (t.dim() == 0) {
      zero_dim = promote(zero_dim, t.dtype());
    } else {
      dimensioned = promote(dimensioned, t.dtype());
    }
  }
  MaybeDType r = combine_categories(dimensioned, combine_categories(zero_dim, wrapped));
  return r.value_or(default_float_dtype());
}

DType result_type(const Tensor& a, const Tensor& b) { return result_type(std::vector<Tensor>{a, b}); }

}  // namespace ag
