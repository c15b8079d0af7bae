// Indexing with tensors: t[long_tensor], t[bool_mask], and assignment through them. Positions
// address the first k dims flattened, which covers an index tensor on dim 0 (k = 1) and a mask
// over the leading dims (k = mask.dim(), positions = where the mask is true).
#include "autograd/copy_slices.h"
#include "autograd/derivatives.h"
#include "autograd/forward_ad.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

struct Layout {
  int64_t lead = 1;   // product of the first k dims
  int64_t inner = 1;  // product of the rest
  Shape rest;
};

Layout layout_of(const Shape& shape, int64_t k) {
  Layout l;
  for (int64_t i = 0; i < static_cast<int64_t>(shape.size()); ++i) {
    if (i < k) l.lead *= shape[static_cast<size_t>(i)];
    else {
      l.inner *= shape[static_cast<size_t>(i)];
      l.rest.push_back(shape[static_cast<size_t>(i)]);
    }
  }
  return l;
}

std::vector<int64_t> checked_positions(const Tensor& positions, const Shape& shape, int64_t k, int64_t lead) {
  if (positions.dtype() != DType::Int64) {
    index_error("tensors used as indices must be long, byte or bool tensors");
  }
  std::vector<int64_t> out(static_cast<size_t>(positions.numel()));
  for (int64_t i = 0; i < positions.numel(); ++i) {
    int64_t p = positions.flat_get_scalar(i).to_int();
    if (p < -lead || p >= lead) {
      index_error("index " + std::to_string(p) + " is out of bounds for dimension 0 with size " +
                  std::to_string(k == 1 ? shape[0] : lead));
    }
    out[static_cast<size_t>(i)] = p < 0 ? p + lead : p;
  }
  return out;
}

Shape result_shape(const Tensor& positions, const Shape& rest) {
  Shape s = positions.shape();
  for (int64_t r : rest) s.push_back(r);
  return s;
}

}  // namespace

Tensor mask_positions(const Tensor& mask, const Shape& indexed_shape) {
  for (int64_t i = 0; i < mask.dim(); ++i) {
    if (i >= static_cast<int64_t>(indexed_shape.size()) || mask.shape()[static_cast<size_t>(i)] != indexed_shape[static_cast<size_t>(i)]) {
      index_error("The shape of the mask " + shape_str(mask.shape()) + " at index " + std::to_string(i) +
                  " does not match the shape of the indexed tensor " + shape_str(indexed_shape) +
                  " at index " + std::to_string(i));
    }
  }
  std::vector<int64_t> where_true;
  for (int64_t i = 0; i < mask.numel(); ++i) {
    if (mask.flat_get(i) != 0) where_true.push_back(i);
  }
  return from_int64s(where_true, {static_cast<int64_t>(where_true.size())}, DType::Int64);
}

Tensor index_leading(const Tensor& t, int64_t k, const Tensor& positions) {
  if (k > t.dim()) index_error("too many indices for tensor of dimension " + std::to_string(t.dim()));
  const Layout l = layout_of(t.shape(), k);
  const std::vector<int64_t> pos = checked_positions(positions, t.shape(), k, l.lead);
  Tensor src = raw::contiguous(t);
  Tensor out = Tensor::empty(result_shape(positions, l.rest), t.dtype());
  for (size_t i = 0; i < pos.size(); ++i) {
    Tensor from = raw::make_view(src, {l.inner}, {1}, src.offset() + pos[i] * l.inner);
    Tensor to = raw::make_view(out, {l.inner}, {1}, static_cast<int64_t>(i) * l.inner);
    raw::copy_into(to, from);
  }
  OpAttrs attrs;
  attrs.dim = k;
  attrs.aux = positions;
  record(Op::Index, {t}, out, std::move(attrs));
  return out;
}

