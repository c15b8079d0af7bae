// select (integer index), slice (start:end:step), and joining with stack/cat.
#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

Tensor view_with_history(const Tensor& t, const Shape& shape, const Strides& strides,
                         int64_t offset, Op op, OpAttrs attrs) {
  Tensor v = raw::make_view(t, shape, strides, offset);
  v.impl()->view_base = t.impl()->view_base ? t.impl()->view_base : t.impl_ptr();
  record(op, {t}, v, std::move(attrs));
  return v;
}

}  // namespace

Tensor select(const Tensor& t, int64_t dim, int64_t index) {
  if (t.dim() == 0) index_error("select() cannot be applied to a 0-dim tensor.");
  const int64_t d = wrap_dim(dim, t.dim());
  const int64_t size = t.shape()[static_cast<size_t>(d)];
  if (index < -size || index >= size) {
    index_error("select(): index " + std::to_string(index) + " out of range for tensor of size " +
                shape_str(t.shape()) + " at dimension " + std::to_string(d));
  }
  const int64_t i = index < 0 ? index + size : index;
  Shape shape = t.shape();
  Strides strides = t.strides();
  const int64_t offset = t.offset() + i * strides[static_cast<size_t>(d)];
  shape.erase(shape.begin() + d);
  strides.erase(strides.begin() + d);
  OpAttrs attrs;
  attrs.dim = d;
  attrs.index = i;
  return view_with_history(t, shape, strides, offset, Op::Select, std::move(attrs));
}

std::vector<Tensor> unbind(const Tensor& t, int64_t dim) {
  if (t.dim() == 0) index_error("Dimension specified as 0 but tensor has no dimensions");
  const int64_t d = wrap_dim(dim, t.dim());
  std::vector<Tensor> pieces;
  for (int64_t i = 0; i < t.size(d); ++i) {
    Shape shape = t.shape();
    Strides strides = t.strides();
    const int64_t offset = t.offset() + i * strides[static_cast<size_t>(d)];
    shape.erase(shape.begin() + d);
    strides.erase(strides.begin() + d);
    OpAttrs attrs;
    attrs.dim = d;
    attrs.index = i;
    Tensor piece = view_with_history(t, shape, strides, offset, Op::Unbind, std::move(attrs));
    if (GradMode::is_enabled()) piece.impl()->multi_output_piece = static_cast<int32_t>(i);
    pieces.push_back(piece);
  }
  return pieces;
}

