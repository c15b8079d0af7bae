// Copying shape ops: repeat (tile), roll, triu/tril, diag_embed, trace, index_select and the
// index_add/index_copy/index_fill family; split/chunk pieces and diagonal, which are views.
#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

Tensor recorded(Op op, const std::vector<Tensor>& inputs, Tensor out, OpAttrs attrs = {}) {
  record(op, inputs, out, std::move(attrs));
  return out;
}

// Row-major coordinates of flat position i in `shape`.
Shape coords_of(int64_t i, const Shape& shape) {
  Shape c(shape.size());
  for (int64_t d = static_cast<int64_t>(shape.size()) - 1; d >= 0; --d) {
    c[d] = i % shape[d];
    i /= shape[d];
  }
  return c;
}

int64_t offset_of(const Shape& c, const Tensor& t) {
  int64_t off = t.offset();
  for (size_t d = 0; d < c.size(); ++d) off += c[d] * t.strides()[d];
  return off;
}

// out[i] = t[map(coords of i)] for every position of `out_shape`.
template <class Map>
Tensor remap(const Tensor& t, const Shape& out_shape, Map&& map) {
  Tensor out = Tensor::empty(out_shape, t.dtype());
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* base = static_cast<const T*>(t.impl()->storage->data());
    T* o = out.data_ptr<T>();
    const int64_t n = out.numel();
    for (int64_t i = 0; i < n; ++i) o[i] = base[offset_of(map(coords_of(i, out_shape)), t)];
  });
  return out;
}

}  // namespace

Tensor repeat(const Tensor& t, const Shape& repeats) {
  if (static_cast<int64_t>(repeats.size()) < t.dim()) {
    runtime_error("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
  }
  const size_t lead = repeats.size() - static_cast<size_t>(t.dim());
  Shape in_shape(lead, 1);
  in_shape.insert(in_shape.end(), t.shape().begin(), t.shape().end());
  Shape out_shape;
  for (size_t d = 0; d < repeats.size(); ++d) out_shape.push_back(in_shape[d] * repeats[d]);
  Tensor view = raw::make_view(t, in_shape, [&] {
    Strides s(lead, 0);
    s.insert(s.end(), t.strides().begin(), t.strides().end());
    return s;
  }(), t.offset());
  Tensor out = remap(view, out_shape, [&](Shape c) {
    for (size_t d = 0; d < c.size(); ++d) c[d] %= in_shape[d];
    return c;
  });
  OpAttrs attrs;
  attrs.sizes = repeats;
  return recorded(Op::Repeat, {t}, out, std::move(attrs));
}

Tensor roll(const Tensor& t, const Shape& shifts, const Shape& dims) {
  if (dims.empty()) {  // roll the flattened tensor, keeping the shape; one RollBackward0
    Tensor rolled;
    {
      GradModeGuard no_grad(false);
      rolled = raw::contiguous_copy(reshape(roll(reshape(t.detach(), {t.numel()}), shifts, {0}), t.shape()));
    }
    OpAttrs attrs;
    attrs.sizes = shifts;
    return recorded(Op::Roll, {t}, rolled, std::move(attrs));
  }
  if (shifts.size() != dims.size()) {
    runtime_error("shifts and dimensions must align. shifts: " + std::to_string(shifts.size()) + ", dims:" +
                  std::to_string(dims.size()));
  }
  Shape nd;
  for (int64_t d : dims) nd.push_back(wrap_dim(d, t.dim()));
  Tensor out = remap(t, t.shape(), [&](Shape c) {
    for (size_t k = 0; k < nd.size(); ++k) {
      const int64_t n = t.shape()[nd[k]];
      if (n) c[nd[k]] = ((c[nd[k]] - shifts[k]) % n + n) % n;
    }
    return c;
  });
  OpAttrs attrs;
  attrs.sizes = shifts;
  attrs.dims = nd;
  return recorded(Op::Roll, {t}, out, std::move(attrs));
}

Tensor rot90(const Tensor& t, int64_t k, const Shape& dims) {
  if (dims.size() != 2) runtime_error("expected total rotation dims == 2, but got dims = " + std::to_string(dims.size()));
  if (t.dim() < 2) runtime_error("expected total dims >= 2, but got total dims = " + std::to_string(t.dim()));
  const int64_t d0 = wrap_dim(dims[0], t.dim()), d1 = wrap_dim(dims[1], t.dim());
  if (d0 == d1) runtime_error("expected rotation dims to be different, but got dim0 = " + std::to_string(d0) + " and dim1 = " + std::to_string(d1));
  const int64_t turns = ((k % 4) + 4) % 4;
  Tensor out;
  {
    GradModeGuard no_grad(false);
    Tensor x = t.detach();
    if (turns == 1) out = transpose(flip(x, {d1}), d0, d1);
    else if (turns == 2) out = flip(x, {d0, d1});
    else if (turns == 3) out = flip(transpose(x, d0, d1), {d1});
    else out = x;
    out = raw::contiguous_copy(out);
  }
  OpAttrs attrs;
  attrs.index = k;
  attrs.dims = {d0, d1};
  return recorded(Op::Rot90, {t}, out, std::move(attrs));
}

Tensor triangle(const Tensor& t, int64_t diagonal, bool upper) {
  // 1.13 checks no rank: the failure is size(-2)'s dimension wrap.
  if (t.dim() == 0) index_error("Dimension specified as -2 but tensor has no dimensions");
  if (t.dim() < 2) wrap_dim(-2, t.dim());
  Tensor zero = Tensor::scalar(Scalar(int64_t{0}), t.dtype());
  Tensor c = raw::contiguous(t);
  Tensor out = raw::contiguous_copy(c);
  const int64_t rows = t.size(-2), cols = t.size(-1), mats = t.numel() / std::max<int64_t>(rows * cols, 1);
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* o = out.data_ptr<T>();
    for (int64_t m = 0; m < mats; ++m) {
      for (int64_t i = 0; i < rows; ++i) {
        for (int64_t j = 0; j < cols; ++j) {
          const bool keep = upper ? j - i >= diagonal : j - i <= diagonal;
          if (!keep) o[(m * rows + i) * cols + j] = T(0);
        }
      }
    }
  });
  OpAttrs attrs;
  attrs.index = diagonal;
  return recorded(upper ? Op::Triu : Op::Tril, {t}, out, std::move(attrs));
}

