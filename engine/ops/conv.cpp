// Convolution (1-D and 2-D, strides, zero padding, dilation, groups) and 2-D pooling (max,
// average, adaptive average). Direct loops over the output: tutorials' sizes, not ImageNet's.
// A 1-D convolution is the 2-D one with a height of 1. Backward kernels are first order.
#include <algorithm>
#include <cmath>
#include <limits>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/kernels.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

std::string sizes_text(const Shape& s) {
  std::string out;
  for (int64_t d : s) out += (out.empty() ? "" : ", ") + std::to_string(d);
  return "[" + out + "]";
}

void refuse_double_backward(const Tensor& grad, const char* what) {
  if (grad.requires_grad() && GradMode::is_enabled()) {
    throw Error(ErrorKind::NotImplementedError, std::string("double backward through ") + what + " is not supported yet");
  }
}

// Geometry of a 2-D convolution after the batch and channel dims (1-D uses height 1).
struct ConvGeometry {
  int64_t n, c, h, w, o, kh, kw, oh, ow, groups;
  int64_t sh, sw, ph, pw, dh, dw;
};

ConvGeometry geometry(const Shape& in4, const Shape& w4, const ConvParams& p) {
  ConvGeometry g{};
  g.n = in4[0], g.c = in4[1], g.h = in4[2], g.w = in4[3];
  g.o = w4[0], g.kh = w4[2], g.kw = w4[3], g.groups = p.groups;
  g.sh = p.stride[0], g.sw = p.stride[1], g.ph = p.padding[0], g.pw = p.padding[1];
  g.dh = p.dilation[0], g.dw = p.dilation[1];
  g.oh = (g.h + 2 * g.ph - g.dh * (g.kh - 1) - 1) / g.sh + 1;
  g.ow = (g.w + 2 * g.pw - g.dw * (g.kw - 1) - 1) / g.sw + 1;
  return g;
}

// Every output position and, for each, every kernel tap that lands inside the input:
// start(y) before the taps of output y, tap(x, k) with the input and weight offsets, finish(y, o).
template <class Start, class Tap, class Finish>
void walk_taps(const ConvGeometry& g, Start&& start, Tap&& tap, Finish&& finish) {
  const int64_t cg = g.c / g.groups, og = g.o / g.groups;
  for (int64_t n = 0; n < g.n; ++n)
    for (int64_t o = 0; o < g.o; ++o) {
      const int64_t grp = o / og;
      for (int64_t i = 0; i < g.oh; ++i)
        for (int64_t j = 0; j < g.ow; ++j) {
          const int64_t yi = ((n * g.o + o) * g.oh + i) * g.ow + j;
          start(yi);
          for (int64_t ci = 0; ci < cg; ++ci)
            for (int64_t u = 0; u < g.kh; ++u) {
              const int64_t hi = i * g.sh - g.ph + u * g.dh;
              if (hi < 0 || hi >= g.h) continue;
              for (int64_t v = 0; v < g.kw; ++v) {
                const int64_t wi = j * g.sw - g.pw + v * g.dw;
                if (wi < 0 || wi >= g.w) continue;
                tap(((n * g.c + grp * cg + ci) * g.h + hi) * g.w + wi, ((o * cg + ci) * g.kh + u) * g.kw + v);
              }
            }
          finish(yi, o);
        }
    }
}

template <class T>
void conv_forward(const ConvGeometry& g, const T* x, const T* wt, const T* b, T* y) {
  T acc = T(0);
  walk_taps(
      g, [&](int64_t) { acc = T(0); }, [&](int64_t xi, int64_t wk) { acc += x[xi] * wt[wk]; },
      [&](int64_t yi, int64_t o) { y[yi] = acc + (b ? b[o] : T(0)); });
}

// Input and weight gradients (either may be null): each output's gradient back along its taps.
template <class T>
void conv_backward(const ConvGeometry& g, const T* x, const T* wt, const T* gy, T* gx, T* gw) {
  T d = T(0);
  walk_taps(
      g, [&](int64_t yi) { d = gy[yi]; },
      [&](int64_t xi, int64_t wk) {
        if (gx) gx[xi] += d * wt[wk];
        if (gw) gw[wk] += d * x[xi];
      },
      [](int64_t, int64_t) {});
}

Shape as4d(const Shape& s, int64_t spatial) { return spatial == 1 ? Shape{s[0], s[1], 1, s[2]} : s; }

}  // namespace