Tensor index_int(const Tensor& t, int64_t index, int64_t dim) {
  if (t.dim() == 0) {
    index_error("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
  }
  const int64_t d = wrap_dim(dim, t.dim());
  const int64_t size = t.shape()[static_cast<size_t>(d)];
  if (index < -size || index >= size) {
    index_error("index " + std::to_string(index) + " is out of bounds for dimension " +
                std::to_string(d) + " with size " + std::to_string(size));
  }
  return select(t, d, index);
}

Tensor slice(const Tensor& t, int64_t dim, std::optional<int64_t> start, std::optional<int64_t> end,
             int64_t step) {
  if (t.dim() == 0) index_error("slice() cannot be applied to a 0-dim tensor.");
  if (step <= 0) value_error("step must be greater than zero");
  const int64_t d = wrap_dim(dim, t.dim());
  const int64_t size = t.shape()[static_cast<size_t>(d)];
  // Python's clamping of slice bounds.
  auto clamp = [size](std::optional<int64_t> v, int64_t fallback) {
    if (!v) return fallback;
    int64_t x = *v < 0 ? *v + size : *v;
    return std::min(std::max<int64_t>(x, 0), size);
  };
  const int64_t s = clamp(start, 0);
  const int64_t e = std::max(clamp(end, size), s);
  Shape shape = t.shape();
  Strides strides = t.strides();
  shape[static_cast<size_t>(d)] = (e - s + step - 1) / step;
  const int64_t offset = t.offset() + s * strides[static_cast<size_t>(d)];
  strides[static_cast<size_t>(d)] *= step;
  OpAttrs attrs;
  attrs.dim = d;
  attrs.start = s;
  attrs.end = e;
  attrs.step = step;
  return view_with_history(t, shape, strides, offset, Op::Slice, std::move(attrs));
}

Tensor stack(const std::vector<Tensor>& tensors, int64_t dim) {
  if (tensors.empty()) runtime_error("stack expects a non-empty TensorList");
  const Shape& first = tensors[0].shape();
  for (size_t i = 1; i < tensors.size(); ++i) {
    if (tensors[i].shape() != first) {
      runtime_error("stack expects each tensor to be equal size, but got " + shape_str(first) +
                    " at entry 0 and " + shape_str(tensors[i].shape()) + " at entry " + std::to_string(i));
    }
  }
  const int64_t d = wrap_dim(dim, tensors[0].dim() + 1);
  Shape shape = first;
  shape.insert(shape.begin() + d, static_cast<int64_t>(tensors.size()));
  Tensor out = Tensor::empty(shape, result_type(tensors));
  for (size_t i = 0; i < tensors.size(); ++i) {
    raw::copy_into(raw_select_view(out, d, static_cast<int64_t>(i)), tensors[i]);
  }
  OpAttrs attrs;
  attrs.dim = d;
  record(Op::Stack, tensors, out, std::move(attrs));
  return out;
}

Tensor cat(const std::vector<Tensor>& tensors, int64_t dim) {
  if (tensors.empty()) runtime_error("torch.cat(): expected a non-empty list of Tensors");
  // PyTorch skips legacy empty 1-D tensors (shape [0]) when concatenating.
  const Tensor* ref = nullptr;
  for (const Tensor& t : tensors) {
    if (!(t.dim() == 1 && t.numel() == 0)) { ref = &t; break; }
  }
  if (!ref) return Tensor::empty({0}, result_type(tensors));
  if (ref->dim() == 0) runtime_error("zero-dimensional tensor (at position 0) cannot be concatenated");
  const int64_t d = wrap_dim(dim, ref->dim());
  Shape shape = ref->shape();
  int64_t total = 0;
  for (size_t i = 0; i < tensors.size(); ++i) {
    const Tensor& t = tensors[i];
    if (t.dim() == 1 && t.numel() == 0) continue;
    if (t.dim() != ref->dim()) {
      runtime_error("Tensors must have same number of dimensions: got " + std::to_string(ref->dim()) +
                    " and " + std::to_string(t.dim()));
    }
    for (int64_t k = 0; k < t.dim(); ++k) {
      if (k == d) continue;
      if (t.shape()[static_cast<size_t>(k)] != shape[static_cast<size_t>(k)]) {
        runtime_error("Sizes of tensors must match except in dimension " + std::to_string(d) +
                      ". Expected size " + std::to_string(shape[static_cast<size_t>(k)]) +
                      " but got size " + std::to_string(t.shape()[static_cast<size_t>(k)]) +
                      " for tensor number " + std::to_string(i) + " in the list.");
      }
    }
    total += t.shape()[static_cast<size_t>(d)];
  }
  shape[static_cast<size_t>(d)] = total;
  Tensor out = Tensor::empty(shape, result_type(tensors));
  int64_t offset = 0;
  for (const Tensor& t : tensors) {
    if (t.dim() == 1 && t.numel() == 0) continue;
    const int64_t n = t.shape()[static_cast<size_t>(d)];
    raw::copy_into(raw_slice_view(out, d, offset, n), t);
    offset += n;
  }
  OpAttrs attrs;
  attrs.dim = d;
  record(Op::Cat, tensors, out, std::move(attrs));
  return out;
}

Tensor raw_select_view(const Tensor& t, int64_t dim, int64_t index) {
  Shape shape = t.shape();
  Strides strides = t.strides();
  const int64_t offset = t.offset() + index * strides[static_cast<size_t>(dim)];
  shape.erase(shape.begin() + dim);
  strides.erase(strides.begin() + dim);
  return raw::make_view(t, shape, strides, offset);
}

Tensor raw_slice_view(const Tensor& t, int64_t dim, int64_t start, int64_t length, int64_t step) {
  Shape shape = t.shape();
  Strides strides = t.strides();
  shape[static_cast<size_t>(dim)] = length;
  const int64_t offset = t.offset() + start * strides[static_cast<size_t>(dim)];
  strides[static_cast<size_t>(dim)] *= step;
  return raw::make_view(t, shape, strides, offset);
}

}  // namespace ag
