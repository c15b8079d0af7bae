// 2-D pooling over [N, C, H, W] or [C, H, W]: max (with the index of each maximum kept for the
// backward), average (PyTorch's divisor rules for padding), adaptive average. First order.
#include <algorithm>
#include <cmath>
#include <limits>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

struct Planes {
  Tensor data;  // contiguous [planes, H, W]
  int64_t planes, h, w;
  Shape lead;   // the dims before H, W
};

Planes planes_of(const Tensor& t, const char* name) {
  if (t.dim() != 3 && t.dim() != 4) {
    runtime_error(std::string(name) + ": Expected 3D or 4D (batch mode) tensor for input");
  }
  Planes p;
  p.data = raw::contiguous(t.detach());
  p.h = t.size(-2);
  p.w = t.size(-1);
  p.lead = Shape(t.shape().begin(), t.shape().end() - 2);
  p.planes = shape_numel(p.lead);
  return p;
}

int64_t floor_div(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

int64_t pooled_size(int64_t in, int64_t k, int64_t pad, int64_t stride, int64_t dilation, bool ceil_mode) {
  const int64_t span = in + 2 * pad - dilation * (k - 1) - 1;
  int64_t out = (ceil_mode ? floor_div(span + stride - 1, stride) : floor_div(span, stride)) + 1;
  if (ceil_mode && (out - 1) * stride >= in + pad) --out;  // the last window must start inside
  return out;
}

Shape with_hw(const Shape& lead, int64_t h, int64_t w) {
  Shape s = lead;
  s.push_back(h);
  s.push_back(w);
  return s;
}

void refuse_double_backward(const Tensor& grad, const char* what) {
  if (grad.requires_grad() && GradMode::is_enabled()) {
    throw Error(ErrorKind::NotImplementedError, std::string("double backward through ") + what + " is not supported yet");
  }
}

}  // namespace

Tensor max_pool2d(const Tensor& input, const PoolParams& p) {
  Planes in = planes_of(input, "max_pool2d");
  if (p.padding[0] * 2 > p.kernel[0] || p.padding[1] * 2 > p.kernel[1]) {
    runtime_error("pad should be at most half of effective kernel size, but got pad=" + std::to_string(p.padding[0]) +
                  ", kernel_size=" + std::to_string(p.kernel[0]) + " and dilation=" + std::to_string(p.dilation[0]));
  }
  const int64_t oh = pooled_size(in.h, p.kernel[0], p.padding[0], p.stride[0], p.dilation[0], p.ceil_mode);
  const int64_t ow = pooled_size(in.w, p.kernel[1], p.padding[1], p.stride[1], p.dilation[1], p.ceil_mode);
  if (oh <= 0 || ow <= 0) {
    runtime_error("Given input size: (" + std::to_string(in.planes) + "x" + std::to_string(in.h) + "x" + std::to_string(in.w) +
                  "). Calculated output size: (" + std::to_string(in.planes) + "x" + std::to_string(oh) + "x" +
                  std::to_string(ow) + "). Output size is too small");
  }
  Tensor out = Tensor::empty(with_hw(in.lead, oh, ow), input.dtype());
  Tensor indices = Tensor::empty(with_hw(in.lead, oh, ow), DType::Int64);
  kernels::dispatch_floating(input.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* x = in.data.template data_ptr<T>();
    T* y = out.template data_ptr<T>();
    int64_t* idx = indices.data_ptr<int64_t>();
    for (int64_t pl = 0; pl < in.planes; ++pl)
      for (int64_t i = 0; i < oh; ++i)
        for (int64_t j = 0; j < ow; ++j) {
          T best = -std::numeric_limits<T>::infinity();
          int64_t best_at = -1;
          for (int64_t u = 0; u < p.kernel[0]; ++u) {
            const int64_t hi = i * p.stride[0] - p.padding[0] + u * p.dilation[0];
            if (hi < 0 || hi >= in.h) continue;
            for (int64_t v = 0; v < p.kernel[1]; ++v) {
              const int64_t wi = j * p.stride[1] - p.padding[1] + v * p.dilation[1];
              if (wi < 0 || wi >= in.w) continue;
              const T val = x[(pl * in.h + hi) * in.w + wi];
              if (best_at < 0 || val > best || std::isnan(val)) {
                best = val;
                best_at = hi * in.w + wi;
              }
            }
          }
          y[(pl * oh + i) * ow + j] = best;
          idx[(pl * oh + i) * ow + j] = best_at;
        }
  });
  OpAttrs attrs;
  attrs.aux = indices;
  record(Op::MaxPool2d, {input}, out, std::move(attrs));
  return out;
}

