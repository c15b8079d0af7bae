// torch.autograd.backward and torch.autograd.grad.
#pragma once

#include <optional>
#include <vector>

#include "autograd/engine.h"
#include "tensor/tensor.h"

namespace ag {

// Accumulates d(sum_k <tensors[k], grad_tensors[k]>)/d(leaf) into every leaf's .grad.
// An undefined grad tensor means "implicit 1" and is allowed only for one-element outputs.
// retain_graph defaults to create_graph, as in PyTorch.
void backward(const std::vector<Tensor>& tensors, const std::vector<Tensor>& grad_tensors = {},
              std::optional<bool> retain_graph = std::nullopt, bool create_graph = false,
              const BackwardObserver* observer = nullptr);

// Returns d(sum_k <outputs[k], grad_outputs[k]>)/d(inputs[i]) without touching any .grad.
// Unused inputs raise PyTorch's error unless allow_unused, then give undefined tensors.
std::vector<Tensor> grad(const std::vector<Tensor>& outputs, const std::vector<Tensor>& inputs,
                         const std::vector<Tensor>& grad_outputs = {},
                         std::optional<bool> retain_graph = std::nullopt, bool create_graph = false,
                         bool allow_unused = false);

// The same for a batch of seeds in one pass over the graph: seeds[b][k] seeds output k in
// entry b. Returns, per entry, the gradient for each input. Used by the batched Jacobian.
std::vector<std::vector<Tensor>> grad_batched(const std::vector<Tensor>& outputs,
                                              const std::vector<Tensor>& inputs,
                                              const std::vector<std::vector<Tensor>>& seeds,
                                              bool retain_graph, bool create_graph,
                                              bool allow_unused);

// Seeds for `outputs`: the given gradient (shape-checked) or ones for one-element outputs.
std::vector<Tensor> make_grads(const std::vector<Tensor>& outputs,
                               const std::vector<Tensor>& grad_outputs);

void tensor_backward(const Tensor& t, const Tensor& gradient = {},
                     std::optional<bool> retain_graph = std::nullopt, bool create_graph = false);

}  // namespace ag
