// Graph nodes, PyTorch's vocabulary: a Node is a tensor's grad_fn; its next_edges point at the
// grad_fns of the inputs (or their AccumulateGrad nodes). Tensors own their history through
// shared_ptr<Node>; nodes never own the tensors they produced, so there are no cycles.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "tensor/tensor.h"

namespace ag {

class Node;

struct Edge {
  std::shared_ptr<Node> function;  // null: that input needs no gradient
  uint32_t input_nr = 0;
  bool is_valid() const { return function != nullptr; }
};

// What a node's saved tensor looks like, for introspection (graph views, tests).
struct SavedTensorInfo {
  std::string name;  // "self", "other", "result", ...
  Tensor value;      // undefined once released
};

class Node : public std::enable_shared_from_this<Node> {
 public:
  Node();
  // Releases the graph behind this node iteratively: a chain of 100,000 nodes must not recurse
  // 100,000 destructors deep (WebAssembly's stack, and the JS stack under it, are small).
  virtual ~Node();
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  // The PyTorch class name: "MulBackward0", "AccumulateGrad".
  virtual std::string name() const = 0;
  // Gradients w.r.t. this node's output in, gradients w.r.t. each next edge out.
  virtual std::vector<Tensor> apply(std::vector<Tensor>&& grads) = 0;
  // Frees saved tensors after a backward without retain_graph.
  virtual void release_saved() {}
  virtual std::vector<SavedTensorInfo> saved_tensors() const { return {}; }

  const std::vector<Edge>& next_edges() const { return next_edges_; }
  std::vector<Edge>& mutable_next_edges() { return next_edges_; }
  uint64_t sequence_nr() const { return sequence_nr_; }

  // Shape and dtype of the tensor this node produced (its first, for several): incoming
  // gradients must match them.
  Shape output_shape;
  DType output_dtype = DType::Float32;
  // How many tensors the op produced (torch.linalg.eigh: 2). apply() gets one gradient per
  // output, undefined where none arrived; a tensor knows its slot by TensorImpl::output_nr.
  uint32_t num_outputs = 1;
  // Whether apply() runs when no gradient arrived at all. Built-in formulas would return only
  // undefined gradients then, so the engine skips them; a custom Function's backward still runs
  // (with zeros, or None after ctx.set_materialize_grads(False)), as in PyTorch.
  virtual bool runs_without_gradients() const { return false; }

  // Non-leaf tensors that called retain_grad() or register_hook(): they see this node's
  // incoming gradient.
  void add_retained_tensor(const std::shared_ptr<TensorImpl>& t) { retained_.push_back(t); }
  const std::vector<std::weak_ptr<TensorImpl>>& retained_tensors() const { return retained_; }

  // grad_fn.register_hook(fn): runs after the node, with the gradients it computed for its
  // inputs (one per next edge, undefined where none) and the gradients it received; a non-empty
  // result replaces the former.
  using PostHook = std::function<std::vector<Tensor>(const std::vector<Tensor>& grad_inputs,
                                                     const std::vector<Tensor>& grad_outputs)>;
  std::vector<PostHook> post_hooks;

  // Anomaly mode: where the forward code was when this node was recorded (empty otherwise).
  std::string anomaly_trace;

 protected:
  std::vector<Edge> next_edges_;
  uint64_t sequence_nr_;

 private:
  std::vector<std::weak_ptr<TensorImpl>> retained_;
};

// The node that adds an incoming gradient into a leaf's .grad.
class AccumulateGrad : public Node {
 public:
  explicit AccumulateGrad(std::shared_ptr<TensorImpl> variable);
  std::string name() const override { return "AccumulateGrad"; }
  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override;
  Tensor variable() const { return Tensor(variable_); }

 private:
  std::shared_ptr<TensorImpl> variable_;
};

// The edge a gradient for `t` flows into: its grad_fn (at t's output slot), or its (cached)
// AccumulateGrad node.
Edge gradient_edge(const Tensor& t);
// Makes `t` output `output_nr` of `node`: t is no longer a leaf.
void set_history(const Tensor& t, std::shared_ptr<Node> node, uint32_t output_nr = 0);
// A leaf's AccumulateGrad node, created on first use and then shared.
std::shared_ptr<Node> grad_accumulator(const Tensor& leaf);

}  // namespace ag
