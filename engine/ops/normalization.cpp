// layer_norm and batch_norm (training and evaluation), and embedding: the layers of torch.nn
// that are one native op each in PyTorch (NativeLayerNormBackward0, NativeBatchNormBackward0,
// EmbeddingBackward0). Statistics are computed once in the forward pass and kept for the
// backward formula, which is written with the engine's ops.
#include <cmath>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/kernels.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

std::string shape_text(const Shape& s) {
  std::string out;
  for (int64_t d : s) out += (out.empty() ? "" : ", ") + std::to_string(d);
  return "[" + out + "]";
}

// The inputs that are defined, and which of weight/bias they include (bit 0 weight, bit 1 bias).
std::vector<Tensor> affine_inputs(const Tensor& input, const Tensor& weight, const Tensor& bias, int64_t* flags) {
  std::vector<Tensor> inputs{input};
  *flags = 0;
  if (weight.defined()) {
    inputs.push_back(weight);
    *flags |= 1;
  }
  if (bias.defined()) {
    inputs.push_back(bias);
    *flags |= 2;
  }
  return inputs;
}

}  // namespace

Tensor layer_norm(const Tensor& input, const Shape& normalized_shape, const Tensor& weight, const Tensor& bias,
                  double eps) {
  require_half_kernel("LayerNormKernelImpl", input.dtype());
  const int64_t k = static_cast<int64_t>(normalized_shape.size());
  const Shape& shape = input.shape();
  bool matches = k >= 1 && k <= input.dim();
  for (int64_t i = 0; matches && i < k; ++i) matches = shape[shape.size() - k + i] == normalized_shape[i];
  if (!matches) {
    Shape expected{-1};
    runtime_error("Given normalized_shape=" + shape_text(normalized_shape) + ", expected input with shape [*, " +
                  shape_text(normalized_shape).substr(1) + ", but got input of size" + shape_text(shape));
  }
  if (!is_floating(input.dtype())) runtime_error("\"LayerNormKernelImpl\" not implemented for 'Long'");
  const int64_t n = shape_numel(normalized_shape);
  const int64_t m = n == 0 ? 0 : input.numel() / n;
  Tensor x = raw::contiguous(input);
  Tensor w = weight.defined() ? raw::contiguous(weight) : Tensor();
  Tensor b = bias.defined() ? raw::contiguous(bias) : Tensor();
  Tensor out = Tensor::empty(shape, input.dtype());
  Shape stat_shape(shape.begin(), shape.end() - k);
  for (int64_t i = 0; i < k; ++i) stat_shape.push_back(1);
  Tensor mean_t = Tensor::empty(stat_shape, input.dtype()), rstd_t = Tensor::empty(stat_shape, input.dtype());
  kernels::dispatch_floating(input.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.template data_ptr<T>();
    const T* pw = w.defined() ? w.template data_ptr<T>() : nullptr;
    const T* pb = b.defined() ? b.template data_ptr<T>() : nullptr;
    T* py = out.template data_ptr<T>();
    for (int64_t row = 0; row < m; ++row) {
      const T* xr = px + row * n;
      double sum = 0;
      for (int64_t j = 0; j < n; ++j) sum += xr[j];
      const double mu = sum / static_cast<double>(n);
      double var = 0;
      for (int64_t j = 0; j < n; ++j) var += (xr[j] - mu) * (xr[j] - mu);
      const T mean = static_cast<T>(mu);
      const T rstd = T(1) / std::sqrt(static_cast<T>(var / static_cast<double>(n)) + static_cast<T>(eps));
      const T scale = rstd, shift = -rstd * mean;  // as PyTorch: (x * scale + shift) * gamma + beta
      for (int64_t j = 0; j < n; ++j) {
        const T gamma = pw ? pw[j] : T(1), beta = pb ? pb[j] : T(0);
        py[row * n + j] = (xr[j] * scale + shift) * gamma + beta;
      }
      mean_t.template data_ptr<T>()[row] = mean;
      rstd_t.template data_ptr<T>()[row] = rstd;
    }
  });
  int64_t flags = 0;
  std::vector<Tensor> inputs = affine_inputs(input, weight, bias, &flags);
  OpAttrs attrs;
  attrs.index = flags;
  attrs.dim = input.dim() - k;  // the first normalized dim
  attrs.scalar = eps;
  attrs.aux = mean_t;
  attrs.aux2 = rstd_t;
  record(Op::LayerNorm, inputs, out, std::move(attrs));
  return out;
}