Tensor diagonal(const Tensor& t, int64_t offset, int64_t dim1, int64_t dim2) {
  const int64_t d1 = wrap_dim(dim1, t.dim()), d2 = wrap_dim(dim2, t.dim());
  if (d1 == d2) runtime_error("diagonal dimensions cannot be identical " + std::to_string(dim1) + ", " + std::to_string(dim2));
  int64_t length = offset >= 0 ? std::min(t.shape()[d1], t.shape()[d2] - offset) : std::min(t.shape()[d1] + offset, t.shape()[d2]);
  length = std::max<int64_t>(length, 0);
  int64_t start = t.offset();
  if (length > 0) start += offset >= 0 ? offset * t.strides()[d2] : -offset * t.strides()[d1];
  Shape shape;
  Strides strides;
  for (int64_t d = 0; d < t.dim(); ++d) {
    if (d == d1 || d == d2) continue;
    shape.push_back(t.shape()[d]);
    strides.push_back(t.strides()[d]);
  }
  shape.push_back(length);
  strides.push_back(t.strides()[d1] + t.strides()[d2]);
  Tensor v = raw::make_view(t, shape, strides, start);
  v.impl()->view_base = t.impl()->view_base ? t.impl()->view_base : t.impl_ptr();
  OpAttrs attrs;
  attrs.index = offset;
  attrs.start = d1;
  attrs.end = d2;
  return recorded(Op::Diagonal, {t}, v, std::move(attrs));
}

Tensor diag_embed(const Tensor& t, int64_t offset, int64_t dim1, int64_t dim2) {
  const int64_t n = t.size(-1) + std::abs(offset);
  Shape shape(t.shape().begin(), t.shape().end() - 1);
  const int64_t nd = static_cast<int64_t>(shape.size()) + 2;
  const int64_t d1 = wrap_dim(dim1, nd), d2 = wrap_dim(dim2, nd);
  Shape out_shape;
  size_t k = 0;
  for (int64_t d = 0; d < nd; ++d) out_shape.push_back(d == d1 || d == d2 ? n : shape[k++]);
  Tensor out = zeros(out_shape, t.dtype());
  {
    GradModeGuard no_grad(false);
    raw::copy_into(diagonal(out, offset, d1, d2), t.detach());
  }
  OpAttrs attrs;
  attrs.index = offset;
  attrs.start = d1;
  attrs.end = d2;
  return recorded(Op::DiagEmbed, {t}, out, std::move(attrs));
}

