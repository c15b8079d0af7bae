// The generic graph node of a differentiable op. What an op saves and how its gradient is
// computed is declared once, in the derivatives table (autograd/derivatives.cpp); this file is
// the machinery that saves per the table, calls the formula, and undoes broadcasting centrally.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "autograd/node.h"
#include "autograd/saved_variable.h"
#include "tensor/tensor.h"

namespace ag {

enum class Op;

// Non-tensor arguments of an op that its backward needs.
struct OpAttrs {
  Shape dims;             // reduction dims, permutation, view sizes...
  Shape sizes;            // sizes of cat pieces, target shape...
  int64_t dim = 0;
  int64_t start = 0, end = 0, step = 1, index = 0;
  bool keepdim = false;
  double scalar = 0.0;    // exponent, alpha, norm p
  double scalar2 = 0.0;   // a second parameter: softplus's threshold, hardtanh's max
  double scalar3 = 0.0;   // a third: elu's input_scale
  int64_t reduction = 1;  // 0 none, 1 mean, 2 sum
  Tensor aux;             // non-differentiable companion: max indices, where mask, targets
  Tensor weight;          // nll_loss: each row's class weight
  Tensor aux2;            // a second companion: layer/batch norm's rstd (aux holds the mean)
  // AsStridedBackward0: a view's and its base's geometry on their shared storage.
  Strides view_strides, base_strides;
  int64_t view_offset = 0, base_offset = 0, storage_numel = 0;
};

struct InputMeta {
  Shape shape;
  DType dtype;
};

class FunctionNode;

// What a derivative formula sees: the incoming grad, saved tensors, attrs, input metadata.
class BackwardContext {
 public:
  BackwardContext(const FunctionNode& node, const std::vector<Tensor>& grads)
      : node_(node), grads_(grads), grad(grads[0]) {}
  Tensor input(size_t i) const;  // a saved input (PyTorch's `self`, `other`)
  Tensor result() const;         // the saved output
  // Ops with several outputs (eigh: eigenvalues, eigenvectors): output i's saved value and the
  // gradient that arrived for it (undefined when none did).
  Tensor result(size_t i) const;
  const Tensor& grad_of(size_t i) const { return grads_[i]; }
  const OpAttrs& attrs() const;
  const InputMeta& meta(size_t i) const;
  size_t num_inputs() const;
  bool needs(size_t i) const;    // does input i want a gradient?

 private:
  const FunctionNode& node_;
  const std::vector<Tensor>& grads_;

 public:
  const Tensor& grad;  // output 0's
};

using GradFormula = std::vector<Tensor> (*)(const BackwardContext&);
// A forward-mode formula: the result's tangent J t from the inputs, their tangents (undefined
// where an input has none), the attrs and the result. Rows without one get J t from their
// backward formula (autograd/forward_ad.h); rows whose backward kernels are not recorded
// (convolution, pooling) need one.
using ForwardFormula = Tensor (*)(const std::vector<Tensor>& inputs, const std::vector<Tensor>& tangents,
                                  const OpAttrs& attrs, const Tensor& result);

// One row of the derivatives table.
struct Derivative {
  Op op;
  const char* grad_fn_name;  // "MulBackward0"
  uint32_t saved_inputs;     // bit i: input i is saved
  bool saves_result;
  GradFormula formula;
  // For two-input ops, as PyTorch's codegen does: input i is saved only when one of the inputs
  // in save_when[i] (a bit mask) needs a gradient. 0 means "whenever the node is recorded".
  std::array<uint8_t, 2> save_when{0, 0};
  ForwardFormula forward = nullptr;
};

const Derivative& derivative_of(Op op);
const std::vector<Derivative>& derivative_table();

class FunctionNode : public Node {
 public:
  FunctionNode(const Derivative& def, const std::vector<Tensor>& inputs, OpAttrs attrs);
  std::string name() const override { return def_.grad_fn_name; }
  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override;
  void release_saved() override;
  std::vector<SavedTensorInfo> saved_tensors() const override;

  const Derivative& def() const { return def_; }
  const OpAttrs& attrs() const { return attrs_; }
  // is_output=false keeps the result's own history: forward AD's stand-in nodes save the real
  // result of another node this way.
  void save_result(const Tensor& result, bool is_output = true) { save_result_at(0, result, is_output); }
  void save_result_at(size_t i, const Tensor& result, bool is_output = true) {
    if (saved_results_.size() <= i) saved_results_.resize(i + 1);
    saved_results_[i] = SavedVariable(result, is_output);
  }
  void save_input(size_t i, const Tensor& value) { saved_inputs_[i] = SavedVariable(value, false); }
  // After an in-place op rebases `self` onto this node, inputs saved as `self` itself are outputs.
  void saved_inputs_became_output(const Tensor& self) {
    for (SavedVariable& s : saved_inputs_) {
      if (s.was_saved() && !s.is_released() && s.peek().impl() == self.impl()) s.become_output();
    }
  }

 private:
  friend class BackwardContext;
  const Derivative& def_;
  std::vector<SavedVariable> saved_inputs_;
  std::vector<SavedVariable> saved_results_;  // one per output, when the row saves results
  std::vector<InputMeta> input_meta_;
  OpAttrs attrs_;
};

bool any_requires_grad(const std::vector<Tensor>& inputs);
bool should_record(const std::vector<Tensor>& inputs);

// Records `result` as produced by `op` from `inputs` (when grad mode is on and an input needs
// grad): makes the node, saves what the table says, and sets result's grad_fn.
void record(Op op, const std::vector<Tensor>& inputs, const Tensor& result, OpAttrs attrs = {});
// The same for an op with several outputs: result i becomes output i of one node. Undefined
// results (an output not computed) keep a slot.
void record_outputs(Op op, const std::vector<Tensor>& inputs, const std::vector<Tensor>& results, OpAttrs attrs = {});

// The in-place form, in two steps as PyTorch does it: before self is overwritten, make the node
// and save the inputs (their versions as they are now; `self_before` is a copy of self's old
// value when the formula needs it); after the write, rebase self's history onto the node.
std::shared_ptr<FunctionNode> prepare_inplace(Op op, const Tensor& self, const Tensor& self_before,
                                              const std::vector<Tensor>& others, OpAttrs attrs = {});
void rebase_history(const Tensor& self, const std::shared_ptr<FunctionNode>& node);

}  // namespace ag
