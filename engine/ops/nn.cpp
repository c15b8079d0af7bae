// torch.nn.functional pieces: softmax, log_softmax, mse_loss, nll_loss, cross_entropy.
#include <algorithm>
#include <cmath>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"
#include "ops/sleef_float.h"

namespace ag {

namespace {

// Applies f(row, n, out_row) to every row along `dim` (moved last and made contiguous).
template <class T, class F>
Tensor along_dim(const Tensor& t, int64_t dim, F&& f) {
  const int64_t nd = t.dim();
  if (nd == 0) {
    Tensor out = Tensor::empty({}, t.dtype());
    Tensor in = raw::contiguous(t);
    f(in.template data_ptr<T>(), int64_t{1}, out.template data_ptr<T>());
    return out;
  }
  Shape perm_shape;
  Strides perm_strides;
  Shape perm;
  for (int64_t i = 0; i < nd; ++i) {
    if (i == dim) continue;
    perm.push_back(i);
  }
  perm.push_back(dim);
  for (int64_t p : perm) {
    perm_shape.push_back(t.shape()[static_cast<size_t>(p)]);
    perm_strides.push_back(t.strides()[static_cast<size_t>(p)]);
  }
  Tensor moved = raw::contiguous(raw::make_view(t, perm_shape, perm_strides, t.offset()));
  Tensor out_moved = Tensor::empty(perm_shape, t.dtype());
  const int64_t n = t.shape()[static_cast<size_t>(dim)];
  const int64_t rows = n == 0 ? 0 : t.numel() / n;
  const T* in = moved.template data_ptr<T>();
  T* o = out_moved.template data_ptr<T>();
  for (int64_t r = 0; r < rows; ++r) f(in + r * n, n, o + r * n);
  // Undo the permutation: a view with the inverse order, then a contiguous copy.
  Strides back(static_cast<size_t>(nd));
  for (size_t i = 0; i < perm.size(); ++i) {
    back[static_cast<size_t>(perm[i])] = out_moved.strides()[i];
  }
  return raw::contiguous(raw::make_view(out_moved, t.shape(), back, 0));
}

// ATen has softmax kernels for float32, float64 and bfloat16; the error names the kernel, which
// depends on whether dim is the last one.
Tensor floating_input(const Tensor& t, const char* name, int64_t dim) {
  if (!is_floating(t.dtype()) || t.dtype() == DType::Float16) {
    const bool last = t.dim() == 0 || dim == t.dim() - 1;
    runtime_error(std::string("\"") + name + (last ? "_lastdim_kernel_impl" : "_kernel_impl") + "\" not implemented for '" +
                  scalar_type_name(t.dtype()) + "'");
  }
  return t;
}

// ATen's vec::reduce_all over n floats (AVX2, 8 lanes): a plain fold below 8 elements; otherwise
// 8 lane accumulators, a tail that updates only its first lanes, and the lanes combined by halves
// (lane i with i^4, then i^2, then i^1).
template <class F>
float reduce_all_lanes(const float* d, int64_t n, F op) {
  if (n < 8) {
    float acc = d[0];
    for (int64_t j = 1; j < n; ++j) acc = op(acc, d[j]);
    return acc;
  }
  float lane[8];
  std::copy(d, d + 8, lane);
  int64_t j = 8;
  for (; j + 8 <= n; j += 8) {
    for (int k = 0; k < 8; ++k) lane[k] = op(lane[k], d[j + k]);
  }
  for (int k = 0; j + k < n; ++k) lane[k] = op(lane[k], d[j + k]);
  for (int half : {4, 2, 1}) {
    float folded[8];
    for (int k = 0; k < 8; ++k) folded[k] = op(lane[k], lane[k ^ half]);
    std::copy(folded, folded + 8, lane);
  }
  return lane[0];
}

float max_propagating_nan(float a, float b) { return std::isnan(a) || a > b ? a : b; }
float plus(float a, float b) { return a + b; }

// float32 softmax / log_softmax exactly as ATen's kernels (docs/pytorch-facts/float32-elementwise.md):
// along the last dim with reduce_all and SLEEF's exp/log, `e * (1 / sum)` for softmax; along another
// dim, per inner position, a sequential max and sum, SLEEF's exp for the inner positions in full
// 8-lane groups and the C library's expf for the rest, `e / sum`.
Tensor softmax_float32(const Tensor& t, int64_t dim, bool log) {
  int64_t inner = 1;
  for (int64_t i = dim + 1; i < t.dim(); ++i) inner *= t.shape()[static_cast<size_t>(i)];
  const int64_t vector_inner = inner / 8 * 8;
  int64_t row = 0;
  return along_dim<float>(t, dim, [&](const float* x, int64_t n, float* y) {
    const int64_t inner_index = row++ % inner;
    if (inner == 1) {
      const float m = reduce_all_lanes(x, n, max_propagating_nan);
      for (int64_t j = 0; j < n; ++j) y[j] = sleef::expf_u10(x[j] - m);
      const float total = reduce_all_lanes(y, n, plus);
      if (log) {
        const float log_total = sleef::logf_u10(total);
        for (int64_t j = 0; j < n; ++j) y[j] = (x[j] - m) - log_total;
      } else {
        const float scale = 1.0f / total;
        for (int64_t j = 0; j < n; ++j) y[j] *= scale;
      }
      return;
    }
    const bool vectorised = inner_index < vector_inner;
    float m = x[0];
    for (int64_t j = 1; j < n; ++j) m = max_propagating_nan(m, x[j]);
    float total = 0.0f;
    for (int64_t j = 0; j < n; ++j) {
      y[j] = vectorised ? sleef::expf_u10(x[j] - m) : std::exp(x[j] - m);
      total += y[j];
    }
    if (log) {
      const float log_total = sleef::logf_u10(total);
      for (int64_t j = 0; j < n; ++j) y[j] = (x[j] - m) - log_total;
    } else {
      for (int64_t j = 0; j < n; ++j) y[j] /= total;
    }
  });
}

}  // namespace

Tensor softmax(const Tensor& t, int64_t dim) {
  const int64_t d = wrap_dim(dim, t.dim());
  floating_input(t, "softmax", d);
  Tensor out = storage_dtype(t.dtype()) == DType::Float32 && t.numel() > 0 ? softmax_float32(t, d, false) : kernels::dispatch_floating(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    return along_dim<T>(t, d, [](const T* x, int64_t n, T* y) {
      T m = x[0];
      for (int64_t j = 1; j < n; ++j) m = std::max(m, x[j]);
      T total = 0;
      for (int64_t j = 0; j < n; ++j) {
        y[j] = std::exp(x[j] - m);
        total += y[j];
      }
      const T scale = T(1) / total;
      for (int64_t j = 0; j < n; ++j) y[j] *= scale;
    });
  });
  OpAttrs attrs;
  attrs.dim = d;
  record(Op::Softmax, {t}, out, std::move(attrs));
  return out;
}

