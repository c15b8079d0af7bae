#include "autograd/engine.h"

#include <queue>
#include <unordered_map>
#include <unordered_set>

#include "autograd/anomaly_mode.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"

namespace ag {

namespace {

struct ReadyEntry {
  uint64_t sequence_nr;
  Node* node;
  bool operator<(const ReadyEntry& other) const { return sequence_nr < other.sequence_nr; }
};

// How many edges point at each node reachable from the roots.
std::unordered_map<Node*, int> compute_dependencies(const std::vector<Edge>& roots) {
  std::unordered_map<Node*, int> deps;
  std::unordered_set<Node*> seen;
  std::vector<Node*> stack;
  for (const Edge& root : roots) {
    if (root.is_valid() && seen.insert(root.function.get()).second) stack.push_back(root.function.get());
  }
  while (!stack.empty()) {
    Node* node = stack.back();
    stack.pop_back();
    for (const Edge& next : node->next_edges()) {
      if (!next.is_valid()) continue;
      deps[next.function.get()]++;
      if (seen.insert(next.function.get()).second) stack.push_back(next.function.get());
    }
  }
  return deps;
}

// Nodes that must run so that a gradient reaches a capture edge: those with a path to one.
std::unordered_set<Node*> nodes_to_execute(const std::vector<Edge>& roots,
                                           const std::unordered_set<Node*>& targets) {
  // Iterative post-order: a node is needed when one of its next nodes is a target or needed.
  std::unordered_set<Node*> needed, visited;
  std::vector<std::pair<Node*, size_t>> stack;
  for (const Edge& root : roots) {
    if (!root.is_valid() || !visited.insert(root.function.get()).second) continue;
    stack.push_back({root.function.get(), 0});
    while (!stack.empty()) {
      auto& [node, child] = stack.back();
      const auto& edges = node->next_edges();
      if (child < edges.size()) {
        Node* next = edges[child++].function.get();
        if (next && visited.insert(next).second) stack.push_back({next, 0});
        continue;
      }
      for (const Edge& e : edges) {
        Node* next = e.function.get();
        if (next && (targets.count(next) || needed.count(next))) {
          needed.insert(node);
          break;
        }
      }
      stack.pop_back();
    }
  }
  return needed;
}

void accumulate(Tensor& slot, const Tensor& grad) {
  if (!grad.defined()) return;
  slot = slot.defined() ? add(slot, grad) : grad;
}

// Non-leaf tensors produced by `node` that registered hooks or called retain_grad(): the hooks
// may replace the gradient flowing on; retain_grad() keeps a copy in .grad. Each sees the
// gradient of its own output slot.
void run_tensor_hooks(const Node& node, std::vector<Tensor>& grads) {
  for (const auto& weak : node.retained_tensors()) {
    auto impl = weak.lock();
    if (!impl || impl->output_nr >= grads.size()) continue;
    Tensor& grad = grads[impl->output_nr];
    if (!grad.defined()) continue;
    for (const auto& hook : impl->hooks) {
      if (!hook) continue;  // removed
      Tensor replaced = hook(grad);
      if (replaced.defined()) grad = replaced;
    }
    if (!impl->retains_grad) continue;
    Tensor t(impl);
    if (!t.grad().defined()) {
      t.set_grad(GradMode::is_enabled() ? clone(grad) : clone(grad.detach()));
    } else {
      t.set_grad(add(t.grad(), grad));
    }
  }
}

// Anomaly mode: a node that fails, or (check_nan) returns NaN, is reported with the place its
// forward op was recorded, before the error goes on (PyTorch's text).
std::vector<Tensor> apply_checked(Node& node, std::vector<Tensor> grads) {
  std::vector<Tensor> out;
  try {
    out = node.apply(std::move(grads));
  } catch (...) {
    AnomalyMode::report(node);
    throw;
  }
  if (!AnomalyMode::should_check_nan()) return out;
  for (size_t i = 0; i < out.size(); ++i) {
    if (!out[i].defined() || !is_floating(out[i].dtype())) continue;
    NoGradGuard no_grad;
    if (sum(isnan(out[i])).item().to_int() == 0) continue;
    AnomalyMode::report(node);
    runtime_error("Function '" + node.name() + "' returned nan values in its " + std::to_string(i) + "th output.");
  }
  return out;
}

}  // namespace

std::vector<std::vector<Tensor>> run_backward(const std::vector<Edge>& roots,
                                              const std::vector<std::vector<Tensor>>& root_grads,
                                              const EngineOptions& options) {
  const size_t batch = root_grads.size();
  GradModeGuard grad_mode(options.create_graph);

  auto deps = compute_dependencies(roots);
  const bool capturing = !options.capture.empty();
  std::unordered_set<Node*> targets;
  for (const Edge& e : options.capture) {
    if (e.is_valid()) targets.insert(e.function.get());
  }
  std::unordered_set<Node*> needed;
  if (capturing) needed = nodes_to_execute(roots, targets);

  // The gradients waiting at each node's inputs: per batch entry, one per output slot of the
  // node (the tensors it produced).
  using Slots = std::vector<Tensor>;
  std::unordered_map<Node*, std::vector<Slots>> buffers;
  auto buffer_of = [&buffers, batch](Node* node) -> std::vector<Slots>& {
    auto& buffer = buffers[node];
    if (buffer.empty()) buffer.assign(batch, Slots(node->num_outputs));
    return buffer;
  };
  std::priority_queue<ReadyEntry> ready;
  std::unordered_set<Node*> queued;
  for (size_t k = 0; k < roots.size(); ++k) {
    auto& buffer = buffer_of(roots[k].function.get());
    for (size_t b = 0; b < batch; ++b) accumulate(buffer[b][roots[k].input_nr], root_grads[b][k]);
  }
  for (const Edge& root : roots) {
    Node* node = root.function.get();
    if (deps[node] == 0 && queued.insert(node).second) ready.push({node->sequence_nr(), node});
  }

  auto any_defined = [](const Slots& slots) {
    for (const Tensor& g : slots) {
      if (g.defined()) return true;
    }
    return false;
  };
  std::vector<std::vector<Tensor>> captured(batch, std::vector<Tensor>(options.capture.size()));
  while (!ready.empty()) {
    Node* node = ready.top().node;
    ready.pop();
    std::vector<Slots> inputs = std::move(buffer_of(node));
    buffers.erase(node);

    if (capturing) {
      for (size_t i = 0; i < options.capture.size(); ++i) {
        const Edge& wanted = options.capture[i];
        if (wanted.function.get() != node) continue;
        for (size_t b = 0; b < batch; ++b) captured[b][i] = inputs[b][wanted.input_nr];
      }
      if (!needed.count(node)) continue;
    } else {
      for (size_t b = 0; b < batch; ++b) run_tensor_hooks(*node, inputs[b]);
    }

    const size_t n_next = node->next_edges().size();
    std::vector<std::vector<Tensor>> outputs(batch);
    for (size_t b = 0; b < batch; ++b) {
      const bool runs = any_defined(inputs[b]) || node->runs_without_gradients();
      if (runs) {
        const bool looked_at = !node->post_hooks.empty() || options.observer;  // they see the inputs too
        Slots grads = looked_at ? inputs[b] : std::move(inputs[b]);
        outputs[b] = AnomalyMode::is_enabled() ? apply_checked(*node, std::move(grads)) : node->apply(std::move(grads));
      }
      outputs[b].resize(n_next);
      if (!capturing && runs) {
        for (const auto& hook : node->post_hooks) {
          if (!hook) continue;  // removed
          std::vector<Tensor> replaced = hook(outputs[b], inputs[b]);
          if (replaced.empty()) continue;
          replaced.resize(n_next);
          outputs[b] = std::move(replaced);
        }
      }
      if (options.observer && b == 0) (*options.observer)(*node, inputs[b], outputs[b]);
    }
    if (!options.keep_graph) node->release_saved();

    for (size_t i = 0; i < n_next; ++i) {
      const Edge& next = node->next_edges()[i];
      if (!next.is_valid()) continue;
      Node* target = next.function.get();
      auto& buffer = buffer_of(target);
      for (size_t b = 0; b < batch; ++b) accumulate(buffer[b][next.input_nr], outputs[b][i]);
      if (--deps[target] == 0) ready.push({target->sequence_nr(), target});
    }
  }
  return captured;
}

}  // namespace ag
