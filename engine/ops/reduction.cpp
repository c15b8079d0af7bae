// Reductions over all elements or over dims: sum, mean, prod, norm, max, min, argmax, argmin.
// The reduced dims are moved last and made contiguous, so every kernel reduces plain rows;
// floating sums instead walk the input as PyTorch does (ops/cascade_sum.h).
#include <cmath>
#include <limits>
#include <vector>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/cascade_sum.h"
#include "ops/kernels.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

Shape wrap_dims(const Shape& dims, int64_t ndim) {
  Shape out;
  std::vector<bool> seen(static_cast<size_t>(std::max<int64_t>(ndim, 1)), false);
  for (int64_t d : dims) {
    const int64_t w = wrap_dim(d, ndim);
    if (seen[static_cast<size_t>(w)]) {
      runtime_error("dim " + std::to_string(w) + " appears multiple times in the list of dims");
    }
    seen[static_cast<size_t>(w)] = true;
    out.push_back(w);
  }
  return out;
}

Shape all_dims(int64_t ndim) {
  Shape d;
  for (int64_t i = 0; i < ndim; ++i) d.push_back(i);
  return d;
}

// The input rearranged as rows: one contiguous row of `row_size` elements per output element.
struct Rows {
  Tensor data;
  Shape out_shape;
  int64_t count = 0;
  int64_t row_size = 1;
};

Rows to_rows(const Tensor& t, const Shape& dims, bool keepdim) {
  const int64_t nd = t.dim();
  std::vector<bool> reduced(static_cast<size_t>(nd), false);
  for (int64_t d : dims) reduced[static_cast<size_t>(d)] = true;
  Shape shape, out_shape;
  Strides strides;
  Rows rows;
  for (int64_t i = 0; i < nd; ++i) {
    if (reduced[static_cast<size_t>(i)]) {
      if (keepdim) out_shape.push_back(1);
      continue;
    }
    shape.push_back(t.shape()[i]);
    strides.push_back(t.strides()[i]);
    out_shape.push_back(t.shape()[i]);
  }
  for (int64_t i = 0; i < nd; ++i) {
    if (!reduced[static_cast<size_t>(i)]) continue;
    shape.push_back(t.shape()[i]);
    strides.push_back(t.strides()[i]);
    rows.row_size *= t.shape()[i];
  }
  rows.data = raw::contiguous(raw::make_view(t, shape, strides, t.offset()));
  rows.out_shape = out_shape;
  rows.count = shape_numel(out_shape);
  return rows;
}

DType sum_dtype(DType d) { return is_floating(d) ? d : DType::Int64; }

// Products, and sums of integers, of rows with a wide accumulator, then rounded once to the
// output dtype.
template <bool kProduct>
Tensor accumulate_rows(const Tensor& t, const Shape& dims, bool keepdim) {
  Rows rows = to_rows(t, dims, keepdim);
  const DType out_dtype = sum_dtype(t.dtype());
  Tensor out = Tensor::empty(rows.out_shape, out_dtype);
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* in = rows.data.template data_ptr<T>();
    dispatch_dtype(out_dtype, [&](auto otag) {
      using O = decltype(otag);
      using Acc = std::conditional_t<std::is_floating_point_v<T>, double, int64_t>;
      O* o = out.template data_ptr<O>();
      for (int64_t r = 0; r < rows.count; ++r) {
        Acc acc = kProduct ? Acc(1) : Acc(0);
        const T* row = in + r * rows.row_size;
        for (int64_t j = 0; j < rows.row_size; ++j) {
          if constexpr (kProduct) acc *= static_cast<Acc>(row[j]);
          else acc += static_cast<Acc>(row[j]);
        }
        o[r] = static_cast<O>(acc);
      }
    });
  });
  return out;
}

