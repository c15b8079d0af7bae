// Reductions beyond sum/mean/prod/max/min: std and var (with PyTorch's correction and its
// double accumulation), logsumexp, amax/amin, nansum, and the scans cumsum, cumprod, cummax,
// cummin. Each differentiable one is a row of the derivatives table.
#include <algorithm>
#include <cmath>
#include <limits>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

Shape normalized_dims(const Tensor& t, const Shape& dims) {
  Shape out;
  for (int64_t d : dims) out.push_back(t.dim() ? wrap_dim(d, t.dim()) : 0);
  return out;
}

// The elements of t grouped by output position: rows[o] lists t's flat offsets (contiguous)
// reduced into output o, in t's row-major order.
struct Groups {
  Shape out_shape;
  int64_t outputs = 1, per_output = 1;
  std::vector<int64_t> offsets;  // outputs * per_output
};

Groups group(const Tensor& t, const Shape& dims, bool keepdim) {
  const int64_t nd = t.dim();
  std::vector<bool> reduced(static_cast<size_t>(nd), dims.empty());
  for (int64_t d : dims) reduced[static_cast<size_t>(d)] = true;
  Groups g;
  Shape kept, red;
  for (int64_t d = 0; d < nd; ++d) {
    if (reduced[d]) {
      red.push_back(d);
      g.per_output *= t.shape()[d];
      if (keepdim) g.out_shape.push_back(1);
    } else {
      kept.push_back(d);
      g.outputs *= t.shape()[d];
      g.out_shape.push_back(t.shape()[d]);
    }
  }
  Strides strides(static_cast<size_t>(nd), 1);
  for (int64_t d = nd - 2; d >= 0; --d) strides[d] = strides[d + 1] * t.shape()[d + 1];
  g.offsets.resize(static_cast<size_t>(g.outputs * g.per_output));
  for (int64_t o = 0; o < g.outputs; ++o) {
    int64_t base = 0, rem = o;
    for (int64_t k = static_cast<int64_t>(kept.size()) - 1; k >= 0; --k) {
      const int64_t d = kept[k];
      base += (rem % t.shape()[d]) * strides[d];
      rem /= t.shape()[d];
    }
    for (int64_t j = 0; j < g.per_output; ++j) {
      int64_t off = base, r = j;
      for (int64_t k = static_cast<int64_t>(red.size()) - 1; k >= 0; --k) {
        const int64_t d = red[k];
        off += (r % t.shape()[d]) * strides[d];
        r /= t.shape()[d];
      }
      g.offsets[static_cast<size_t>(o * g.per_output + j)] = off;
    }
  }
  return g;
}

}  // namespace

Tensor std_var(const Tensor& t, std::optional<Shape> dims, double correction, bool keepdim, bool take_sqrt,
               bool with_mean_node) {
  const char* name = take_sqrt ? "std" : "var";
  if (!is_floating(t.dtype())) {
    runtime_error(std::string(name) + " only supports floating-point dtypes");
  }
  OpAttrs attrs;
  attrs.scalar = correction;
  attrs.keepdim = keepdim;
  Tensor out;
  Shape nd = dims ? normalized_dims(t, *dims) : Shape{};
  std::sort(nd.begin(), nd.end());
  nd.erase(std::unique(nd.begin(), nd.end()), nd.end());
  // Reducing every dimension takes PyTorch's std_var_all_cpu path, whatever the dims say.
  if (nd.empty() || static_cast<int64_t>(nd.size()) == t.dim()) {
    // PyTorch's std_var_all_cpu: the mean in the tensor's precision, then (x - mean)^2 in double.
    const double m = mean(t.detach()).item().to_double();
    Tensor c = raw::contiguous(t);
    double sum_dx2 = 0;
    for (int64_t i = 0; i < c.numel(); ++i) {
      const double dx = c.flat_get(i) - m;
      sum_dx2 += dx * dx;
    }
    const double var = sum_dx2 / std::max(0.0, static_cast<double>(t.numel()) - correction);
    out = full(keepdim ? Shape(static_cast<size_t>(t.dim()), 1) : Shape{}, Scalar(take_sqrt ? std::sqrt(var) : var), t.dtype());
    attrs.dims = nd;
  } else {
    // By dim: Welford's update in double for each output, as PyTorch's WelfordOps do.
    attrs.dims = nd;
    Tensor c = raw::contiguous(t);
    Groups g = group(c, attrs.dims, keepdim);
    out = Tensor::empty(g.out_shape, t.dtype());
    for (int64_t o = 0; o < g.outputs; ++o) {
      double mu = 0, m2 = 0;
      for (int64_t j = 0; j < g.per_output; ++j) {
        const double x = c.flat_get(g.offsets[static_cast<size_t>(o * g.per_output + j)]);
        const double delta = x - mu;
        mu += delta / static_cast<double>(j + 1);
        m2 += delta * (x - mu);
      }
      const double n = static_cast<double>(g.per_output);
      const double var = m2 / (n > correction ? n - correction : 0.0);
      const double v = take_sqrt ? std::sqrt(var) : var;
      if (storage_dtype(t.dtype()) == DType::Float32) out.data_ptr<float>()[o] = static_cast<float>(v);
      else out.data_ptr<double>()[o] = v;
    }
  }
  record(with_mean_node ? (take_sqrt ? Op::StdMeanStd : Op::VarMeanVar) : (take_sqrt ? Op::Std : Op::Var), {t}, out,
         std::move(attrs));
  return out;
}