Tensor log_softmax(const Tensor& t, int64_t dim) {
  const int64_t d = wrap_dim(dim, t.dim());
  floating_input(t, "log_softmax", d);
  Tensor out = storage_dtype(t.dtype()) == DType::Float32 && t.numel() > 0 ? softmax_float32(t, d, true) : kernels::dispatch_floating(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    return along_dim<T>(t, d, [](const T* x, int64_t n, T* y) {
      T m = x[0];
      for (int64_t j = 1; j < n; ++j) m = std::max(m, x[j]);
      T total = 0;
      for (int64_t j = 0; j < n; ++j) total += std::exp(x[j] - m);
      const T log_total = std::log(total);
      for (int64_t j = 0; j < n; ++j) y[j] = x[j] - m - log_total;
    });
  });
  OpAttrs attrs;
  attrs.dim = d;
  record(Op::LogSoftmax, {t}, out, std::move(attrs));
  return out;
}

Tensor mse_loss(const Tensor& input, const Tensor& target, Reduction reduction) {
  // ATen's mse kernel has float16 (with a warning) but no bfloat16.
  if (input.dtype() == DType::BFloat16) runtime_error("\"mse_cpu\" not implemented for 'BFloat16'");
  Tensor diff = raw::contiguous(sub(input.detach(), target.detach()));
  Tensor sq = mul(diff, diff);
  Tensor out;
  if (reduction == Reduction::None) {
    out = sq;
  } else {
    out = reduction == Reduction::Mean ? mean(sq) : sum(sq);
  }
  out = raw::contiguous_copy(out);
  OpAttrs attrs;
  attrs.reduction = static_cast<int64_t>(reduction);
  record(Op::MseLoss, {input, target}, out, std::move(attrs));
  return out;
}

