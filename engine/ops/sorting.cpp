// Sorting and order statistics along a dimension: sort, argsort, topk, kthvalue, median, mode,
// and unique. NaN sorts as the largest value, as in PyTorch. The differentiable ones send the
// gradient back to the positions their indices name (the derivatives table scatters it).
#include <algorithm>
#include <cmath>
#include <numeric>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

template <class T>
bool less_nan_last(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (std::isnan(a)) return false;
    if (std::isnan(b)) return true;
  }
  return a < b;
}

// Calls f(line values, line indices into the source, write-back) for every line along dim:
// the line's values are handed as a vector with their positions along dim.
template <class T, class F>
void for_each_line(const Tensor& c, int64_t dim, F&& f) {
  const int64_t n = c.dim() ? c.shape()[dim] : 1;
  int64_t outer = 1, inner = 1;
  for (int64_t d = 0; d < dim; ++d) outer *= c.shape()[d];
  for (int64_t d = dim + 1; d < c.dim(); ++d) inner *= c.shape()[d];
  const T* src = c.data_ptr<T>();
  std::vector<T> line(static_cast<size_t>(n));
  for (int64_t o = 0; o < outer; ++o) {
    for (int64_t i = 0; i < inner; ++i) {
      const int64_t base = o * n * inner + i;
      for (int64_t k = 0; k < n; ++k) line[static_cast<size_t>(k)] = src[base + k * inner];
      f(line, o, i, inner, n);
    }
  }
}

Shape with_size(const Shape& s, int64_t dim, int64_t size) {
  Shape out = s;
  if (!out.empty()) out[static_cast<size_t>(dim)] = size;
  return out;
}

// Values and indices of the k first elements of each line in the order `order` gives.
std::pair<Tensor, Tensor> ordered(const Tensor& t, int64_t dim, int64_t k, bool descending) {
  Tensor c = raw::contiguous(t);
  const int64_t n = t.dim() ? t.shape()[dim] : 1;
  Shape out_shape = with_size(t.shape(), dim, k);
  Tensor values = Tensor::empty(out_shape, t.dtype());
  Tensor indices = Tensor::empty(out_shape, DType::Int64);
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* v = values.data_ptr<T>();
    int64_t* ix = indices.data_ptr<int64_t>();
    std::vector<int64_t> order(static_cast<size_t>(n));
    for_each_line<T>(c, dim, [&](const std::vector<T>& line, int64_t o, int64_t i, int64_t inner, int64_t) {
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
        return descending ? less_nan_last(line[b], line[a]) : less_nan_last(line[a], line[b]);
      });
      const int64_t base = o * k * inner + i;
      for (int64_t j = 0; j < k; ++j) {
        v[base + j * inner] = line[static_cast<size_t>(order[j])];
        ix[base + j * inner] = order[static_cast<size_t>(j)];
      }
    });
  });
  return {values, indices};
}

std::pair<Tensor, Tensor> recorded_selection(Op op, const Tensor& t, int64_t dim, bool keepdim,
                                             std::pair<Tensor, Tensor> vi) {
  OpAttrs attrs;
  attrs.dim = dim;
  attrs.keepdim = keepdim;
  attrs.aux = vi.second;
  record(op, {t}, vi.first, std::move(attrs));
  return vi;
}

int64_t dim_of(const Tensor& t, int64_t dim) { return t.dim() ? wrap_dim(dim, t.dim()) : 0; }

// t with dimension d moved to the front / from the front back to d (no history).
Tensor movedim_front(const Tensor& t, int64_t d) {
  Shape order{d};
  for (int64_t i = 0; i < t.dim(); ++i) if (i != d) order.push_back(i);
  Shape shape, strides_shape;
  Strides strides;
  for (int64_t i : order) {
    shape.push_back(t.shape()[i]);
    strides.push_back(t.strides()[i]);
  }
  return raw::make_view(t, shape, strides, t.offset());
}

Tensor movedim_back(const Tensor& t, int64_t d) {
  Shape shape;
  Strides strides;
  for (int64_t i = 1; i <= d; ++i) {
    shape.push_back(t.shape()[i]);
    strides.push_back(t.strides()[i]);
  }
  shape.insert(shape.begin() + d, t.shape()[0]);
  strides.insert(strides.begin() + d, t.strides()[0]);
  for (int64_t i = d + 1; i < t.dim(); ++i) {
    shape.push_back(t.shape()[i]);
    strides.push_back(t.strides()[i]);
  }
  return raw::make_view(t, shape, strides, t.offset());
}

// The slice at `index` along dim, keeping the dim (size 1), as a fresh tensor.
Tensor narrow_copy(const Tensor& t, int64_t dim, int64_t index) {
  if (t.dim() == 0) return t;
  return raw::contiguous_copy(raw_slice_view(t, dim, index, 1));
}

}  // namespace

