#include "autograd/function.h"

#include "autograd/derivatives.h"
#include "autograd/forward_ad.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"
#include "tensor/narrow.h"

namespace ag {

Tensor BackwardContext::input(size_t i) const {
  return node_.saved_inputs_[i].unpack(
      std::const_pointer_cast<Node>(node_.shared_from_this()));
}
Tensor BackwardContext::result() const { return result(0); }
Tensor BackwardContext::result(size_t i) const {
  if (i >= node_.saved_results_.size()) return Tensor();
  return node_.saved_results_[i].unpack(std::const_pointer_cast<Node>(node_.shared_from_this()));
}
const OpAttrs& BackwardContext::attrs() const { return node_.attrs_; }
const InputMeta& BackwardContext::meta(size_t i) const { return node_.input_meta_[i]; }
size_t BackwardContext::num_inputs() const { return node_.input_meta_.size(); }
bool BackwardContext::needs(size_t i) const { return node_.next_edges()[i].is_valid(); }

FunctionNode::FunctionNode(const Derivative& def, const std::vector<Tensor>& inputs,
                           OpAttrs attrs)
    : def_(def), saved_inputs_(inputs.size()), attrs_(std::move(attrs)) {
  next_edges_.reserve(inputs.size());
  input_meta_.reserve(inputs.size());
  for (const Tensor& in : inputs) {
    next_edges_.push_back(gradient_edge(in));
    input_meta_.push_back({in.shape(), in.dtype()});
  }
}

std::vector<Tensor> FunctionNode::apply(std::vector<Tensor>&& grads) {
  BackwardContext ctx(*this, grads);
  std::vector<Tensor> out = def_.formula(ctx);
  out.resize(next_edges_.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (!next_edges_[i].is_valid()) {
      out[i] = Tensor();
      continue;
    }
    if (!out[i].defined()) continue;
    // Broadcasting is undone here, once, so no formula has to think about it.
    if (out[i].shape() != input_meta_[i].shape) out[i] = sum_to(out[i], input_meta_[i].shape);
    if (out[i].dtype() != input_meta_[i].dtype) out[i] = to_dtype(out[i], input_meta_[i].dtype);
  }
  return out;
}

void FunctionNode::release_saved() {
  for (auto& s : saved_inputs_) s.release();
  for (auto& s : saved_results_) s.release();
}

std::vector<SavedTensorInfo> FunctionNode::saved_tensors() const {
  static const char* kNames[] = {"self", "other", "third", "fourth"};
  std::vector<SavedTensorInfo> info;
  for (size_t i = 0; i < saved_inputs_.size(); ++i) {
    if (!saved_inputs_[i].was_saved()) continue;
    info.push_back({i < 4 ? kNames[i] : "input" + std::to_string(i), saved_inputs_[i].peek()});
  }
  for (size_t i = 0; i < saved_results_.size(); ++i) {
    const SavedVariable& saved = saved_results_[i];
    if (!saved.was_saved()) continue;
    Tensor r = saved.peek();
    if (r.defined() && !saved.is_released()) {
      r = r.detach();
      set_history(r, std::const_pointer_cast<Node>(shared_from_this()), static_cast<uint32_t>(i));
    }
    info.push_back({saved_results_.size() == 1 ? std::string("result") : "result" + std::to_string(i), r});
  }
  return info;
}

bool should_save(const Derivative& def, const FunctionNode& node, size_t i) {
  if (!(def.saved_inputs & (1u << i))) return false;
  const uint8_t when = i < def.save_when.size() ? def.save_when[i] : 0;
  if (when == 0) return true;
  for (size_t j = 0; j < node.next_edges().size(); ++j) {
    if ((when & (1u << j)) && node.next_edges()[j].is_valid()) return true;
  }
  return false;
}

bool any_requires_grad(const std::vector<Tensor>& inputs) {
  for (const Tensor& t : inputs) {
    if (t.defined() && t.requires_grad()) return true;
  }
  return false;
}

bool should_record(const std::vector<Tensor>& inputs) {
  return GradMode::is_enabled() && any_requires_grad(inputs);
}

void record(Op op, const std::vector<Tensor>& inputs, const Tensor& result, OpAttrs attrs) {
  // Narrow dtypes are computed in their storage type (float for half, int64 for int8); an op's
  // own output is rounded or wrapped here once, whatever the op (views share rounded storage).
  if (is_narrow(result.dtype()) && !result.impl()->view_base && result.is_contiguous()) narrow_contiguous(result);
  if (!should_record(inputs)) {
    if (forward_ad::is_active()) forward_ad::propagate(op, inputs, result, attrs);
    return;
  }
  const Derivative& def = derivative_of(op);
  auto node = std::make_shared<FunctionNode>(def, inputs, std::move(attrs));
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (should_save(def, *node, i)) node->save_input(i, inputs[i]);
  }
  node->output_shape = result.shape();
  node->output_dtype = result.dtype();
  set_history(result, node);
  if (def.saves_result) node->save_result(result);
  // After the node: a tangent that requires grad hangs off the result's history.
  if (forward_ad::is_active()) forward_ad::propagate(op, inputs, result, node->attrs());
}

void record_outputs(Op op, const std::vector<Tensor>& inputs, const std::vector<Tensor>& results, OpAttrs attrs) {
  if (!should_record(inputs)) {
    if (forward_ad::is_active()) forward_ad::propagate_outputs(op, inputs, results, attrs);
    return;
  }
  const Derivative& def = derivative_of(op);
  auto node = std::make_shared<FunctionNode>(def, inputs, std::move(attrs));
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (should_save(def, *node, i)) node->save_input(i, inputs[i]);
  }
  node->num_outputs = static_cast<uint32_t>(results.size());
  node->output_shape = results[0].shape();
  node->output_dtype = results[0].dtype();
  for (size_t i = 0; i < results.size(); ++i) {
    if (!results[i].defined()) continue;
    set_history(results[i], node, static_cast<uint32_t>(i));
    if (def.saves_result) node->save_result_at(i, results[i]);
  }
  if (forward_ad::is_active()) forward_ad::propagate_outputs(op, inputs, results, node->attrs());
}

std::shared_ptr<FunctionNode> prepare_inplace(Op op, const Tensor& self, const Tensor& self_before,
                                              const std::vector<Tensor>& others, OpAttrs attrs) {
  std::vector<Tensor> inputs;
  inputs.reserve(others.size() + 1);
  inputs.push_back(self);
  inputs.insert(inputs.end(), others.begin(), others.end());
  if (!should_record(inputs)) return nullptr;
  const Derivative& def = derivative_of(op);
  // The edges are taken from self's history before it is rebased onto the new node.
  auto node = std::make_shared<FunctionNode>(def, inputs, std::move(attrs));
  if (should_save(def, *node, 0)) node->save_input(0, self_before);
  for (size_t i = 1; i < inputs.size(); ++i) {
    if (should_save(def, *node, i)) node->save_input(i, inputs[i]);
  }
  node->output_shape = self.shape();
  node->output_dtype = self.dtype();
  return node;
}

void rebase_history(const Tensor& self, const std::shared_ptr<FunctionNode>& node) {
  if (!node) return;
  set_history(self, node);
  node->saved_inputs_became_output(self);
  if (node->def().saves_result) node->save_result(self);
}

}  // namespace ag
