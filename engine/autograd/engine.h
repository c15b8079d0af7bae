// The backward engine: runs a recorded graph from its roots, PyTorch-style. Nodes are scheduled
// by dependency counts (each runs once, after every node that feeds it), ties broken by
// sequence number (later ops first), iteratively — the graph depth never touches the C++ stack.
#pragma once

#include <functional>
#include <vector>

#include "autograd/node.h"

namespace ag {

// Called for every node the engine runs: what came in, what went out. The playground's
// backward log and step-through views are built from these calls.
// grads_in holds one gradient per output of the node (undefined where none arrived).
using BackwardObserver = std::function<void(const Node& node, const std::vector<Tensor>& grads_in,
                                            const std::vector<Tensor>& grads_out)>;

struct EngineOptions {
  bool keep_graph = false;
  bool create_graph = false;
  // Edges whose incoming gradients are wanted (autograd.grad). When non-empty, only the nodes
  // needed to reach them run, and nothing is accumulated into .grad.
  std::vector<Edge> capture;
  const BackwardObserver* observer = nullptr;
};

// Runs the graph once for each seed batch entry: root_grads[b][k] is the gradient of root k in
// batch entry b. Every node is visited once; its formula is applied to each entry. Returns, per
// batch entry, the captured gradients (one per capture edge, undefined if none arrived).
std::vector<std::vector<Tensor>> run_backward(const std::vector<Edge>& roots,
                                              const std::vector<std::vector<Tensor>>& root_grads,
                                              const EngineOptions& options);

}  // namespace ag
