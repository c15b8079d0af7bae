// Copies between tensors of any dtypes and strides, and the differentiable copies built on them.
#include <algorithm>
#include <cstring>
#include <vector>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "tensor/narrow.h"

namespace ag {

namespace kernels {

Shape broadcast_shapes(const Shape& a, const Shape& b) {
  const size_t n = std::max(a.size(), b.size());
  Shape out(n);
  // From the trailing dimension, as PyTorch reports the first mismatch it meets.
  for (size_t i = n; i-- > 0;) {
    const int64_t da = i < n - a.size() ? 1 : a[i - (n - a.size())];
    const int64_t db = i < n - b.size() ? 1 : b[i - (n - b.size())];
    if (da != db && da != 1 && db != 1) {
      runtime_error("The size of tensor a (" + std::to_string(da) +
                    ") must match the size of tensor b (" + std::to_string(db) +
                    ") at non-singleton dimension " + std::to_string(i));
    }
    out[i] = da == 1 ? db : da;
  }
  return out;
}

}  // namespace kernels

namespace raw {

namespace {

// A contiguous dst from a src of any strides (0 along broadcast dims) and the same shape: the
// last dimension in an inner loop, the others by an odometer over src's strides.
template <class D, class S>
void gather_rows(D* out, const S* in, const Shape& shape, const Strides& strides) {
  const size_t nd = shape.size();
  const int64_t inner = shape[nd - 1], step = strides[nd - 1];
  int64_t rows = 1;
  for (size_t d = 0; d + 1 < nd; ++d) rows *= shape[d];
  std::vector<int64_t> index(nd, 0);
  int64_t offset = 0;
  for (int64_t r = 0; r < rows; ++r, out += inner) {
    const S* row = in + offset;
    for (int64_t j = 0; j < inner; ++j) out[j] = value_cast<D>(row[j * step]);
    for (size_t d = nd - 1; d-- > 0;) {
      offset += strides[d];
      if (++index[d] < shape[d]) break;
      offset -= strides[d] * shape[d];
      index[d] = 0;
    }
  }
}

// dst and src contiguous with the same number of elements, or src a single element: one loop
// (or memmove) instead of xtensor's strided steppers. False when neither holds.
bool copy_dense(const Tensor& dst, const Tensor& src) {
  if (!dst.is_contiguous()) return false;
  const bool spread = src.numel() == 1;
  if (!spread && !(src.numel() == dst.numel() && src.is_contiguous())) return false;
  const size_t n = static_cast<size_t>(dst.numel());
  dispatch_dtype(dst.dtype(), [&](auto dtag) {
    using D = decltype(dtag);
    D* out = dst.data_ptr<D>();
    dispatch_dtype(src.dtype(), [&](auto stag) {
      using S = decltype(stag);
      const S* in = src.data_ptr<S>();
      if (spread) {
        std::fill(out, out + n, value_cast<D>(in[0]));
      } else if constexpr (std::is_same_v<D, S>) {
        std::memmove(out, in, n * sizeof(D));  // overlap allowed: same order, same places
      } else {
        for (size_t i = 0; i < n; ++i) out[i] = value_cast<D>(in[i]);
      }
    });
  });
  return true;
}

// copy_into for element types as stored: a narrow dtype's values are copied as its wide
// storage type's, unchecked.
void copy_stored(const Tensor& dst, const Tensor& src);

}  // namespace

void copy_into(const Tensor& dst, const Tensor& src) {
  const DType to = dst.dtype(), from = src.dtype();
  if (!is_narrow(to) || to == from || dst.numel() == 0) return copy_stored(dst, src);
  // Into a narrow dtype: convert into a contiguous buffer of dst's dtype first, with the
  // narrowing rules of tensor/narrow.h, then copy it as stored (broadcasting there).
  Tensor staged = Tensor::uninitialized(src.shape(), to);
  if (is_floating(from) && !is_floating(to)) {
    Tensor wide = contiguous_copy(src, DType::Float64);
    const double* in = wide.data_ptr<double>();
    int64_t* out = staged.data_ptr<int64_t>();
    const bool from_double = from == DType::Float64;
    for (int64_t i = 0, n = staged.numel(); i < n; ++i) out[i] = float_to_integer(in[i], to, from_double);
  } else {
    copy_stored(staged, src);
    narrow_contiguous(staged);
  }
  copy_stored(dst, staged);
}

namespace {

void copy_stored(const Tensor& dst, const Tensor& src) {
  if (dst.numel() == 0) return;
  if (src.shape() == dst.shape() || src.numel() == 1) {
    if (src.numel() == 1 && src.dim() > dst.dim()) {
      // a [1, 1] source into a [1] destination is a broadcast error below, not a fill
    } else if (copy_dense(dst, src)) {
      return;
    }
  }
  Tensor source = src;
  // Overlapping memory: read from a private copy first.
  if (src.impl()->storage == dst.impl()->storage) source = contiguous_copy(src);
  if (source.shape() != dst.shape()) {
    Shape b = kernels::broadcast_shapes(source.shape(), dst.shape());
    if (b != dst.shape()) {
      runtime_error("output with shape " + shape_str(dst.shape()) +
                    " doesn't match the broadcast shape " + shape_str(b));
    }
    source = expand_view(source, dst.shape());
  }
  if (dst.is_contiguous() && dst.dim() > 0) {
    dispatch_dtype(dst.dtype(), [&](auto dtag) {
      using D = decltype(dtag);
      dispatch_dtype(source.dtype(), [&](auto stag) {
        using S = decltype(stag);
        gather_rows(dst.data_ptr<D>(), source.data_ptr<S>(), source.shape(), source.strides());
      });
    });
    return;
  }
  dispatch_dtype(dst.dtype(), [&](auto dtag) {
    using D = decltype(dtag);
    dispatch_dtype(source.dtype(), [&](auto stag) {
      using S = decltype(stag);
      auto xd = kernels::xview<D>(dst);
      if constexpr (std::is_same_v<D, S>) {
        xt::noalias(xd) = kernels::xview<S>(source);
      } else {
        xt::noalias(xd) = xt::make_lambda_xfunction([](S v) { return value_cast<D>(v); }, kernels::xview<S>(source));
      }
    });
  });
}

}  // namespace

Tensor contiguous_copy(const Tensor& t, std::optional<DType> dtype) {
  Tensor out = Tensor::uninitialized(t.shape(), dtype.value_or(t.dtype()));
  copy_into(out, t);
  return out;
}

Tensor contiguous(const Tensor& t) { return t.is_contiguous() ? t : contiguous_copy(t); }

Tensor cast(const Tensor& t, DType dtype) { return t.dtype() == dtype ? t : contiguous_copy(t, dtype); }

Tensor expand_view(const Tensor& t, const Shape& shape) {
  // Assumes shapes are broadcast-compatible; stride 0 along new and size-1 dims.
  auto impl = std::make_shared<TensorImpl>();
  impl->storage = t.impl()->storage;
  impl->version = t.impl()->version;
  impl->offset = t.offset();
  impl->shape = shape;
  impl->strides = Strides(shape.size(), 0);
  const size_t lead = shape.size() - static_cast<size_t>(t.dim());
  for (size_t i = 0; i < static_cast<size_t>(t.dim()); ++i) {
    impl->strides[lead + i] = t.shape()[i] == shape[lead + i] ? t.strides()[i] : 0;
  }
  return Tensor(std::move(impl));
}

}  // namespace raw

Tensor clone(const Tensor& t) {
  Tensor out = raw::contiguous_copy(t);
  record(Op::Clone, {t}, out);
  return out;
}

Tensor contiguous(const Tensor& t) { return t.is_contiguous() ? t : clone(t); }

Tensor to_dtype(const Tensor& t, DType dtype) {
  if (t.dtype() == dtype) return t;
  Tensor out = raw::contiguous_copy(t, dtype);
  if (is_floating(dtype)) record(Op::ToCopy, {t}, out);
  return out;
}

Tensor copy_for_grad(const Tensor& t) {
  Tensor out = raw::contiguous_copy(t);
  record(Op::CopyForGrad, {t}, out);
  return out;
}

}  // namespace ag