Tensor convolution(const Tensor& input, const Tensor& weight, const Tensor& bias, ConvParams p) {
  const int64_t spatial = weight.dim() - 2;
  if (spatial != 1 && spatial != 2) runtime_error("only 1-D and 2-D convolutions are supported");
  const bool batched = input.dim() == spatial + 2;
  if (!batched && input.dim() != spatial + 1) {
    runtime_error("Expected " + std::to_string(spatial + 1) + "D (unbatched) or " + std::to_string(spatial + 2) +
                  "D (batched) input to conv" + std::to_string(spatial) + "d, but got input of size: " + sizes_text(input.shape()));
  }
  // ATen's parameter checks, before any size arithmetic divides by a stride.
  const size_t dims = static_cast<size_t>(spatial);
  for (size_t i = 0; i < dims; ++i) {
    if (p.padding[i] < 0) runtime_error("negative padding is not supported");
  }
  for (size_t i = 0; i < dims; ++i) {
    if (p.stride[i] <= 0) runtime_error("non-positive stride is not supported");
  }
  for (size_t i = 0; i < dims; ++i) {
    if (p.dilation[i] <= 0) {
      std::string given = "[";
      for (size_t j = 0; j < dims; ++j) given += (j ? ", " : "") + std::to_string(p.dilation[j]);
      runtime_error("dilation should be greater than zero, but got " + given + "]");
    }
  }
  if (p.groups <= 0) runtime_error("non-positive groups is not supported");
  Tensor x = batched ? input.detach() : unsqueeze(input.detach(), 0);
  if (x.size(1) != weight.size(1) * p.groups) {
    runtime_error("Given groups=" + std::to_string(p.groups) + ", weight of size " + sizes_text(weight.shape()) +
                  ", expected input" + sizes_text(x.shape()) + " to have " + std::to_string(weight.size(1) * p.groups) +
                  " channels, but got " + std::to_string(x.size(1)) + " channels instead");
  }
  if (x.dtype() != weight.dtype()) {
    runtime_error(std::string("expected scalar type ") + scalar_type_name(weight.dtype()) + " but found " +
                  scalar_type_name(x.dtype()));
  }
  require_half_kernel("slow_conv2d_cpu", x.dtype());
  if (spatial == 1) {
    p.stride = {1, p.stride[0]};
    p.padding = {0, p.padding[0]};
    p.dilation = {1, p.dilation[0]};
  }
  const Shape x4 = as4d(x.shape(), spatial), w4 = as4d(weight.shape(), spatial);
  ConvGeometry g = geometry(x4, w4, p);
  if (g.oh <= 0 || g.ow <= 0) {
    runtime_error("Calculated padded input size per channel: (" + std::to_string(g.h + 2 * g.ph) + " x " +
                  std::to_string(g.w + 2 * g.pw) + "). Kernel size: (" + std::to_string(g.dh * (g.kh - 1) + 1) + " x " +
                  std::to_string(g.dw * (g.kw - 1) + 1) + "). Kernel size can't be greater than actual input size");
  }
  Tensor cx = raw::contiguous(x), cw = raw::contiguous(weight);
  Tensor cb = bias.defined() ? raw::contiguous(bias) : Tensor();
  Shape out_shape = spatial == 1 ? Shape{g.n, g.o, g.ow} : Shape{g.n, g.o, g.oh, g.ow};
  Tensor out = Tensor::empty(out_shape, x.dtype());
  kernels::dispatch_floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    conv_forward<T>(g, cx.template data_ptr<T>(), cw.template data_ptr<T>(),
                    cb.defined() ? cb.template data_ptr<T>() : nullptr, out.template data_ptr<T>());
  });
  if (!batched) out = raw::contiguous_copy(squeeze(out, 0));
  OpAttrs attrs;
  attrs.dims = {p.stride[0], p.stride[1], p.padding[0], p.padding[1], p.dilation[0], p.dilation[1], p.groups};
  attrs.index = (bias.defined() ? 1 : 0) | (batched ? 2 : 0);
  attrs.dim = spatial;
  std::vector<Tensor> inputs{input, weight};
  if (bias.defined()) inputs.push_back(bias);
  record(Op::Convolution, inputs, out, std::move(attrs));
  return out;
}

std::vector<Tensor> convolution_backward(const Tensor& grad, const Tensor& input, const Tensor& weight,
                                         const OpAttrs& a, bool need_input, bool need_weight, bool need_bias) {
  refuse_double_backward(grad, "convolution");
  const int64_t spatial = a.dim;
  const bool batched = a.index & 2;
  ConvParams p;
  p.stride = {a.dims[0], a.dims[1]};
  p.padding = {a.dims[2], a.dims[3]};
  p.dilation = {a.dims[4], a.dims[5]};
  p.groups = a.dims[6];
  Tensor x = raw::contiguous(batched ? input.detach() : unsqueeze(input.detach(), 0));
  const Shape x4 = as4d(x.shape(), spatial), w4 = as4d(weight.shape(), spatial);
  ConvGeometry g = geometry(x4, w4, p);
  Tensor gy = raw::contiguous(grad);
  Tensor gx = zeros(x.shape(), x.dtype()), gw = zeros(weight.shape(), weight.dtype());
  Tensor cw = raw::contiguous(weight);
  kernels::dispatch_floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    conv_backward<T>(g, x.template data_ptr<T>(), cw.template data_ptr<T>(), gy.template data_ptr<T>(),
                     need_input ? gx.template data_ptr<T>() : nullptr, need_weight ? gw.template data_ptr<T>() : nullptr);
  });
  std::vector<Tensor> out;
  out.push_back(need_input ? (batched ? gx : raw::contiguous_copy(squeeze(gx, 0))) : Tensor());
  out.push_back(need_weight ? gw : Tensor());
  if (a.index & 1) {
    Shape dims{0};
    for (int64_t d = 0; d < spatial; ++d) dims.push_back(2 + d);
    out.push_back(need_bias ? ag::sum(batched ? grad.detach() : unsqueeze(grad.detach(), 0), dims) : Tensor());
  }
  return out;
}

}  // namespace ag