Tensor index_leading_backward(const Tensor& grad, const Shape& input_shape, int64_t k, const Tensor& positions) {
  const Layout l = layout_of(input_shape, k);
  const std::vector<int64_t> pos = checked_positions(positions, input_shape, k, l.lead);
  Tensor g = raw::contiguous(grad);
  Tensor out = zeros(input_shape, grad.dtype());
  for (size_t i = 0; i < pos.size(); ++i) {
    Tensor from = raw::make_view(g, {l.inner}, {1}, g.offset() + static_cast<int64_t>(i) * l.inner);
    Tensor to = raw::make_view(out, {l.inner}, {1}, pos[i] * l.inner);
    raw::copy_into(to, add(to, from));  // repeated positions accumulate
  }
  OpAttrs attrs;
  attrs.dim = k;
  attrs.aux = positions;
  record(Op::IndexBackward, {grad}, out, std::move(attrs));
  return out;
}

Tensor masked_scatter(const Tensor& self, const Tensor& mask, const Tensor& source) {
  if (mask.dtype() != DType::Bool && mask.dtype() != DType::UInt8) {
    runtime_error(std::string("masked_scatter_ only supports boolean masks, but got mask with dtype ") +
                  scalar_type_name(mask.dtype()));
  }
  if (self.dtype() != source.dtype()) {
    runtime_error(std::string("masked_scatter: expected self and source to have same dtypes but got") +
                  scalar_type_name(self.dtype()) + " and " + scalar_type_name(source.dtype()));
  }
  const Shape shape = kernels::broadcast_shapes(self.shape(), mask.shape());
  Tensor out = raw::contiguous_copy(raw::expand_view(self.detach(), shape));
  const Tensor m = raw::contiguous_copy(raw::expand_view(mask, shape), DType::Bool);
  const Tensor src = raw::contiguous(source.detach());
  int64_t count = 0;
  for (int64_t i = 0; i < m.numel(); ++i) count += m.flat_get(i) != 0;
  if (src.numel() < count) runtime_error("Number of elements of source < number of ones in mask");
  int64_t next = 0;
  for (int64_t i = 0; i < m.numel(); ++i) {
    if (m.flat_get(i) != 0) {
      raw::copy_into(raw::make_view(out, {}, {}, i), raw::make_view(src, {}, {}, src.offset() + next++));
    }
  }
  OpAttrs attrs;
  attrs.aux = m;
  record(Op::MaskedScatter, {self, source}, out, std::move(attrs));
  return out;
}

Tensor masked_select(const Tensor& self, const Tensor& mask) {
  if (mask.dtype() != DType::Bool) runtime_error("masked_select: expected BoolTensor for mask");
  const Shape shape = kernels::broadcast_shapes(self.shape(), mask.shape());
  const Tensor positions = mask_positions(raw::contiguous_copy(raw::expand_view(mask, shape)), shape);
  Tensor out;
  {
    GradModeGuard no_grad(false);
    out = index_leading(raw::expand_view(self.detach(), shape), static_cast<int64_t>(shape.size()), positions);
  }
  OpAttrs attrs;
  attrs.sizes = shape;
  attrs.aux = positions;
  record(Op::MaskedSelect, {self}, out, std::move(attrs));
  return out;
}

Tensor take(const Tensor& t, const Tensor& index) {
  if (index.dtype() != DType::Int64) {
    runtime_error(std::string("take(): Expected a long tensor for index, but got ") + scalar_type_name(index.dtype()));
  }
  const int64_t numel = t.numel();
  const Tensor ci = raw::contiguous(index);
  std::vector<int64_t> flat(static_cast<size_t>(ci.numel()));
  for (int64_t i = 0; i < ci.numel(); ++i) {
    int64_t v = ci.flat_get_scalar(i).to_int();
    if (v < -numel || v >= numel) {
      index_error("out of range: tried to access index " + std::to_string(v) + " on a tensor of " +
                  std::to_string(numel) + " elements.");
    }
    flat[static_cast<size_t>(i)] = v < 0 ? v + numel : v;
  }
  const Tensor positions = from_int64s(flat, {ci.numel()}, DType::Int64);
  Tensor out;
  {
    GradModeGuard no_grad(false);
    const Tensor c = raw::contiguous_copy(t.detach());
    out = raw::contiguous_copy(index_leading(raw::make_view(c, {numel}, {1}, 0), 1, positions));
  }
  out = raw::make_view(out, index.shape(), contiguous_strides(index.shape()), 0);
  OpAttrs attrs;
  attrs.aux = positions;
  record(Op::Take, {t}, out, std::move(attrs));
  return out;
}