// sum over dims. Floating sums add in the order of PyTorch's CPU kernel (float accumulators,
// AVX2 lanes, a cascade; see ops/cascade_sum.h) so they match PyTorch bit for bit: summing in
// double and rounding once is more accurate but differs in the last bit on most long inputs.
Tensor sum_dims(const Tensor& t, const Shape& dims, bool keepdim) {
  if (!is_floating(t.dtype())) return accumulate_rows<false>(t, dims, keepdim);
  const int64_t nd = t.dim();
  std::vector<bool> reduced(static_cast<size_t>(nd), false);
  for (int64_t d : dims) {
    if (d < nd) reduced[static_cast<size_t>(d)] = true;  // dim 0 of a 0-d tensor is no real dim
  }
  Shape out_shape;
  for (int64_t i = 0; i < nd; ++i) {
    if (!reduced[static_cast<size_t>(i)]) out_shape.push_back(t.shape()[i]);
    else if (keepdim) out_shape.push_back(1);
  }
  Tensor out = Tensor::empty(out_shape, t.dtype());
  if (t.numel() == 0) return out;  // zero-filled: the sum of nothing
  kernels::dispatch_floating(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    cascade_sum_reduce(t.template data_ptr<T>(),
                       std::vector<int64_t>(t.shape().begin(), t.shape().end()),
                       std::vector<int64_t>(t.strides().begin(), t.strides().end()), reduced,
                       keepdim, out.template data_ptr<T>());
  });
  return out;
}

Tensor norm_rows(const Tensor& t, double p, const Shape& dims, bool keepdim) {
  Rows rows = to_rows(t, dims, keepdim);
  Tensor out = Tensor::empty(rows.out_shape, t.dtype());
  kernels::dispatch_floating(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* in = rows.data.template data_ptr<T>();
    T* o = out.template data_ptr<T>();
    for (int64_t r = 0; r < rows.count; ++r) {
      const T* row = in + r * rows.row_size;
      double acc = 0;
      if (std::isinf(p)) {
        acc = p > 0 ? 0.0 : std::numeric_limits<double>::infinity();
        for (int64_t j = 0; j < rows.row_size; ++j) {
          const double a = std::fabs(static_cast<double>(row[j]));
          acc = p > 0 ? std::max(acc, a) : std::min(acc, a);
        }
      } else if (p == 0) {
        for (int64_t j = 0; j < rows.row_size; ++j) acc += row[j] != 0 ? 1.0 : 0.0;
      } else {
        for (int64_t j = 0; j < rows.row_size; ++j) {
          const double a = std::fabs(static_cast<double>(row[j]));
          acc += p == 2 ? a * a : p == 1 ? a : std::pow(a, p);
        }
        acc = p == 2 ? std::sqrt(acc) : p == 1 ? acc : std::pow(acc, 1.0 / p);
      }
      o[r] = static_cast<T>(acc);
    }
  });
  return out;
}

void require_floating(const Tensor& t, const char* what) {
  if (!is_floating(t.dtype())) {
    runtime_error(std::string(what) + ": could not infer output dtype. Input dtype must be either "
                  "a floating point or complex dtype. Got: " +
                  scalar_type_name(t.dtype()));
  }
}

// Values and indices of the max (or min) of each row; NaN wins, first occurrence on ties.
template <bool kMax>
std::pair<Tensor, Tensor> select_rows(const Tensor& t, const Shape& dims, bool keepdim) {
  Rows rows = to_rows(t, dims, keepdim);
  Tensor values = Tensor::empty(rows.out_shape, t.dtype());
  Tensor indices = Tensor::empty(rows.out_shape, DType::Int64);
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* in = rows.data.template data_ptr<T>();
    T* v = values.template data_ptr<T>();
    int64_t* ix = indices.template data_ptr<int64_t>();
    for (int64_t r = 0; r < rows.count; ++r) {
      const T* row = in + r * rows.row_size;
      int64_t best = 0;
      for (int64_t j = 1; j < rows.row_size; ++j) {
        if constexpr (std::is_floating_point_v<T>) {
          if (std::isnan(row[best])) break;
          if (std::isnan(row[j])) { best = j; break; }
        }
        if (kMax ? row[j] > row[best] : row[j] < row[best]) best = j;
      }
      v[r] = row[best];
      ix[r] = best;
    }
  });
  return {values, indices};
}

