// gather and the scatter family along a dimension: out[..i..] = t[..index[i]..] and its
// inverses. They are each other's derivatives (GatherBackward0 scatters, ScatterAddBackward0
// gathers), which is also how sort/topk/cummax send gradients back to the picked positions.
#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

// Visits every position of `index` (contiguous), with the flat offset of that position in a
// tensor of `shape` where coordinate `dim` is replaced by index's value there.
template <class F>
void for_each_indexed(const Tensor& index, const Shape& shape, int64_t dim, const char* op, F&& f) {
  const Tensor idx = raw::contiguous(index);
  const int64_t* ix = idx.data_ptr<int64_t>();
  const int64_t nd = idx.dim();
  Shape coord(static_cast<size_t>(nd), 0);
  Strides strides(static_cast<size_t>(nd), 1);
  for (int64_t d = nd - 2; d >= 0; --d) strides[d] = strides[d + 1] * shape[d + 1];
  const int64_t size = nd ? shape[dim] : 1;
  for (int64_t i = 0; i < idx.numel(); ++i) {
    const int64_t k = ix[i];
    // ATen's scatter/gather check: no negative indices, and a RuntimeError.
    if (k < 0 || k >= size) {
      runtime_error("index " + std::to_string(k) + " is out of bounds for dimension " + std::to_string(dim) +
                    " with size " + std::to_string(size));
    }
    int64_t offset = 0;
    for (int64_t d = 0; d < nd; ++d) offset += (d == dim ? k : coord[d]) * strides[d];
    f(i, offset);
    for (int64_t d = nd - 1; d >= 0; --d) {  // the next position of index, row-major
      if (++coord[d] < idx.shape()[d]) break;
      coord[d] = 0;
    }
  }
}

// ATen's scatter_gather_dtype_check, then its shape check. Every scatter form (scatter_add too)
// reports itself as "scatter()".
void check_index(const Tensor& t, int64_t dim, const Tensor& index, const char* op, const Tensor* src = nullptr) {
  const std::string family = std::string(op) == "gather" ? "gather" : "scatter";
  if (index.dtype() != DType::Int64) runtime_error(family + "(): Expected dtype int64 for index");
  if (src && src->dtype() != t.dtype()) runtime_error(family + "(): Expected self.dtype to be equal to src.dtype");
  if (index.dim() != t.dim() && !(index.dim() <= 1 && t.dim() <= 1)) {
    runtime_error("Index tensor must have the same number of dimensions as " +
                  std::string(std::string(op) == "gather" ? "input" : "self") + " tensor");
  }
  for (int64_t d = 0; d < index.dim(); ++d) {
    if (d != dim && index.shape()[d] > t.shape()[d]) {
      runtime_error("Size does not match at dimension " + std::to_string(d) + " expected index " +
                    shape_str(index.shape()) + " to be smaller than self " + shape_str(t.shape()) +
                    " apart from dimension " + std::to_string(dim));
    }
  }
}

enum class Reduce { None, Add, Multiply };

// self with src's values (or `value`) written (or added, multiplied) at index along dim.
Tensor scatter_values(const Tensor& self, int64_t dim, const Tensor& index, const Tensor* src, double value,
                      Reduce reduce, const char* op) {
  check_index(self, dim, index, op, src);
  Tensor out = raw::contiguous_copy(self);
  Tensor s = src ? raw::contiguous(raw::cast(*src, self.dtype())) : Tensor();
  dispatch_dtype(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* o = out.data_ptr<T>();
    const T* sp = src ? s.data_ptr<T>() : nullptr;
    // src is read at the index position: its own strides, since index may be smaller.
    const Tensor src_view = src ? s : Tensor();
    for_each_indexed(index, self.shape(), dim, op, [&](int64_t i, int64_t offset) {
      T v = static_cast<T>(value);
      if (sp) {
        int64_t rem = i, src_offset = 0;
        for (int64_t d = index.dim() - 1; d >= 0; --d) {
          const int64_t c = rem % index.shape()[d];
          rem /= index.shape()[d];
          src_offset += c * src_view.strides()[d];
        }
        v = sp[src_offset];
      }
      if (reduce == Reduce::Add) o[offset] = static_cast<T>(o[offset] + v);
      else if (reduce == Reduce::Multiply) o[offset] = static_cast<T>(o[offset] * v);
      else o[offset] = v;
    });
  });
  return out;
}

Reduce reduce_of(const std::string& reduce) {
  if (reduce.empty()) return Reduce::None;
  if (reduce == "add" || reduce == "sum") return Reduce::Add;
  if (reduce == "multiply" || reduce == "prod") return Reduce::Multiply;
  runtime_error("reduce argument must be either add or multiply.");
}

}  // namespace

Tensor gather(const Tensor& t, int64_t dim, const Tensor& index) {
  const int64_t d = t.dim() ? wrap_dim(dim, t.dim()) : 0;
  check_index(t, d, index, "gather");
  Tensor in = raw::contiguous(t);
  Tensor out = Tensor::empty(index.shape(), t.dtype());
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* src = in.data_ptr<T>();
    T* o = out.data_ptr<T>();
    for_each_indexed(index, t.shape(), d, "gather", [&](int64_t i, int64_t offset) { o[i] = src[offset]; });
  });
  OpAttrs attrs;
  attrs.dim = d;
  attrs.aux = index;
  record(Op::Gather, {t}, out, std::move(attrs));
  return out;
}

Tensor scatter_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src) {
  const int64_t d = self.dim() ? wrap_dim(dim, self.dim()) : 0;
  Tensor out = scatter_values(self, d, index, &src, 0.0, Reduce::Add, "scatter_add");
  OpAttrs attrs;
  attrs.dim = d;
  attrs.aux = index;
  record(Op::ScatterAdd, {self, src}, out, std::move(attrs));
  return out;
}

Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, const std::string& reduce) {
  const int64_t d = self.dim() ? wrap_dim(dim, self.dim()) : 0;
  Tensor out = scatter_values(self, d, index, &src, 0.0, reduce_of(reduce), "scatter");
  OpAttrs attrs;
  attrs.dim = d;
  attrs.aux = index;
  if (reduce.empty()) {
    record(Op::ScatterSrc, {self, src}, out, std::move(attrs));
  } else if (should_record({self, src})) {
    throw Error(ErrorKind::NotImplementedError, "the derivative for 'scatter' with reduce is not implemented.");
  }
  return out;
}

Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, double value, const std::string& reduce) {
  const int64_t d = self.dim() ? wrap_dim(dim, self.dim()) : 0;
  Tensor out = scatter_values(self, d, index, nullptr, value, reduce_of(reduce), "scatter");
  OpAttrs attrs;
  attrs.dim = d;
  attrs.aux = index;
  record(Op::ScatterValue, {self}, out, std::move(attrs));
  return out;
}

}  // namespace ag