// Zeros the addressed rows of a copy of t (differentiable: a multiplication by a mask).
Tensor index_zero_rows(const Tensor& t, int64_t k, const Tensor& positions) {
  const Layout l = layout_of(t.shape(), k);
  const std::vector<int64_t> pos = checked_positions(positions, t.shape(), k, l.lead);
  Shape lead_shape(t.shape().begin(), t.shape().begin() + k);
  Tensor keep = ones(lead_shape, DType::Bool);
  bool* p = keep.data_ptr<bool>();
  for (int64_t q : pos) p[q] = false;
  for (int64_t i = 0; i < static_cast<int64_t>(l.rest.size()); ++i) keep = unsqueeze(keep, -1);
  return where(keep, t, zeros({}, t.dtype()));
}

const Tensor& index_put_leading_(const Tensor& self, int64_t k, const Tensor& positions, const Tensor& values) {
  const Layout l = layout_of(self.shape(), k);
  const std::vector<int64_t> pos = checked_positions(positions, self.shape(), k, l.lead);
  const Shape target_shape = result_shape(positions, l.rest);
  // Broadcast the values to what is being replaced (PyTorch's message on failure).
  Tensor v = values.detach();
  if (v.shape() != target_shape) {
    try {
      v = expand(v, target_shape);
    } catch (const Error&) {
      runtime_error("shape mismatch: value tensor of shape " + shape_str(values.shape()) +
                    " cannot be broadcast to indexing result of shape " + shape_str(target_shape));
    }
  }
  if (GradMode::is_enabled()) {
    const auto& base = self.impl()->view_base;
    if ((base && Tensor(base).is_leaf() && Tensor(base).requires_grad())) {
      runtime_error("a view of a leaf Variable that requires grad is being used in an in-place operation.");
    }
    if (self.is_leaf() && self.requires_grad()) {
      runtime_error("a leaf Variable that requires grad is being used in an in-place operation.");
    }
  }
  OpAttrs attrs;
  attrs.dim = k;
  attrs.aux = positions;
  auto node = prepare_inplace(Op::IndexPut, self, Tensor(), {values}, std::move(attrs));
  Tensor vc = raw::contiguous_copy(v, self.dtype());
  // self may be any strided view (x[:, i, :, j] = v writes through a permute): each addressed
  // position is unravelled over the first k dims and its sub-tensor written through self's strides.
  const Strides rest_strides(self.strides().begin() + k, self.strides().end());
  for (size_t i = 0; i < pos.size(); ++i) {
    Tensor from = raw::make_view(vc, l.rest, contiguous_strides(l.rest), static_cast<int64_t>(i) * l.inner);
    int64_t offset = self.offset(), rem = pos[i];
    for (int64_t d = k - 1; d >= 0; --d) {
      const int64_t size = self.shape()[static_cast<size_t>(d)];
      offset += (rem % size) * self.strides()[static_cast<size_t>(d)];
      rem /= size;
    }
    raw::copy_into(raw::make_view(self, l.rest, rest_strides, offset), from);
  }
  self.bump_version();
  if (node) {
    // Through a view (y[:, i] = v writes into a slice of y): CopySlices on the base, as in PyTorch.
    if (self.impl()->view_base) rebase_view_history(self, node);
    else rebase_history(self, node);
  }
  // Forward mode: the same positions of self's tangent take the values' tangent (or zeros).
  if (forward_ad::has_tangent(self) || forward_ad::has_tangent(values)) {
    Tensor vt = forward_ad::has_tangent(values) ? forward_ad::tangent(values) : zeros(values.shape(), self.dtype());
    if (!forward_ad::has_tangent(self)) forward_ad::set_tangent(self, zeros(self.shape(), vt.dtype()));
    Tensor self_tangent = forward_ad::tangent(self);
    NoGradGuard no_grad;
    forward_ad::SuspendGuard plain;
    index_put_leading_(self_tangent, k, positions, vt);
  }
  return self;
}

}  // namespace ag