void check_nonempty(const Tensor& t, const char* name) {
  if (t.numel() == 0) {
    runtime_error(std::string(name) + "(): Expected reduction dim to be specified for input.numel() "
                  "== 0. Specify the reduction dim with the 'dim' argument.");
  }
}

void check_dim_nonempty(const Tensor& t, int64_t dim, const char* name) {
  if (t.dim() > 0 && t.shape()[static_cast<size_t>(dim)] == 0) {
    index_error(std::string(name) + "(): Expected reduction dim " + std::to_string(dim) +
                " to have non-zero size.");
  }
}

}  // namespace

Tensor sum(const Tensor& t) {
  Tensor out = sum_dims(t, all_dims(t.dim()), false);
  record(Op::Sum, {t}, out);
  return out;
}

Tensor sum(const Tensor& t, const Shape& dims, bool keepdim) {
  const Shape wrapped = wrap_dims(dims, t.dim());
  Tensor out = sum_dims(t, wrapped, keepdim);
  OpAttrs attrs;
  attrs.dims = wrapped;
  attrs.keepdim = keepdim;
  record(Op::SumDim, {t}, out, std::move(attrs));
  return out;
}

Tensor mean(const Tensor& t) {
  require_floating(t, "mean()");
  Tensor s = sum_dims(t, all_dims(t.dim()), false);
  Tensor out = raw::contiguous_copy(s);
  kernels::dispatch_floating(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    *out.template data_ptr<T>() = *s.template data_ptr<T>() / static_cast<T>(t.numel());
  });
  record(Op::Mean, {t}, out);
  return out;
}

Tensor mean(const Tensor& t, const Shape& dims, bool keepdim) {
  require_floating(t, "mean()");
  const Shape wrapped = wrap_dims(dims, t.dim());
  Tensor s = sum_dims(t, wrapped, keepdim);
  int64_t n = 1;  // a 0-d tensor's dim 0 has one element
  if (t.dim() > 0) {
    for (int64_t d : wrapped) n *= t.shape()[static_cast<size_t>(d)];
  }
  kernels::dispatch_floating(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* p = s.template data_ptr<T>();
    for (int64_t i = 0; i < s.numel(); ++i) p[i] /= static_cast<T>(n);
  });
  OpAttrs attrs;
  attrs.dims = wrapped;
  attrs.keepdim = keepdim;
  record(Op::MeanDim, {t}, s, std::move(attrs));
  return s;
}

Tensor prod(const Tensor& t) {
  require_reduced_float_kernel("prod_cpu", t.dtype());
  Tensor out = accumulate_rows<true>(t, all_dims(t.dim()), false);
  record(Op::Prod, {t}, out);
  return out;
}

Tensor prod(const Tensor& t, int64_t dim, bool keepdim) {
  require_reduced_float_kernel("prod_cpu", t.dtype());
  const int64_t d = wrap_dim(dim, t.dim());
  Tensor out = accumulate_rows<true>(t, t.dim() == 0 ? Shape{} : Shape{d}, keepdim);
  OpAttrs attrs;
  attrs.dim = d;
  attrs.keepdim = keepdim;
  record(Op::ProdDim, {t}, out, std::move(attrs));
  return out;
}

Tensor norm(const Tensor& t, double p) {
  if (!is_floating(t.dtype())) {
    runtime_error("linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long");
  }
  Tensor out = norm_rows(t, p, all_dims(t.dim()), false);
  OpAttrs attrs;
  attrs.scalar = p;
  record(Op::Norm, {t}, out, std::move(attrs));
  return out;
}

Tensor norm(const Tensor& t, double p, const Shape& dims, bool keepdim) {
  if (!is_floating(t.dtype())) {
    runtime_error("linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long");
  }
  const Shape wrapped = wrap_dims(dims, t.dim());
  Tensor out = norm_rows(t, p, wrapped, keepdim);
  OpAttrs attrs;
  attrs.scalar = p;
  attrs.dims = wrapped;
  attrs.keepdim = keepdim;
  record(Op::NormDim, {t}, out, std::move(attrs));
  return out;
}