Tensor avg_pool2d(const Tensor& input, const PoolParams& p, bool count_include_pad, int64_t divisor_override) {
  Planes in = planes_of(input, "avg_pool2d");
  if (p.padding[0] * 2 > p.kernel[0] || p.padding[1] * 2 > p.kernel[1]) {
    runtime_error("pad should be smaller than or equal to half of kernel size, but got padW = " +
                  std::to_string(p.padding[1]) + ", padH = " + std::to_string(p.padding[0]) + ", kW = " +
                  std::to_string(p.kernel[1]) + ", kH = " + std::to_string(p.kernel[0]));
  }
  const int64_t oh = pooled_size(in.h, p.kernel[0], p.padding[0], p.stride[0], 1, p.ceil_mode);
  const int64_t ow = pooled_size(in.w, p.kernel[1], p.padding[1], p.stride[1], 1, p.ceil_mode);
  if (oh <= 0 || ow <= 0) {
    runtime_error("Given input size: (" + std::to_string(in.planes) + "x" + std::to_string(in.h) + "x" + std::to_string(in.w) +
                  "). Calculated output size: (" + std::to_string(in.planes) + "x" + std::to_string(oh) + "x" +
                  std::to_string(ow) + "). Output size is too small");
  }
  Tensor out = Tensor::empty(with_hw(in.lead, oh, ow), input.dtype());
  kernels::dispatch_floating(input.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* x = in.data.template data_ptr<T>();
    T* y = out.template data_ptr<T>();
    for (int64_t pl = 0; pl < in.planes; ++pl)
      for (int64_t i = 0; i < oh; ++i)
        for (int64_t j = 0; j < ow; ++j) {
          int64_t h0 = i * p.stride[0] - p.padding[0], w0 = j * p.stride[1] - p.padding[1];
          int64_t h1 = std::min(h0 + p.kernel[0], in.h + p.padding[0]), w1 = std::min(w0 + p.kernel[1], in.w + p.padding[1]);
          const int64_t pool_size = (h1 - h0) * (w1 - w0);
          h0 = std::max<int64_t>(h0, 0), w0 = std::max<int64_t>(w0, 0);
          h1 = std::min(h1, in.h), w1 = std::min(w1, in.w);
          T acc = T(0);
          for (int64_t hi = h0; hi < h1; ++hi)
            for (int64_t wi = w0; wi < w1; ++wi) acc += x[(pl * in.h + hi) * in.w + wi];
          const int64_t divisor = divisor_override ? divisor_override : count_include_pad ? pool_size : (h1 - h0) * (w1 - w0);
          y[(pl * oh + i) * ow + j] = acc / static_cast<T>(divisor);
        }
  });
  OpAttrs attrs;
  attrs.dims = {p.kernel[0], p.kernel[1], p.stride[0], p.stride[1], p.padding[0], p.padding[1]};
  attrs.keepdim = count_include_pad;
  attrs.index = divisor_override;
  attrs.start = p.ceil_mode;
  record(Op::AvgPool2d, {input}, out, std::move(attrs));
  return out;
}

Tensor adaptive_avg_pool2d(const Tensor& input, int64_t out_h, int64_t out_w) {
  Planes in = planes_of(input, "adaptive_avg_pool2d");
  Tensor out = Tensor::empty(with_hw(in.lead, out_h, out_w), input.dtype());
  kernels::dispatch_floating(input.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* x = in.data.template data_ptr<T>();
    T* y = out.template data_ptr<T>();
    for (int64_t pl = 0; pl < in.planes; ++pl)
      for (int64_t i = 0; i < out_h; ++i)
        for (int64_t j = 0; j < out_w; ++j) {
          const int64_t h0 = i * in.h / out_h, h1 = ((i + 1) * in.h + out_h - 1) / out_h;
          const int64_t w0 = j * in.w / out_w, w1 = ((j + 1) * in.w + out_w - 1) / out_w;
          T acc = T(0);
          for (int64_t hi = h0; hi < h1; ++hi)
            for (int64_t wi = w0; wi < w1; ++wi) acc += x[(pl * in.h + hi) * in.w + wi];
          y[(pl * out_h + i) * out_w + j] = acc / static_cast<T>((h1 - h0) * (w1 - w0));
        }
  });
  record(Op::AdaptiveAvgPool2d, {input}, out);
  return out;
}

