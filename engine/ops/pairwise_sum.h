// numpy's summation order (np.add.reduce, so np.sum, np.mean, np.var): pairwise summation with
// eight accumulators along a contiguous reduced axis, plain sequential sums along any other.
// Different from ATen's cascade sum (cascade_sum.h), so it lives apart: numpy's float64 scalars
// print all 17 digits, and only numpy's order gives numpy's last digit.
#pragma once

#include <optional>

#include "tensor/tensor.h"

namespace ag {

// Sum over `axis` (all elements when nullopt) in t's dtype, for float32, float64 and int64.
Tensor numpy_add_reduce(const Tensor& t, std::optional<int64_t> axis, bool keepdims);

}  // namespace ag