Tensor std_var_mean_part(const Tensor& t, std::optional<Shape> dims, bool keepdim, bool take_sqrt) {
  Tensor out;
  Shape nd = dims ? normalized_dims(t, *dims) : Shape{};
  {
    GradModeGuard no_grad(false);
    out = raw::contiguous_copy(nd.empty() ? (keepdim ? reshape(mean(t.detach()), Shape(static_cast<size_t>(t.dim()), 1)) : mean(t.detach()))
                                          : mean(t.detach(), nd, keepdim));
  }
  OpAttrs attrs;
  attrs.dims = nd;
  attrs.keepdim = keepdim;
  record(take_sqrt ? Op::StdMeanMean : Op::VarMeanMean, {t}, out, std::move(attrs));
  return out;
}

Tensor logsumexp(const Tensor& t, const Shape& dims, bool keepdim) {
  // PyTorch's composite, recorded as one node: shift by the max (an infinite max counts as 0),
  // sum the exponentials, log, shift back.
  const Shape nd = normalized_dims(t, dims);
  Tensor out;
  {
    GradModeGuard no_grad(false);
    Tensor x = is_floating(t.dtype()) ? t.detach() : raw::cast(t.detach(), default_float_dtype());
    auto finite = [&](const Tensor& m) {
      return where(compare(abs(m), Scalar(INFINITY), CompareOp::Eq), zeros({}, x.dtype()), m);
    };
    Tensor maxes = finite(amax(x, nd, true));
    Tensor shift = keepdim ? maxes : finite(amax(x, nd, false));
    out = raw::contiguous_copy(add(log(sum(exp(sub(x, maxes)), nd, keepdim)), shift));
  }
  OpAttrs attrs;
  attrs.dims = nd;
  attrs.keepdim = keepdim;
  record(Op::Logsumexp, {t}, out, std::move(attrs));
  return out;
}

namespace {

template <bool kMax>
Tensor extreme(Op op, const Tensor& t, const Shape& dims, bool keepdim) {
  Shape nd = normalized_dims(t, dims);
  Tensor c = raw::contiguous(t);
  Groups g = group(c, nd, keepdim);
  if (g.per_output == 0 && g.outputs > 0) {
    runtime_error(std::string(kMax ? "amax" : "amin") + "(): Expected reduction dim " +
                  std::to_string(nd.empty() ? 0 : nd[0]) + " to have non-zero size.");
  }
  Tensor out = Tensor::empty(g.out_shape, t.dtype());
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* src = c.data_ptr<T>();
    T* o = out.data_ptr<T>();
    for (int64_t i = 0; i < g.outputs; ++i) {
      T best = src[g.offsets[static_cast<size_t>(i * g.per_output)]];
      for (int64_t j = 1; j < g.per_output; ++j) {
        const T v = src[g.offsets[static_cast<size_t>(i * g.per_output + j)]];
        if constexpr (std::is_floating_point_v<T>) {
          if (std::isnan(best)) break;
          if (std::isnan(v)) { best = v; break; }
        }
        if (kMax ? v > best : v < best) best = v;
      }
      o[i] = best;
    }
  });
  OpAttrs attrs;
  attrs.dims = nd;
  attrs.keepdim = keepdim;
  record(op, {t}, out, std::move(attrs));
  return out;
}

}  // namespace