Tensor linalg_vector_norm(const Tensor& t, double ord, const std::optional<Shape>& dims, bool keepdim,
                          std::optional<DType> dtype) {
  if (!is_floating(t.dtype())) {
    runtime_error(std::string("linalg.vector_norm: Expected a floating point or complex tensor as input. Got ") +
                  scalar_type_name(t.dtype()));
  }
  const Shape wrapped = dims && !dims->empty() ? wrap_dims(*dims, t.dim()) : all_dims(t.dim());
  // dtype=: the input is converted first, and the node sees the original (its gradient is
  // converted back by the node).
  Tensor out = norm_rows(dtype ? raw::cast(t, *dtype) : t, ord, wrapped, keepdim);
  OpAttrs attrs;
  attrs.scalar = ord;
  attrs.dims = wrapped;
  attrs.keepdim = keepdim;
  record(Op::LinalgVectorNorm, {t}, out, std::move(attrs));
  return out;
}

Tensor max(const Tensor& t) {
  check_nonempty(t, "max");
  Tensor out = select_rows<true>(t, all_dims(t.dim()), false).first;
  record(Op::MaxAll, {t}, out);
  return out;
}

Tensor min(const Tensor& t) {
  check_nonempty(t, "min");
  Tensor out = select_rows<false>(t, all_dims(t.dim()), false).first;
  record(Op::MinAll, {t}, out);
  return out;
}

namespace {
template <bool kMax>
std::pair<Tensor, Tensor> select_dim(const Tensor& t, int64_t dim, bool keepdim, Op op) {
  const int64_t d = wrap_dim(dim, t.dim());
  check_dim_nonempty(t, d, kMax ? "max" : "min");
  auto [values, indices] = select_rows<kMax>(t, t.dim() == 0 ? Shape{} : Shape{d}, keepdim);
  OpAttrs attrs;
  attrs.dim = d;
  attrs.keepdim = keepdim;
  attrs.aux = indices;
  record(op, {t}, values, std::move(attrs));
  return {values, indices};
}
}  // namespace

std::pair<Tensor, Tensor> max(const Tensor& t, int64_t dim, bool keepdim) {
  return select_dim<true>(t, dim, keepdim, Op::MaxDim);
}

std::pair<Tensor, Tensor> min(const Tensor& t, int64_t dim, bool keepdim) {
  return select_dim<false>(t, dim, keepdim, Op::MinDim);
}

Tensor argmax(const Tensor& t, std::optional<int64_t> dim, bool keepdim) {
  if (!dim) {
    check_nonempty(t, "argmax");
    Tensor c = raw::contiguous(t);
    return select_rows<true>(raw::make_view(c, {t.numel()}, {1}, c.offset()), {0}, false).second;
  }
  const int64_t d = wrap_dim(*dim, t.dim());
  return select_rows<true>(t, t.dim() == 0 ? Shape{} : Shape{d}, keepdim).second;
}

Tensor argmin(const Tensor& t, std::optional<int64_t> dim, bool keepdim) {
  if (!dim) {
    check_nonempty(t, "argmin");
    Tensor c = raw::contiguous(t);
    return select_rows<false>(raw::make_view(c, {t.numel()}, {1}, c.offset()), {0}, false).second;
  }
  const int64_t d = wrap_dim(*dim, t.dim());
  return select_rows<false>(t, t.dim() == 0 ? Shape{} : Shape{d}, keepdim).second;
}

Tensor sum_to(const Tensor& t, const Shape& shape) {
  const int64_t lead = t.dim() - static_cast<int64_t>(shape.size());
  Shape dims;
  for (int64_t i = 0; i < lead; ++i) dims.push_back(i);
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == 1 && t.shape()[static_cast<size_t>(lead) + i] != 1) {
      dims.push_back(lead + static_cast<int64_t>(i));
    }
  }
  Tensor r = dims.empty() ? t : ag::sum(t, dims, true);
  return lead > 0 ? ag::view(r, shape) : r;
}

}  // namespace ag
