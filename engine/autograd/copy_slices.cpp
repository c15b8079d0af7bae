#include "autograd/copy_slices.h"

#include "autograd/derivatives.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

// A zero-filled tensor laid out like `g` over a fresh storage of `numel` elements.
Tensor fresh_like(const Geometry& g, int64_t numel, DType dtype) {
  Tensor storage = Tensor::empty({numel}, dtype);
  return raw::make_view(storage, g.shape, g.strides, g.offset);
}

}  // namespace

CopySlices::CopySlices(const Edge& base_edge, Geometry base, Geometry view, int64_t storage_numel,
                       std::shared_ptr<FunctionNode> fn)
    : base_(std::move(base)), view_(std::move(view)), storage_numel_(storage_numel), fn_(std::move(fn)) {
  next_edges_.push_back(base_edge);
  const auto& fn_edges = fn_->next_edges();
  for (size_t i = 1; i < fn_edges.size(); ++i) next_edges_.push_back(fn_edges[i]);
  output_shape = base_.shape;
}

std::vector<Tensor> CopySlices::apply(std::vector<Tensor>&& grads) {
  const Tensor& grad = grads[0];
  // The incoming gradient, laid out like the base, so the view's geometry finds its region.
  Tensor result = fresh_like(base_, storage_numel_, grad.dtype());
  raw::copy_into(result, grad);
  Tensor region = raw::make_view(result, view_.shape, view_.strides, view_.offset);
  std::vector<Tensor> fn_grads = fn_->apply({raw::contiguous_copy(region)});
  if (fn_grads[0].defined()) {
    raw::copy_into(region, fn_grads[0]);
  } else {
    raw::copy_into(region, Tensor::scalar(Scalar(0.0), region.dtype()));
  }
  std::vector<Tensor> out;
  out.push_back(result);
  for (size_t i = 1; i < fn_grads.size(); ++i) out.push_back(fn_grads[i]);
  return out;
}

void rebase_view_history(const Tensor& view, const std::shared_ptr<FunctionNode>& fn) {
  if (!fn) return;
  Tensor base(view.impl()->view_base);
  Geometry base_geometry{base.shape(), base.strides(), base.offset()};
  Geometry view_geometry{view.shape(), view.strides(), view.offset()};
  const int64_t numel = view.impl()->storage->numel();
  auto copy_slices = std::make_shared<CopySlices>(gradient_edge(base), base_geometry, view_geometry,
                                                  numel, fn);
  copy_slices->output_dtype = base.dtype();
  set_history(base, copy_slices);
  // The view now reads its history from the base's.
  OpAttrs attrs;
  attrs.dims = view.shape();
  attrs.view_strides = view.strides();
  attrs.view_offset = view.offset();
  attrs.base_strides = base.strides();
  attrs.base_offset = base.offset();
  attrs.storage_numel = numel;
  view.impl()->grad_fn = nullptr;
  view.impl()->output_nr = 0;
  record(Op::AsStrided, {base}, view, std::move(attrs));
}

}  // namespace ag