namespace ag {

// torch.nonzero: the coordinates of every nonzero element, one row each, in row-major order.
Tensor nonzero(const Tensor& t) {
  const Tensor c = raw::contiguous(t);
  const int64_t n = c.numel(), dims = c.dim();
  std::vector<int64_t> coords;
  Shape index(static_cast<size_t>(dims), 0);
  int64_t rows = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (c.flat_get(i) != 0.0) {
      coords.insert(coords.end(), index.begin(), index.end());
      ++rows;
    }
    for (int64_t d = dims - 1; d >= 0; --d) {  // the next index in row-major order
      if (++index[static_cast<size_t>(d)] < c.shape()[static_cast<size_t>(d)]) break;
      index[static_cast<size_t>(d)] = 0;
    }
  }
  return from_int64s(coords, {rows, dims}, DType::Int64);
}

}  // namespace ag

namespace ag {

namespace {

// t with dims [d, d + k) moved to the front (a view sharing t's storage, no history).
Tensor front_view(const Tensor& t, int64_t d, int64_t k) {
  Shape shape;
  Strides strides;
  for (int64_t i = d; i < d + k; ++i) {
    shape.push_back(t.shape()[i]);
    strides.push_back(t.strides()[i]);
  }
  for (int64_t i = 0; i < t.dim(); ++i) {
    if (i >= d && i < d + k) continue;
    shape.push_back(t.shape()[i]);
    strides.push_back(t.strides()[i]);
  }
  return raw::make_view(t, shape, strides, t.offset());
}

// The permutation taking a tensor laid out as (p leading dims, d dims, rest) to (d, p, rest).
Shape leading_to(int64_t p, int64_t d, int64_t ndim) {
  Shape order;
  for (int64_t i = p; i < p + d; ++i) order.push_back(i);
  for (int64_t i = 0; i < p; ++i) order.push_back(i);
  for (int64_t i = p + d; i < ndim; ++i) order.push_back(i);
  return order;
}

}  // namespace

Tensor index_at_dim(const Tensor& t, int64_t d, int64_t k, const Tensor& positions) {
  if (d == 0) return index_leading(t, k, positions);
  Tensor picked;
  {
    GradModeGuard no_grad(false);
    picked = index_leading(front_view(t.detach(), d, k), k, positions);  // (positions..., t's other dims)
  }
  const int64_t p = positions.dim();
  Tensor out = raw::contiguous_copy(permute(picked, leading_to(p, d, picked.dim())));
  OpAttrs attrs;
  attrs.dim = d;
  attrs.index = k;
  attrs.aux = positions;
  record(Op::IndexDim, {t}, out, std::move(attrs));
  return out;
}

Tensor index_at_dim_backward(const Tensor& grad, const Shape& input_shape, int64_t d, int64_t k, const Tensor& positions) {
  // grad is (input's first d dims, positions..., the rest): bring the positions dims first,
  // scatter into the input's layout with those k dims first, and move them back.
  const int64_t p = positions.dim();
  Shape to_front;
  for (int64_t i = d; i < d + p; ++i) to_front.push_back(i);
  for (int64_t i = 0; i < d; ++i) to_front.push_back(i);
  for (int64_t i = d + p; i < grad.dim(); ++i) to_front.push_back(i);
  Shape front_shape;
  for (int64_t i = d; i < d + k; ++i) front_shape.push_back(input_shape[i]);
  for (int64_t i = 0; i < static_cast<int64_t>(input_shape.size()); ++i) {
    if (i < d || i >= d + k) front_shape.push_back(input_shape[i]);
  }
  Tensor g = index_leading_backward(contiguous(permute(grad, to_front)), front_shape, k, positions);
  Shape back;
  for (int64_t i = k; i < k + d; ++i) back.push_back(i);
  for (int64_t i = 0; i < k; ++i) back.push_back(i);
  for (int64_t i = k + d; i < g.dim(); ++i) back.push_back(i);
  return permute(g, back);
}

const Tensor& index_put_at_dim_(const Tensor& self, int64_t d, int64_t k, const Tensor& positions, const Tensor& values) {
  if (d == 0) return index_put_leading_(self, k, positions, values);
  if (should_record({self, values})) {
    // With history: the indexed dims brought to the front by a recorded permute (a view of
    // self) and the values laid out the same way, so the write is index_put_leading_'s.
    Shape order, value_order;
    for (int64_t i = d; i < d + k; ++i) order.push_back(i);
    for (int64_t i = 0; i < self.dim(); ++i) if (i < d || i >= d + k) order.push_back(i);
    Shape result = Shape(self.shape().begin(), self.shape().begin() + d);
    result.insert(result.end(), positions.shape().begin(), positions.shape().end());
    result.insert(result.end(), self.shape().begin() + d + k, self.shape().end());
    const int64_t p = positions.dim();
    for (int64_t i = d; i < d + p; ++i) value_order.push_back(i);
    for (int64_t i = 0; i < d; ++i) value_order.push_back(i);
    for (int64_t i = d + p; i < static_cast<int64_t>(result.size()); ++i) value_order.push_back(i);
    Tensor expanded;
    try {
      expanded = expand(values, result);
    } catch (const Error&) {
      runtime_error("shape mismatch: value tensor of shape " + shape_str(values.shape()) +
                    " cannot be broadcast to indexing result of shape " + shape_str(result));
    }
    index_put_leading_(permute(self, order), k, positions, permute(expanded, value_order));
    return self;
  }
  // Values are given in the result's layout (self's first d dims, positions..., rest): move
  // them to the front-view layout and write through a view of self.
  Shape result = Shape(self.shape().begin(), self.shape().begin() + d);
  result.insert(result.end(), positions.shape().begin(), positions.shape().end());
  result.insert(result.end(), self.shape().begin() + d + k, self.shape().end());
  bool broadcastable = values.dim() <= static_cast<int64_t>(result.size());
  for (int64_t i = 1; broadcastable && i <= values.dim(); ++i) {
    const int64_t vs = values.shape()[values.shape().size() - static_cast<size_t>(i)];
    broadcastable = vs == 1 || vs == result[result.size() - static_cast<size_t>(i)];
  }
  if (!broadcastable) {
    runtime_error("shape mismatch: value tensor of shape " + shape_str(values.shape()) +
                  " cannot be broadcast to indexing result of shape " + shape_str(result));
  }
  Tensor v = raw::contiguous_copy(raw::expand_view(raw::cast(values.detach(), self.dtype()), result));
  const int64_t p = positions.dim();
  Shape to_front;
  for (int64_t i = d; i < d + p; ++i) to_front.push_back(i);
  for (int64_t i = 0; i < d; ++i) to_front.push_back(i);
  for (int64_t i = d + p; i < v.dim(); ++i) to_front.push_back(i);
  Tensor moved;
  {
    GradModeGuard no_grad(false);
    moved = raw::contiguous_copy(permute(v, to_front));
  }
  moved = raw::make_view(moved, [&] {  // (positions flattened, the other dims)
    Shape s{positions.numel()};
    s.insert(s.end(), moved.shape().begin() + p, moved.shape().end());
    return s;
  }(), contiguous_strides([&] {
    Shape s{positions.numel()};
    s.insert(s.end(), moved.shape().begin() + p, moved.shape().end());
    return s;
  }()), 0);
  // Each position fixes dims [d, d + k): write its slice through a view of self.
  Shape other_shape;
  Strides other_strides;
  for (int64_t i = 0; i < self.dim(); ++i) {
    if (i >= d && i < d + k) continue;
    other_shape.push_back(self.shape()[i]);
    other_strides.push_back(self.strides()[i]);
  }
  const Layout l = layout_of(Shape(self.shape().begin() + d, self.shape().begin() + d + k), k);
  const std::vector<int64_t> pos = checked_positions(positions, Shape(self.shape().begin() + d, self.shape().end()), k, l.lead);
  for (size_t i = 0; i < pos.size(); ++i) {
    int64_t rem = pos[i], offset = self.offset();
    for (int64_t j = d + k - 1; j >= d; --j) {
      offset += (rem % self.shape()[j]) * self.strides()[j];
      rem /= self.shape()[j];
    }
    raw::copy_into(raw::make_view(self, other_shape, other_strides, offset), raw_select_view(moved, 0, static_cast<int64_t>(i)));
  }
  self.bump_version();
  return self;
}

}  // namespace ag