std::pair<Tensor, Tensor> sort(const Tensor& t, int64_t dim, bool descending, bool stable) {
  const int64_t d = dim_of(t, dim);
  const int64_t n = t.dim() ? t.shape()[d] : 1;
  // sort(stable=True) is a different overload in PyTorch, with its own node name.
  return recorded_selection(stable ? Op::SortStable : Op::Sort, t, d, true, ordered(t, d, n, descending));
}

Tensor argsort(const Tensor& t, int64_t dim, bool descending) {
  const int64_t d = dim_of(t, dim);
  return ordered(t.detach(), d, t.dim() ? t.shape()[d] : 1, descending).second;
}

std::pair<Tensor, Tensor> topk(const Tensor& t, int64_t k, int64_t dim, bool largest) {
  const int64_t d = dim_of(t, dim);
  const int64_t n = t.dim() ? t.shape()[d] : 1;
  if (k < 0 || k > n) runtime_error("selected index k out of range");
  require_half_kernel("topk_cpu", t.dtype());
  return recorded_selection(Op::Topk, t, d, true, ordered(t, d, k, largest));
}

namespace {

// The k-th smallest (1-based) of each line, and its index, along dim.
std::pair<Tensor, Tensor> kth(const Tensor& t, int64_t k, int64_t d, bool keepdim) {
  auto [values, indices] = ordered(t.detach(), d, t.dim() ? t.shape()[d] : 1, false);
  Tensor v = narrow_copy(values, d, k - 1), ix = narrow_copy(indices, d, k - 1);
  if (!keepdim && t.dim()) {
    v = squeeze(v, d);
    ix = squeeze(ix, d);
  }
  return {raw::contiguous_copy(v), raw::contiguous_copy(ix)};
}

}  // namespace

std::pair<Tensor, Tensor> kthvalue(const Tensor& t, int64_t k, int64_t dim, bool keepdim) {
  require_half_kernel("kthvalue_cpu", t.dtype());
  const int64_t d = dim_of(t, dim);
  const int64_t n = t.dim() ? t.shape()[d] : 1;
  if (k < 1 || k > n) runtime_error("kthvalue(): selected number k out of range for dimension " + std::to_string(d));
  return recorded_selection(Op::Kthvalue, t, d, keepdim, kth(t, k, d, keepdim));
}

std::pair<Tensor, Tensor> median(const Tensor& t, int64_t dim, bool keepdim) {
  require_half_kernel("median_cpu", t.dtype());
  const int64_t d = dim_of(t, dim);
  const int64_t n = t.dim() ? t.shape()[d] : 1;
  if (n == 0) index_error("median(): Expected reduction dim " + std::to_string(d) + " to have non-zero size.");
  return recorded_selection(Op::MedianDim, t, d, keepdim, kth(t, (n - 1) / 2 + 1, d, keepdim));
}

Tensor median(const Tensor& t) {
  require_half_kernel("median_cpu", t.dtype());
  if (t.numel() == 0) return full({}, Scalar(NAN), t.dtype());
  if (is_floating(t.dtype()) && sum(isnan(t.detach())).item().to_int() > 0) {  // NaN propagates
    Tensor out = full({}, Scalar(NAN), t.dtype());
    record(Op::MedianAll, {t}, out);
    return out;
  }
  Tensor flat = raw::contiguous_copy(t).detach();
  flat = reshape(flat, {t.numel()});
  Tensor value = kth(flat, (t.numel() - 1) / 2 + 1, 0, false).first;
  Tensor out = raw::contiguous_copy(value);
  record(Op::MedianAll, {t}, out);
  return out;
}

// torch.nanmedian: the lower median of each line's non-NaN values (NaN if there are none); ties
// resolve to the first index, as the sorted order of (value, index) gives.
std::pair<Tensor, Tensor> nanmedian(const Tensor& t, int64_t dim, bool keepdim) {
  require_half_kernel("median_cpu", t.dtype());
  const int64_t d = dim_of(t, dim);
  const int64_t n = t.dim() ? t.shape()[d] : 1;
  if (n == 0) index_error("median(): Expected reduction dim " + std::to_string(d) + " to have non-zero size.");
  auto [values, indices] = ordered(t.detach(), d, n, false);  // NaN sorts last
  Tensor count = sum(logical_not(isnan(values)), {d}, true);
  Tensor position = floor_divide(sub(count, Scalar(int64_t{1})), Tensor::wrap_scalar(Scalar(int64_t{2})));
  position = clamp_min(position, 0.0);  // an all-NaN line: its first sorted entry, a NaN
  Tensor v = gather(values, d, position), ix = gather(indices, d, position);
  if (!keepdim && t.dim()) {
    v = squeeze(v, d);
    ix = squeeze(ix, d);
  }
  return recorded_selection(Op::NanmedianDim, t, d, keepdim, {raw::contiguous_copy(v), raw::contiguous_copy(ix)});
}

Tensor nanmedian(const Tensor& t) {
  require_half_kernel("median_cpu", t.dtype());
  Tensor out;
  if (t.numel() == 0) {
    out = full({}, Scalar(NAN), t.dtype());
  } else {
    Tensor flat = reshape(raw::contiguous_copy(t.detach()), {t.numel()});
    out = raw::contiguous_copy(nanmedian(flat, 0, false).first);
  }
  record(Op::NanmedianAll, {t}, out);
  return out;
}

