// CopySlices: what an in-place op on a view does to the history of the view's base. The base
// gets this node as its grad_fn: the gradient of the base passes through unchanged outside the
// view's region, and through the in-place op's own node (`fn`) inside it — as in PyTorch.
#pragma once

#include <memory>

#include "autograd/function.h"

namespace ag {

struct Geometry {
  Shape shape;
  Strides strides;
  int64_t offset = 0;
};

class CopySlices : public Node {
 public:
  // base_edge: the base's gradient edge before the write; fn: the in-place op's node, whose
  // edges after the first (self) are the other inputs'.
  CopySlices(const Edge& base_edge, Geometry base, Geometry view, int64_t storage_numel,
             std::shared_ptr<FunctionNode> fn);
  std::string name() const override { return "CopySlices"; }
  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override;
  void release_saved() override { fn_->release_saved(); }
  std::vector<SavedTensorInfo> saved_tensors() const override { return fn_->saved_tensors(); }

 private:
  Geometry base_;
  Geometry view_;
  int64_t storage_numel_;
  std::shared_ptr<FunctionNode> fn_;
};

// Records an in-place op that has just written through `view`: rebases the view's base onto a
// CopySlices node and gives the view an AsStridedBackward0 grad_fn over the base.
void rebase_view_history(const Tensor& view, const std::shared_ptr<FunctionNode>& fn);

}  // namespace ag