Tensor trace(const Tensor& t) {
  if (t.dim() != 2) runtime_error("trace: expected a matrix, but got tensor with dim " + std::to_string(t.dim()));
  Tensor d;
  {
    GradModeGuard no_grad(false);
    d = sum(diagonal(t.detach(), 0, 0, 1));
  }
  Tensor out = raw::contiguous_copy(is_floating(t.dtype()) ? d : raw::cast(d, DType::Int64));
  return recorded(Op::Trace, {t}, out);
}

Tensor index_select(const Tensor& t, int64_t dim, const Tensor& index) {
  if (index.dim() > 1) index_error("index_select(): Index is supposed to be a vector");
  if (index.dtype() != DType::Int64 && index.dtype() != DType::Int32) {
    runtime_error("index_select(): Expected dtype int32 or int64 for index");
  }
  const int64_t d = t.dim() ? wrap_dim(dim, t.dim()) : 0;
  Tensor idx = raw::contiguous(reshape(index.detach(), {index.numel()}));
  const int64_t size = t.dim() ? t.shape()[d] : 1;
  for (int64_t i = 0; i < idx.numel(); ++i) {
    const int64_t k = idx.data_ptr<int64_t>()[i];
    if (k < 0 || k >= size) index_error("index out of range in self");
  }
  Shape out_shape = t.shape();
  if (!out_shape.empty()) out_shape[d] = idx.numel();
  Tensor out = remap(t, out_shape, [&](Shape c) {
    if (!c.empty()) c[d] = idx.data_ptr<int64_t>()[c[d]];
    return c;
  });
  OpAttrs attrs;
  attrs.dim = d;
  attrs.aux = idx;
  return recorded(Op::IndexSelect, {t}, out, std::move(attrs));
}

Tensor index_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, double alpha) {
  if (index.dtype() != DType::Int64 && index.dtype() != DType::Int32) {
    runtime_error(std::string("index_add_(): Expected dtype int32/int64 for index but got: ") + scalar_type_name(index.dtype()));
  }
  if (source.dtype() != self.dtype()) {
    runtime_error(std::string("index_add_(): self (") + scalar_type_name(self.dtype()) + ") and source (" +
                  scalar_type_name(source.dtype()) + ") must have the same scalar type");
  }
  const int64_t d = self.dim() ? wrap_dim(dim, self.dim()) : 0;
  Tensor idx = raw::contiguous(reshape(index.detach(), {index.numel()}));
  Tensor out = raw::contiguous_copy(self);
  Tensor src = raw::contiguous(raw::cast(source.detach(), self.dtype()));
  dispatch_dtype(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* o = out.data_ptr<T>();
    const T* s = src.data_ptr<T>();
    for (int64_t i = 0; i < src.numel(); ++i) {
      Shape c = coords_of(i, src.shape());
      if (!c.empty()) {
        const int64_t k = idx.data_ptr<int64_t>()[c[d]];
        if (k < 0 || k >= self.shape()[d]) index_error("index out of range in self");
        c[d] = k;
      }
      int64_t off = 0, stride = 1;
      for (int64_t q = static_cast<int64_t>(c.size()) - 1; q >= 0; --q) {
        off += c[q] * stride;
        stride *= out.shape()[q];
      }
      o[off] = static_cast<T>(o[off] + static_cast<T>(alpha) * s[i]);
    }
  });
  OpAttrs attrs;
  attrs.dim = d;
  attrs.aux = idx;
  attrs.scalar = alpha;
  return recorded(Op::IndexAdd, {self, source}, out, std::move(attrs));
}

Tensor index_fill(const Tensor& self, int64_t dim, const Tensor& index, double value) {
  if (index.dtype() != DType::Int64) index_error("index_fill_(): Expected dtype int64 for index.");
  const int64_t d = self.dim() ? wrap_dim(dim, self.dim()) : 0;
  Tensor idx = raw::contiguous(reshape(index.detach(), {index.numel()}));
  Tensor out = raw::contiguous_copy(self);
  {
    GradModeGuard no_grad(false);
    for (int64_t i = 0; i < idx.numel(); ++i) {
      const int64_t k = idx.data_ptr<int64_t>()[i];
      raw::copy_into(self.dim() ? raw_select_view(out, d, k < 0 ? k + self.shape()[d] : k) : out,
                     Tensor::scalar(Scalar(value), self.dtype()));
    }
  }
  OpAttrs attrs;
  attrs.dim = d;
  attrs.aux = idx;
  return recorded(Op::IndexFill, {self}, out, std::move(attrs));
}