std::pair<Tensor, Tensor> mode(const Tensor& t, int64_t dim, bool keepdim) {
  const int64_t d = dim_of(t, dim);
  Tensor c = raw::contiguous(t.detach());
  Shape out_shape = keepdim ? with_size(t.shape(), d, 1) : t.shape();
  if (!keepdim && t.dim()) out_shape.erase(out_shape.begin() + d);
  Tensor values = Tensor::empty(out_shape, t.dtype());
  Tensor indices = Tensor::empty(out_shape, DType::Int64);
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* v = values.data_ptr<T>();
    int64_t* ix = indices.data_ptr<int64_t>();
    int64_t out_i = 0;
    std::vector<int64_t> order;
    for_each_line<T>(c, d, [&](const std::vector<T>& line, int64_t, int64_t, int64_t, int64_t n) {
      order.resize(static_cast<size_t>(n));
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return less_nan_last(line[a], line[b]); });
      // The most frequent value (the smallest of equally frequent ones) and its last position.
      int64_t best_count = 0, best = 0;
      for (int64_t s = 0; s < n;) {
        int64_t e = s;
        while (e < n && !less_nan_last(line[order[s]], line[order[e]]) && !less_nan_last(line[order[e]], line[order[s]])) ++e;
        if (e - s > best_count) {
          best_count = e - s;
          best = e - 1;
        }
        s = e;
      }
      v[out_i] = line[static_cast<size_t>(order[best])];
      ix[out_i] = order[static_cast<size_t>(best)];
      ++out_i;
    });
  });
  return recorded_selection(Op::Mode, t, d, keepdim, {values, indices});
}

UniqueResult unique(const Tensor& t, bool consecutive) {
  require_half_kernel("unique", t.dtype());
  Tensor c = raw::contiguous(t.detach());
  const int64_t n = c.numel();
  UniqueResult r;
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* src = c.data_ptr<T>();
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    if (!consecutive) {
      std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return less_nan_last(src[a], src[b]); });
    }
    std::vector<T> values;
    std::vector<int64_t> inverse(static_cast<size_t>(n)), counts;
    for (int64_t j = 0; j < n; ++j) {
      const T x = src[order[j]];
      bool fresh = values.empty() || less_nan_last<T>(values.back(), x) || less_nan_last<T>(x, values.back());
      if constexpr (std::is_floating_point_v<T>) fresh = fresh || std::isnan(x);  // NaNs never merge
      if (fresh) {
        values.push_back(x);
        counts.push_back(0);
      }
      ++counts.back();
      inverse[static_cast<size_t>(order[j])] = static_cast<int64_t>(values.size()) - 1;
    }
    r.values = Tensor::empty({static_cast<int64_t>(values.size())}, t.dtype());
    std::copy(values.begin(), values.end(), r.values.data_ptr<T>());
    r.inverse = reshape(from_int64s(inverse, {n}, DType::Int64), t.shape());
    r.counts = from_int64s(counts, {static_cast<int64_t>(counts.size())}, DType::Int64);
  });
  return r;
}

UniqueResult unique_dim(const Tensor& t, int64_t dim) {
  const int64_t d = dim_of(t, dim);
  // Slices along dim as rows (dim moved first, the rest flattened), sorted lexicographically.
  Tensor rows = raw::contiguous_copy(movedim_front(t.detach(), d));
  const int64_t n = t.dim() ? t.shape()[d] : 1, width = n ? rows.numel() / n : 0;
  std::vector<int64_t> order(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  auto row_less = [&](int64_t a, int64_t b) {
    for (int64_t j = 0; j < width; ++j) {
      const double x = rows.flat_get(a * width + j), y = rows.flat_get(b * width + j);
      if (x != y) return x < y;
    }
    return false;
  };
  std::stable_sort(order.begin(), order.end(), row_less);
  std::vector<int64_t> keep, inverse(static_cast<size_t>(n)), counts;
  for (int64_t j = 0; j < n; ++j) {
    if (keep.empty() || row_less(keep.back(), order[j])) {
      keep.push_back(order[j]);
      counts.push_back(0);
    }
    ++counts.back();
    inverse[static_cast<size_t>(order[j])] = static_cast<int64_t>(keep.size()) - 1;
  }
  std::vector<Tensor> picked;
  for (int64_t r : keep) picked.push_back(raw_slice_view(rows, 0, r, 1));
  Tensor stacked = picked.empty() ? rows : raw::contiguous_copy(cat(picked, 0));
  UniqueResult u;
  u.values = raw::contiguous_copy(movedim_back(stacked, d));
  u.inverse = from_int64s(inverse, {n}, DType::Int64);
  u.counts = from_int64s(counts, {static_cast<int64_t>(counts.size())}, DType::Int64);
  return u;
}

}  // namespace ag
