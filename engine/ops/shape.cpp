// View ops: the result shares storage and version counter with its input.
#include <numeric>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace raw {

Tensor make_view(const Tensor& t, const Shape& shape, const Strides& strides, int64_t offset) {
  auto impl = std::make_shared<TensorImpl>();
  impl->storage = t.impl()->storage;
  impl->version = t.impl()->version;
  impl->shape = shape;
  impl->strides = strides;
  impl->offset = offset;
  return Tensor(std::move(impl));
}

}  // namespace raw

namespace {

// A differentiable view: shares t's storage, remembers its base, records `op`.
Tensor view_of(const Tensor& t, const Shape& shape, const Strides& strides, int64_t offset, Op op,
               OpAttrs attrs = {}) {
  Tensor v = raw::make_view(t, shape, strides, offset);
  v.impl()->view_base = t.impl()->view_base ? t.impl()->view_base : t.impl_ptr();
  record(op, {t}, v, std::move(attrs));
  return v;
}

// Resolves one -1 in `shape` against numel, or raises PyTorch's error.
Shape infer_size(const Shape& shape, int64_t numel) {
  Shape out = shape;
  int64_t known = 1;
  int64_t infer_at = -1;
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == -1) {
      if (infer_at >= 0) runtime_error("only one dimension can be inferred");
      infer_at = static_cast<int64_t>(i);
    } else if (shape[i] < 0) {
      runtime_error("invalid shape dimension " + std::to_string(shape[i]));
    } else {
      known *= shape[i];
    }
  }
  if (infer_at >= 0 && known != 0 && numel % known == 0) {
    out[static_cast<size_t>(infer_at)] = numel / known;
    return out;
  }
  if (infer_at < 0 && known == numel) return out;
  runtime_error("shape '" + shape_str(shape) + "' is invalid for input of size " + std::to_string(numel));
}

// Strides that let `t` be viewed with `shape` without copying, if any (PyTorch's computeStride).
std::optional<Strides> view_strides(const Tensor& t, const Shape& shape) {
  const Shape& old_shape = t.shape();
  const Strides& old_strides = t.strides();
  Strides strides(shape.size(), 0);
  if (t.numel() == 0) return contiguous_strides(shape);
  if (old_shape.empty()) return Strides(shape.size(), 1);  // a 0-d tensor views as any shape of ones
  int64_t view_d = static_cast<int64_t>(shape.size()) - 1;
  int64_t chunk_base_stride = old_strides.empty() ? 1 : old_strides.back();
  int64_t tensor_numel = 1, view_numel = 1;
  for (int64_t d = static_cast<int64_t>(old_shape.size()) - 1; d >= 0; --d) {
    tensor_numel *= old_shape[static_cast<size_t>(d)];
    if (d == 0 || (old_shape[static_cast<size_t>(d - 1)] != 1 &&
                   old_strides[static_cast<size_t>(d - 1)] != tensor_numel * chunk_base_stride)) {
      while (view_d >= 0 && (view_numel < tensor_numel || shape[static_cast<size_t>(view_d)] == 1)) {
        strides[static_cast<size_t>(view_d)] = view_numel * chunk_base_stride;
        view_numel *= shape[static_cast<size_t>(view_d)];
        --view_d;
      }
      if (view_numel != tensor_numel) return std::nullopt;
      if (d > 0) {
        chunk_base_stride = old_strides[static_cast<size_t>(d - 1)];
        tensor_numel = 1;
        view_numel = 1;
      }
    }
  }
  if (view_d != -1) return std::nullopt;
  return strides;
}

}  // namespace

