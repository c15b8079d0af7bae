// Non-differentiable building blocks used inside op implementations: copies, casts and
// stride tricks that must never record graph nodes. Internal to engine/ops.
#pragma once

#include <optional>

#include "tensor/tensor.h"

namespace ag::raw {

// dst[...] = src[...], broadcasting src and converting its dtype.
void copy_into(const Tensor& dst, const Tensor& src);
Tensor contiguous_copy(const Tensor& t, std::optional<DType> dtype = std::nullopt);
Tensor contiguous(const Tensor& t);
Tensor cast(const Tensor& t, DType dtype);  // t itself when the dtype already matches
Tensor expand_view(const Tensor& t, const Shape& shape);
// A tensor sharing t's storage and version counter with new geometry.
Tensor make_view(const Tensor& t, const Shape& shape, const Strides& strides, int64_t offset);

}  // namespace ag::raw

namespace ag {
// Views without history, for writing into parts of a fresh result.
Tensor raw_select_view(const Tensor& t, int64_t dim, int64_t index);
Tensor raw_slice_view(const Tensor& t, int64_t dim, int64_t start, int64_t length, int64_t step = 1);
}  // namespace ag