Tensor index_copy(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source) {
  if (index.dtype() != DType::Int64) {
    runtime_error(std::string("index_copy_(): Expected a long tensor for index, but got ") + scalar_type_name(index.dtype()));
  }
  if (source.dtype() != self.dtype()) {
    runtime_error(std::string("index_copy_(): self and source expected to have the same dtype, but got (self) ") +
                  scalar_type_name(self.dtype()) + " and (source) " + scalar_type_name(source.dtype()));
  }
  const int64_t d = self.dim() ? wrap_dim(dim, self.dim()) : 0;
  Tensor idx = raw::contiguous(reshape(index.detach(), {index.numel()}));
  Tensor out = raw::contiguous_copy(self);
  {
    GradModeGuard no_grad(false);
    for (int64_t i = 0; i < idx.numel(); ++i) {
      raw::copy_into(raw_select_view(out, d, idx.data_ptr<int64_t>()[i]), raw_select_view(source.detach(), d, i));
    }
  }
  OpAttrs attrs;
  attrs.dim = d;
  attrs.aux = idx;
  return recorded(Op::IndexCopy, {self, source}, out, std::move(attrs));
}

std::vector<Tensor> split_with_sizes(const Tensor& t, const Shape& sizes, int64_t dim, bool from_int) {
  const int64_t d = wrap_dim(dim, t.dim());
  int64_t total = 0;
  for (int64_t s : sizes) total += s;
  if (total != t.shape()[d]) {
    runtime_error("split_with_sizes expects split_sizes to sum exactly to " + std::to_string(t.shape()[d]) +
                  " (input tensor's size at dimension " + std::to_string(d) + "), but got split_sizes=" + shape_str(sizes));
  }
  std::vector<Tensor> pieces;
  int64_t start = 0;
  for (int64_t s : sizes) {
    Tensor v = raw_slice_view(t, d, start, s);
    v.impl()->view_base = t.impl()->view_base ? t.impl()->view_base : t.impl_ptr();
    OpAttrs attrs;
    attrs.dim = d;
    attrs.start = start;
    attrs.end = start + s;
    attrs.step = 1;
    record(from_int ? Op::Split : Op::SplitWithSizes, {t}, v, std::move(attrs));
    if (GradMode::is_enabled()) v.impl()->multi_output_piece = static_cast<int32_t>(pieces.size());
    pieces.push_back(v);
    start += s;
  }
  return pieces;
}

// torch.block_diag: each input (a 0-d one as 1x1, a 1-D one as a row) placed on the diagonal of
// a zero matrix of the promoted dtype (BlockDiagBackward0 slices the gradient back out).
Tensor block_diag(const std::vector<Tensor>& tensors) {
  DType d = tensors.empty() ? default_float_dtype() : tensors[0].dtype();
  int64_t rows = 0, cols = 0;
  std::vector<Tensor> blocks;
  for (size_t i = 0; i < tensors.size(); ++i) {
    const Tensor& t = tensors[i];
    if (t.dim() > 2) {
      runtime_error("torch.block_diag: Input tensors must have 2 or fewer dimensions. Input " + std::to_string(i) +
                    " has " + std::to_string(t.dim()) + " dimensions");
    }
    d = promote_types(d, t.dtype());
    const Shape shape = t.dim() == 2 ? t.shape() : t.dim() == 1 ? Shape{1, t.numel()} : Shape{1, 1};
    blocks.push_back(raw::make_view(raw::contiguous(t.detach()), shape, {shape[1], 1}, 0));
    rows += shape[0];
    cols += shape[1];
  }
  if (tensors.empty()) rows = 1;
  Tensor out = Tensor::empty({rows, cols}, d);
  int64_t r = 0, c = 0;
  for (const Tensor& b : blocks) {
    Tensor target = raw::make_view(out, b.shape(), out.strides(), out.offset() + r * cols + c);
    raw::copy_into(target, b);
    r += b.shape()[0];
    c += b.shape()[1];
  }
  record(Op::BlockDiag, tensors, out);
  return out;
}

}  // namespace ag