Tensor view(const Tensor& t, const Shape& shape) {
  const Shape sizes = infer_size(shape, t.numel());
  auto strides = view_strides(t, sizes);
  if (!strides) {
    runtime_error("view size is not compatible with input tensor's size and stride (at least one "
                  "dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
  }
  return view_of(t, sizes, *strides, t.offset(), Op::View);
}

Tensor unsafe_view(const Tensor& t, const Shape& shape) {
  Tensor c = raw::contiguous(t);
  Tensor out = raw::make_view(c, infer_size(shape, t.numel()), contiguous_strides(infer_size(shape, t.numel())), c.offset());
  record(Op::UnsafeView, {t}, out);
  return out;
}

Tensor reshape(const Tensor& t, const Shape& shape) {
  const Shape sizes = infer_size(shape, t.numel());
  if (auto strides = view_strides(t, sizes)) {
    return view_of(t, sizes, *strides, t.offset(), Op::ReshapeAlias);
  }
  // Not expressible as a view: copy, then view the copy (PyTorch's _unsafe_view).
  Tensor copy = clone(t);
  Tensor out = raw::make_view(copy, sizes, contiguous_strides(sizes), 0);
  record(Op::UnsafeView, {copy}, out);
  return out;
}

Tensor flatten(const Tensor& t, int64_t start_dim, int64_t end_dim) {
  const int64_t nd = std::max<int64_t>(t.dim(), 1);
  const int64_t s = wrap_dim(start_dim, nd), e = wrap_dim(end_dim, nd);
  if (s > e) runtime_error("flatten() has invalid args: start_dim cannot come after end_dim");
  if (t.dim() == 0) return reshape(t, {1});
  if (s == e) return t;
  Shape shape;
  for (int64_t i = 0; i < s; ++i) shape.push_back(t.shape()[static_cast<size_t>(i)]);
  int64_t flat = 1;
  for (int64_t i = s; i <= e; ++i) flat *= t.shape()[static_cast<size_t>(i)];
  shape.push_back(flat);
  for (int64_t i = e + 1; i < t.dim(); ++i) shape.push_back(t.shape()[static_cast<size_t>(i)]);
  return reshape(t, shape);
}

Tensor t(const Tensor& x) {
  if (x.dim() > 2) {
    runtime_error("t() expects a tensor with <= 2 dimensions, but self is " + std::to_string(x.dim()) + "D");
  }
  Shape shape = x.shape();
  Strides strides = x.strides();
  if (x.dim() == 2) {
    std::swap(shape[0], shape[1]);
    std::swap(strides[0], strides[1]);
  }
  return view_of(x, shape, strides, x.offset(), Op::T);
}

Tensor transpose(const Tensor& x, int64_t dim0, int64_t dim1) { return transpose_as(x, dim0, dim1, Op::Transpose); }

Tensor transpose_as(const Tensor& x, int64_t dim0, int64_t dim1, Op op) {
  const int64_t nd = std::max<int64_t>(x.dim(), 1);
  const int64_t a = wrap_dim(dim0, nd), b = wrap_dim(dim1, nd);
  Shape shape = x.shape();
  Strides strides = x.strides();
  if (x.dim() > 0) {
    std::swap(shape[static_cast<size_t>(a)], shape[static_cast<size_t>(b)]);
    std::swap(strides[static_cast<size_t>(a)], strides[static_cast<size_t>(b)]);
  }
  OpAttrs attrs;
  attrs.start = a;
  attrs.end = b;
  return view_of(x, shape, strides, x.offset(), op, std::move(attrs));
}

Tensor permute(const Tensor& x, const Shape& dims) {
  if (static_cast<int64_t>(dims.size()) != x.dim()) {
    runtime_error("permute(sparse_coo): number of dimensions in the tensor input does not match the "
                  "length of the desired ordering of dimensions i.e. input.dim() = " +
                  std::to_string(x.dim()) + " is not equal to len(dims) = " + std::to_string(dims.size()));
  }
  Shape wrapped, shape;
  Strides strides;
  std::vector<bool> seen(dims.size(), false);
  for (int64_t d : dims) {
    const int64_t w = wrap_dim(d, x.dim());
    if (seen[static_cast<size_t>(w)]) runtime_error("permute(): duplicate dims are not allowed.");
    seen[static_cast<size_t>(w)] = true;
    wrapped.push_back(w);
    shape.push_back(x.shape()[static_cast<size_t>(w)]);
    strides.push_back(x.strides()[static_cast<size_t>(w)]);
  }
  OpAttrs attrs;
  attrs.dims = wrapped;
  return view_of(x, shape, strides, x.offset(), Op::Permute, std::move(attrs));
}

Tensor unsqueeze(const Tensor& x, int64_t dim) { return unsqueeze_as(x, dim, Op::Unsqueeze); }

Tensor unsqueeze_as(const Tensor& x, int64_t dim, Op op) {
  const int64_t d = wrap_dim(dim, x.dim() + 1);
  Shape shape = x.shape();
  Strides strides = x.strides();
  const int64_t stride = d < x.dim() ? shape[static_cast<size_t>(d)] * strides[static_cast<size_t>(d)] : 1;
  shape.insert(shape.begin() + d, 1);
  strides.insert(strides.begin() + d, stride);
  OpAttrs attrs;
  attrs.dim = d;
  return view_of(x, shape, strides, x.offset(), op, std::move(attrs));
}

Tensor squeeze(const Tensor& x) {
  Shape shape;
  Strides strides;
  for (int64_t i = 0; i < x.dim(); ++i) {
    if (x.shape()[static_cast<size_t>(i)] == 1) continue;
    shape.push_back(x.shape()[static_cast<size_t>(i)]);
    strides.push_back(x.strides()[static_cast<size_t>(i)]);
  }
  return view_of(x, shape, strides, x.offset(), Op::Squeeze);
}

Tensor squeeze(const Tensor& x, int64_t dim) { return squeeze_as(x, dim, Op::SqueezeDim); }

Tensor squeeze_as(const Tensor& x, int64_t dim, Op op) {
  const int64_t d = wrap_dim(dim, x.dim());
  Shape shape = x.shape();
  Strides strides = x.strides();
  if (x.dim() > 0 && shape[static_cast<size_t>(d)] == 1) {
    shape.erase(shape.begin() + d);
    strides.erase(strides.begin() + d);
  }
  OpAttrs attrs;
  attrs.dim = d;
  return view_of(x, shape, strides, x.offset(), op, std::move(attrs));
}

Tensor expand(const Tensor& x, const Shape& sizes) {
  if (static_cast<int64_t>(sizes.size()) < x.dim()) {
    runtime_error("expand(torch.FloatTensor{" + shape_str(x.shape()) + "}, size=" + shape_str(sizes) +
                  "): the number of sizes provided (" + std::to_string(sizes.size()) +
                  ") must be greater or equal to the number of dimensions in the tensor (" +
                  std::to_string(x.dim()) + ")");
  }
  const size_t lead = sizes.size() - static_cast<size_t>(x.dim());
  Shape shape(sizes.size());
  Strides strides(sizes.size());
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (i < lead) {
      if (sizes[i] < 0) {
        runtime_error("The expanded size of the tensor (" + std::to_string(sizes[i]) +
                      ") isn't allowed in a leading, non-existing dimension " + std::to_string(i));
      }
      shape[i] = sizes[i];
      strides[i] = 0;
      continue;
    }
    const int64_t have = x.shape()[i - lead];
    const int64_t want = sizes[i] == -1 ? have : sizes[i];
    if (have != want) {
      if (have != 1) {
        runtime_error("The expanded size of the tensor (" + std::to_string(want) +
                      ") must match the existing size (" + std::to_string(have) +
                      ") at non-singleton dimension " + std::to_string(i) + ".  Target sizes: " +
                      shape_str(sizes) + ".  Tensor sizes: " + shape_str(x.shape()));
      }
      shape[i] = want;
      strides[i] = 0;
    } else {
      shape[i] = have;
      strides[i] = x.strides()[i - lead];
    }
  }
  return view_of(x, shape, strides, x.offset(), Op::Expand);
}

Tensor expand_as(const Tensor& x, const Tensor& other) { return expand(x, other.shape()); }

}  // namespace ag