Tensor batch_norm(const Tensor& input, const Tensor& running_mean, const Tensor& running_var, const Tensor& weight,
                  const Tensor& bias, bool training, double momentum, double eps) {
  if (input.dim() < 2) runtime_error("batch_norm: expected at least 2 dimensions, got " + std::to_string(input.dim()));
  const int64_t channels = input.size(1);
  if (training) {
    int64_t per_channel = input.numel() / std::max<int64_t>(channels, 1);
    if (per_channel <= 1) {
      value_error("Expected more than 1 value per channel when training, got input size torch.Size(" +
                  shape_text(input.shape()) + ")");
    }
  }
  const int64_t batch = input.size(0);
  const int64_t inner = channels == 0 ? 0 : input.numel() / (batch * channels);
  const int64_t count = batch * inner;
  Tensor x = raw::contiguous(input);
  Tensor out = Tensor::empty(input.shape(), input.dtype());
  Shape stat_shape(static_cast<size_t>(input.dim()), 1);
  stat_shape[1] = channels;
  Tensor mean_t = Tensor::empty(stat_shape, input.dtype()), invstd_t = Tensor::empty(stat_shape, input.dtype());
  std::vector<double> new_running_mean, new_running_var;
  kernels::dispatch_floating(input.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.template data_ptr<T>();
    T* py = out.template data_ptr<T>();
    for (int64_t c = 0; c < channels; ++c) {
      T mean, invstd;
      if (training) {
        // batch_norm_cpu_collect_stats: sums in double (the CPU's accscalar_t), mean rounded.
        double sum = 0;
        for (int64_t nb = 0; nb < batch; ++nb)
          for (int64_t i = 0; i < inner; ++i) sum += px[(nb * channels + c) * inner + i];
        mean = static_cast<T>(sum / static_cast<double>(count));
        double var_sum = 0;
        for (int64_t nb = 0; nb < batch; ++nb)
          for (int64_t i = 0; i < inner; ++i) {
            const double d = px[(nb * channels + c) * inner + i] - mean;
            var_sum += d * d;
          }
        var_sum = static_cast<T>(var_sum);  // kept in a tensor of the input's dtype, as PyTorch does
        invstd = static_cast<T>(1.0 / std::sqrt(var_sum / static_cast<double>(count) + eps));
        if (running_mean.defined()) {
          new_running_mean.push_back(momentum * mean + (1 - momentum) * running_mean.flat_get(c));
          new_running_var.push_back(momentum * (var_sum / static_cast<double>(count - 1)) +
                                    (1 - momentum) * running_var.flat_get(c));
        }
      } else {
        mean = static_cast<T>(running_mean.flat_get(c));
        invstd = static_cast<T>(1.0 / std::sqrt(running_var.flat_get(c) + eps));
      }
      const T w = weight.defined() ? static_cast<T>(weight.flat_get(c)) : T(1);
      const T b = bias.defined() ? static_cast<T>(bias.flat_get(c)) : T(0);
      const T alpha = invstd * w, beta = b - mean * alpha;  // output = input * alpha + beta
      for (int64_t nb = 0; nb < batch; ++nb)
        for (int64_t i = 0; i < inner; ++i) {
          const int64_t at = (nb * channels + c) * inner + i;
          py[at] = px[at] * alpha + beta;
        }
      mean_t.template data_ptr<T>()[c] = mean;
      invstd_t.template data_ptr<T>()[c] = invstd;
    }
  });
  if (training && running_mean.defined()) {
    raw::copy_into(running_mean, from_doubles(new_running_mean, {channels}, DType::Float64));
    raw::copy_into(running_var, from_doubles(new_running_var, {channels}, DType::Float64));
    running_mean.bump_version();
    running_var.bump_version();
  }
  int64_t flags = 0;
  std::vector<Tensor> inputs = affine_inputs(input, weight, bias, &flags);
  OpAttrs attrs;
  attrs.index = flags;
  attrs.keepdim = training;
  attrs.scalar = eps;
  attrs.aux = mean_t;
  attrs.aux2 = invstd_t;
  record(Op::BatchNorm, inputs, out, std::move(attrs));
  return out;
}

Tensor embedding(const Tensor& weight, const Tensor& indices, int64_t padding_idx) {
  if (indices.dtype() != DType::Int64 && indices.dtype() != DType::Int32) {
    runtime_error(std::string("Expected tensor for argument #1 'indices' to have one of the following scalar types: "
                              "Long, Int; but got ") + legacy_type_name(indices.dtype()) +
                  " instead (while checking arguments for embedding)");
  }
  if (weight.dim() != 2) runtime_error("'weight' must be 2-D");
  const int64_t rows = weight.size(0), dim = weight.size(1);
  Tensor idx = raw::contiguous(indices);
  Shape out_shape = indices.shape();
  out_shape.push_back(dim);
  Tensor w = raw::contiguous(weight);
  Tensor out = Tensor::empty(out_shape, weight.dtype());
  dispatch_dtype(weight.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* pw = w.template data_ptr<T>();
    T* po = out.template data_ptr<T>();
    const int64_t* pi = idx.data_ptr<int64_t>();
    for (int64_t i = 0; i < idx.numel(); ++i) {
      if (pi[i] < 0 || pi[i] >= rows) index_error("index out of range in self");
      std::copy(pw + pi[i] * dim, pw + (pi[i] + 1) * dim, po + i * dim);
    }
  });
  OpAttrs attrs;
  attrs.aux = idx;
  attrs.index = padding_idx;
  record(Op::Embedding, {weight}, out, std::move(attrs));
  return out;
}

// grad_weight[indices[i]] += grad[i] in index order, skipping padding_idx (embedding_dense_backward).
Tensor embedding_backward(const Tensor& grad, const Tensor& indices, const Shape& weight_shape, int64_t padding_idx) {
  if (grad.requires_grad() && GradMode::is_enabled()) {
    // Recorded (double backward, forward-mode tangents): the same sum as an index_add.
    Tensor g = reshape(grad, {-1, weight_shape[1]});
    Tensor flat = reshape(indices, {-1});
    if (padding_idx >= 0) {
      g = mul(g, unsqueeze(to_dtype(compare(flat, Scalar(padding_idx), CompareOp::Ne), g.dtype()), 1));
    }
    return index_add(zeros(weight_shape, g.dtype()), 0, flat, g);
  }
  const int64_t dim = weight_shape[1];
  Tensor g = raw::contiguous(grad);
  Tensor out = zeros(weight_shape, grad.dtype());
  dispatch_dtype(grad.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* pg = g.template data_ptr<T>();
    T* po = out.template data_ptr<T>();
    const int64_t* pi = indices.data_ptr<int64_t>();
    for (int64_t i = 0; i < indices.numel(); ++i) {
      if (pi[i] == padding_idx) continue;
      for (int64_t j = 0; j < dim; ++j) po[pi[i] * dim + j] += pg[i * dim + j];
    }
  });
  return out;
}

}  // namespace ag