// The backward kernels: each output's gradient back to the input positions it was made from.
Tensor pool2d_backward(Op op, const Tensor& grad, const Shape& input_shape, const OpAttrs& a) {
  refuse_double_backward(grad, "pooling");
  const int64_t h = input_shape[input_shape.size() - 2], w = input_shape[input_shape.size() - 1];
  const int64_t oh = grad.size(-2), ow = grad.size(-1);
  const int64_t planes = grad.numel() / std::max<int64_t>(oh * ow, 1);
  Tensor g = raw::contiguous(grad.detach());
  Tensor out = zeros(input_shape, grad.dtype());
  kernels::dispatch_floating(grad.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* gy = g.template data_ptr<T>();
    T* gx = out.template data_ptr<T>();
    for (int64_t pl = 0; pl < planes; ++pl)
      for (int64_t i = 0; i < oh; ++i)
        for (int64_t j = 0; j < ow; ++j) {
          const T d = gy[(pl * oh + i) * ow + j];
          if (op == Op::MaxPool2d) {
            const int64_t at = a.aux.data_ptr<int64_t>()[(pl * oh + i) * ow + j];
            if (at >= 0) gx[pl * h * w + at] += d;
          } else if (op == Op::AvgPool2d) {
            const int64_t kh = a.dims[0], kw = a.dims[1], sh = a.dims[2], sw = a.dims[3], ph = a.dims[4], pw = a.dims[5];
            int64_t h0 = i * sh - ph, w0 = j * sw - pw;
            int64_t h1 = std::min(h0 + kh, h + ph), w1 = std::min(w0 + kw, w + pw);
            const int64_t pool_size = (h1 - h0) * (w1 - w0);
            h0 = std::max<int64_t>(h0, 0), w0 = std::max<int64_t>(w0, 0);
            h1 = std::min(h1, h), w1 = std::min(w1, w);
            const int64_t divisor = a.index ? a.index : a.keepdim ? pool_size : (h1 - h0) * (w1 - w0);
            for (int64_t hi = h0; hi < h1; ++hi)
              for (int64_t wi = w0; wi < w1; ++wi) gx[(pl * h + hi) * w + wi] += d / static_cast<T>(divisor);
          } else {
            const int64_t h0 = i * h / oh, h1 = ((i + 1) * h + oh - 1) / oh;
            const int64_t w0 = j * w / ow, w1 = ((j + 1) * w + ow - 1) / ow;
            const T share = d / static_cast<T>((h1 - h0) * (w1 - w0));
            for (int64_t hi = h0; hi < h1; ++hi)
              for (int64_t wi = w0; wi < w1; ++wi) gx[(pl * h + hi) * w + wi] += share;
          }
        }
  });
  return out;
}

}  // namespace ag

namespace ag {

// F.pad(mode='constant'): pads[2i], pads[2i+1] widen (or, negative, crop) the i-th dim from the
// end. Its derivative is the same op with the pads negated.
Tensor constant_pad_nd(const Tensor& input, const Shape& pads, double value) {
  if (pads.size() % 2 != 0) runtime_error("Length of pad must be even but instead it equals " + std::to_string(pads.size()));
  const int64_t nd = input.dim(), k = static_cast<int64_t>(pads.size() / 2);
  if (k > nd) {
    runtime_error("Length of pad should be no more than twice the number of dimensions of the input. Pad length is " +
                  std::to_string(pads.size()) + " while the input has " + std::to_string(nd) + " dimensions.");
  }
  Shape out_shape = input.shape();
  for (int64_t i = 0; i < k; ++i) {
    const size_t d = static_cast<size_t>(nd - 1 - i);
    out_shape[d] += pads[2 * i] + pads[2 * i + 1];
    if (out_shape[d] <= 0) {
      runtime_error("The input size " + std::to_string(input.shape()[d]) + ", plus negative padding " +
                    std::to_string(pads[2 * i]) + " and " + std::to_string(pads[2 * i + 1]) +
                    " resulted in a negative output size, which is invalid. Check dimension " + std::to_string(d) +
                    " of your input.");
    }
  }
  Tensor out = full(out_shape, Scalar(value), input.dtype());
  // The overlap of input and output, as views of each (negative pads crop the input).
  Tensor src = input.detach(), dst = out;
  for (int64_t i = 0; i < k; ++i) {
    const int64_t d = nd - 1 - i, before = pads[2 * i], after = pads[2 * i + 1];
    const int64_t size = input.shape()[static_cast<size_t>(d)];
    const int64_t src_start = std::max<int64_t>(0, -before), src_end = size - std::max<int64_t>(0, -after);
    src = raw_slice_view(src, d, src_start, src_end - src_start);
    dst = raw_slice_view(dst, d, std::max<int64_t>(0, before), src_end - src_start);
  }
  raw::copy_into(dst, src);
  OpAttrs attrs;
  attrs.dims = pads;
  record(Op::ConstantPadNd, {input}, out, std::move(attrs));
  return out;
}

}  // namespace ag