Tensor amax(const Tensor& t, const Shape& dims, bool keepdim) { return extreme<true>(Op::Amax, t, dims, keepdim); }
Tensor amin(const Tensor& t, const Shape& dims, bool keepdim) { return extreme<false>(Op::Amin, t, dims, keepdim); }

Tensor nansum(const Tensor& t, std::optional<Shape> dims, bool keepdim, std::optional<DType> dtype) {
  Tensor clean;
  {
    GradModeGuard no_grad(false);
    Tensor x = dtype ? raw::cast(t.detach(), *dtype) : t.detach();
    clean = where(isnan(x), zeros({}, x.dtype()), x);
  }
  Tensor out = raw::contiguous_copy(dims && !dims->empty() ? sum(clean, normalized_dims(t, *dims), keepdim) : sum(clean));
  OpAttrs attrs;
  attrs.dims = dims ? normalized_dims(t, *dims) : Shape{};
  attrs.keepdim = keepdim;
  record(Op::Nansum, {t}, out, std::move(attrs));
  return out;
}

// ---- scans -------------------------------------------------------------------------------

namespace {

// Calls f(base, stride, n) for every line of t along dim (t contiguous).
template <class F>
void for_each_line(const Tensor& t, int64_t dim, F&& f) {
  int64_t outer = 1, inner = 1;
  const int64_t n = t.dim() ? t.shape()[dim] : 1;
  for (int64_t d = 0; d < dim; ++d) outer *= t.shape()[d];
  for (int64_t d = dim + 1; d < t.dim(); ++d) inner *= t.shape()[d];
  for (int64_t o = 0; o < outer; ++o) {
    for (int64_t i = 0; i < inner; ++i) f(o * n * inner + i, inner, n);
  }
}

// cumsum (product = false) or cumprod along dim: PyTorch accumulates float32 in double
// (at::acc_type on CPU) and integers in int64, rounding each prefix to the result dtype.
Tensor scan(Op op, const Tensor& t, int64_t dim, std::optional<DType> dtype, bool product) {
  const DType d = dtype.value_or(is_floating(t.dtype()) ? t.dtype() : DType::Int64);
  require_half_kernel(product ? "cumprod_out_cpu" : "cumsum_out_cpu", d);
  const int64_t dm = t.dim() ? wrap_dim(dim, t.dim()) : 0;
  Tensor in = raw::contiguous_copy(t, d);
  Tensor out = Tensor::empty(t.shape(), d);
  dispatch_dtype(d, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>) {
      const T* src = in.data_ptr<T>();
      T* o = out.data_ptr<T>();
      for_each_line(in, dm, [&](int64_t base, int64_t stride, int64_t n) {
        using Acc = std::conditional_t<std::is_floating_point_v<T>, double, int64_t>;
        Acc acc = product ? 1 : 0;
        for (int64_t k = 0; k < n; ++k) {
          const Acc x = static_cast<Acc>(src[base + k * stride]);
          acc = product ? acc * x : acc + x;
          o[base + k * stride] = static_cast<T>(acc);
        }
      });
    }
  });
  OpAttrs attrs;
  attrs.dim = dm;
  record(op, {t}, out, std::move(attrs));
  return out;
}

}  // namespace

Tensor cumsum(const Tensor& t, int64_t dim, std::optional<DType> dtype) { return scan(Op::Cumsum, t, dim, dtype, false); }
Tensor cumprod(const Tensor& t, int64_t dim, std::optional<DType> dtype) { return scan(Op::Cumprod, t, dim, dtype, true); }