Tensor nll_loss(const Tensor& log_probs, const Tensor& target, Reduction reduction, const Tensor& weight,
                int64_t ignore_index) {
  // ATen's nll_loss takes uint8 targets too (its kernel dispatches on Byte and Long).
  if (target.dtype() != DType::Int64 && target.dtype() != DType::UInt8) {
    runtime_error(std::string("expected scalar type Long but found ") + scalar_type_name(target.dtype()));
  }
  if (log_probs.dim() < 1 || log_probs.dim() > 2) {
    value_error("Expected 2 or more dimensions (got " + std::to_string(log_probs.dim()) + ")");
  }
  const bool batched = log_probs.dim() == 2;
  const int64_t n = batched ? log_probs.size(0) : 1;
  const int64_t classes = log_probs.size(-1);
  if (batched ? (target.dim() != 1 || target.size(0) != n) : target.dim() != 0) {
    value_error("Expected input batch_size (" + std::to_string(n) + ") to match target batch_size (" +
                std::to_string(target.dim() ? target.size(0) : 1) + ").");
  }
  if (weight.defined() && (weight.dim() != 1 || weight.numel() != classes)) {
    std::string sizes;
    for (int64_t d : weight.shape()) sizes += (sizes.empty() ? "" : ", ") + std::to_string(d);
    runtime_error("weight tensor should be defined either for all " + std::to_string(classes) +
                  " classes or no classes but got weight tensor of shape: [" + sizes + "]");
  }
  Tensor lp = raw::contiguous(log_probs);
  Tensor w = weight.defined() ? raw::contiguous_copy(weight, log_probs.dtype()) : Tensor();
  Tensor out = Tensor::empty(reduction == Reduction::None && batched ? Shape{n} : Shape{}, log_probs.dtype());
  // For the backward: where each row's gradient goes, and the weight it carries (0 if ignored).
  Tensor mask = zeros(batched ? Shape{n, classes} : Shape{classes}, DType::Bool);
  Tensor row_weight = Tensor::empty(batched ? Shape{n, 1} : Shape{1}, log_probs.dtype());
  double total_weight = 0;
  kernels::dispatch_floating(log_probs.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* p = lp.template data_ptr<T>();
    const T* wp = w.defined() ? w.template data_ptr<T>() : nullptr;
    T* o = out.template data_ptr<T>();
    bool* m = mask.data_ptr<bool>();
    T* rw = row_weight.template data_ptr<T>();
    // nll_loss_out_frame: an 8-level cascade of partial sums, 16 rows per level.
    constexpr int kLevels = 8;
    const int64_t level_power = std::max<int64_t>(4, static_cast<int64_t>(std::ceil(std::log2(std::max<int64_t>(n, 1)))) / kLevels);
    const int64_t level_mask = (int64_t{1} << level_power) - 1;
    T loss_sums[kLevels] = {}, weight_sums[kLevels] = {};
    int64_t ignored = 0;
    for (int64_t i = 0; i < n; ++i) {
      const int64_t c = target.flat_get_scalar(i).to_int();
      if (c == ignore_index) {
        rw[i] = T(0);
        if (reduction == Reduction::None) o[i] = T(0);
        ++ignored;
        continue;
      }
      if (c < 0 || c >= classes) index_error("Target " + std::to_string(c) + " is out of bounds.");
      m[i * classes + c] = true;
      const T cur_weight = wp ? wp[c] : T(1);
      rw[i] = cur_weight;
      const T x = p[i * classes + c];
      if (reduction == Reduction::None) {
        o[i] = -x * cur_weight;
        continue;
      }
      if (wp) {
        loss_sums[0] -= x * cur_weight;
        weight_sums[0] += cur_weight;
      } else {
        loss_sums[0] -= x;
      }
      for (int j = 0; j + 1 < kLevels; ++j) {
        if ((i & (level_mask << (j * level_power))) != 0) break;
        loss_sums[j + 1] += loss_sums[j];
        weight_sums[j + 1] += weight_sums[j];
        loss_sums[j] = 0;
        weight_sums[j] = 0;
      }
    }
    T total = 0, loss = 0;
    for (int j = 0; j < kLevels; ++j) {
      total += weight_sums[j];
      loss += loss_sums[j];
    }
    if (!wp) total = static_cast<T>(n - ignored);
    total_weight = static_cast<double>(total);
    if (reduction == Reduction::Mean) o[0] = loss / total;
    if (reduction == Reduction::Sum) o[0] = loss;
  });
  OpAttrs attrs;
  attrs.reduction = static_cast<int64_t>(reduction);
  attrs.scalar = total_weight;
  attrs.aux = mask;
  if (weight.defined()) attrs.weight = row_weight;
  record(Op::NllLoss, {log_probs}, out, std::move(attrs));
  return out;
}

Tensor cross_entropy(const Tensor& input, const Tensor& target, Reduction reduction, const Tensor& weight,
                     int64_t ignore_index) {
  return nll_loss(log_softmax(input, input.dim() == 1 ? 0 : 1), target, reduction, weight, ignore_index);
}

}  // namespace ag