std::pair<Tensor, Tensor> cummax_cummin(const Tensor& t, int64_t dim, bool is_max) {
  require_half_kernel(is_max ? "cummax_cpu" : "cummin_cpu", t.dtype());
  const int64_t dm = t.dim() ? wrap_dim(dim, t.dim()) : 0;
  Tensor in = raw::contiguous(t);
  Tensor values = Tensor::empty(t.shape(), t.dtype());
  Tensor indices = Tensor::empty(t.shape(), DType::Int64);
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* src = in.data_ptr<T>();
    T* v = values.data_ptr<T>();
    int64_t* ix = indices.data_ptr<int64_t>();
    for_each_line(in, dm, [&](int64_t base, int64_t stride, int64_t n) {
      T best = src[base];
      int64_t at = 0;
      for (int64_t k = 0; k < n; ++k) {
        const T x = src[base + k * stride];
        bool take = k == 0;
        if constexpr (std::is_floating_point_v<T>) {
          if (std::isnan(x)) take = true;
          else if (std::isnan(best)) take = false;
          else take = take || (is_max ? x >= best : x <= best);  // PyTorch: later ties win
        } else {
          take = take || (is_max ? x >= best : x <= best);
        }
        if (take) {
          best = x;
          at = k;
        }
        v[base + k * stride] = best;
        ix[base + k * stride] = at;
      }
    });
  });
  OpAttrs attrs;
  attrs.dim = dm;
  attrs.aux = indices;
  record(is_max ? Op::Cummax : Op::Cummin, {t}, values, std::move(attrs));
  return {values, indices};
}

Tensor count_nonzero(const Tensor& t, std::optional<Shape> dims) {
  Tensor nz = compare(t.detach(), Scalar(int64_t{0}), CompareOp::Ne);
  return dims && !dims->empty() ? sum(nz, normalized_dims(t, *dims), false) : sum(nz);
}

// torch.logcumsumexp as ATen's serial scan: log(exp(acc) + exp(x)) = max + log1p(exp(min - max)),
// accumulated in double for float32 (the CPU accumulate type), each running value rounded into
// the output; infinities of one sign carry through, a NaN propagates.
Tensor logcumsumexp(const Tensor& t, int64_t dim) {
  require_half_kernel("logcumsumexp_out_cpu", t.dtype());
  if (!is_floating(t.dtype())) {
    runtime_error(std::string("\"logcumsumexp_out_cpu\" not implemented for '") + scalar_type_name(t.dtype()) + "'");
  }
  const int64_t d = t.dim() ? wrap_dim(dim, t.dim()) : 0;
  Tensor src = raw::contiguous_copy(t.detach());
  Tensor out = Tensor::empty(t.shape(), t.dtype());
  const int64_t n = t.dim() ? t.shape()[d] : 1;
  int64_t outer = 1, inner = 1;
  for (int64_t k = 0; k < d; ++k) outer *= t.shape()[k];
  for (int64_t k = d + 1; k < t.dim(); ++k) inner *= t.shape()[k];
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* x = src.data_ptr<T>();
      T* o = out.data_ptr<T>();
      for (int64_t a = 0; a < outer; ++a) {
        for (int64_t b = 0; b < inner; ++b) {
          double acc = -std::numeric_limits<double>::infinity();
          for (int64_t i = 0; i < n; ++i) {
            const int64_t at = (a * n + i) * inner + b;
            const double v = static_cast<double>(x[at]);
            const double lo = std::isnan(acc) ? acc : std::min(v, acc);
            const double hi = std::isnan(acc) ? acc : std::max(v, acc);
            acc = (lo != hi || std::isfinite(lo)) ? std::log1p(std::exp(lo - hi)) + hi : v;
            o[at] = static_cast<T>(acc);
          }
        }
      }
    }
  });
  OpAttrs attrs;
  attrs.dim = d;
  record(Op::Logcumsumexp, {t}, out, std::move(attrs));
  return out;
}

}  // namespace ag
