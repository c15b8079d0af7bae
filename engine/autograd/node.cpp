#include "autograd/node.h"

#include "autograd/anomaly_mode.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"

namespace ag {

namespace {
// Later nodes run first when several are ready, as in PyTorch's engine.
uint64_t next_sequence_nr() {
  static thread_local uint64_t counter = 0;
  return counter++;
}
thread_local bool grad_mode_enabled = true;
}  // namespace

bool GradMode::is_enabled() { return grad_mode_enabled; }
void GradMode::set_enabled(bool enabled) { grad_mode_enabled = enabled; }

Node::Node() : sequence_nr_(next_sequence_nr()) {
  if (AnomalyMode::is_enabled()) anomaly_trace = AnomalyMode::forward_trace();
}

namespace {
// While a graph is being released, nodes that lose their last owner hand their children here
// instead of destroying them recursively.
thread_local std::vector<std::shared_ptr<Node>>* deferred_releases = nullptr;
}  // namespace

Node::~Node() {
  std::vector<std::shared_ptr<Node>> children;
  for (Edge& e : next_edges_) {
    if (e.function) children.push_back(std::move(e.function));
  }
  next_edges_.clear();
  if (deferred_releases) {
    for (auto& c : children) deferred_releases->push_back(std::move(c));
    return;
  }
  deferred_releases = &children;
  while (!children.empty()) {
    std::shared_ptr<Node> next = std::move(children.back());
    children.pop_back();
    next.reset();  // may append to `children`
  }
  deferred_releases = nullptr;
}

AccumulateGrad::AccumulateGrad(std::shared_ptr<TensorImpl> variable)
    : variable_(std::move(variable)) {
  // AccumulateGrad runs as soon as it is ready, before any other node.
  sequence_nr_ = std::numeric_limits<uint64_t>::max();
  output_shape = variable_->shape;
  output_dtype = variable_->storage->dtype();
}

std::vector<Tensor> AccumulateGrad::apply(std::vector<Tensor>&& grads) {
  Tensor incoming = grads[0];
  if (!incoming.defined()) return {};
  for (const auto& hook : variable_->hooks) {
    if (!hook) continue;  // removed
    Tensor replaced = hook(incoming);
    if (replaced.defined()) incoming = replaced;
  }
  Tensor variable(variable_);
  Tensor current = variable.grad();
  if (!current.defined()) {
    // Under create_graph the copy is recorded (PyTorch shows grad_fn=<CopyBackwards>).
    variable.set_grad(GradMode::is_enabled() ? copy_for_grad(incoming) : contiguous(incoming.detach()));
  } else if (GradMode::is_enabled()) {
    variable.set_grad(add(current, incoming));
  } else {
    add_(current, incoming);
  }
  return {};
}

std::shared_ptr<Node> grad_accumulator(const Tensor& leaf) {
  if (auto existing = leaf.impl()->grad_accumulator.lock()) return existing;
  auto node = std::make_shared<AccumulateGrad>(leaf.impl_ptr());
  leaf.impl()->grad_accumulator = node;
  return node;
}

Edge gradient_edge(const Tensor& t) {
  if (t.grad_fn()) return Edge{t.grad_fn(), t.impl()->output_nr};
  if (t.requires_grad()) return Edge{grad_accumulator(t), 0};
  return Edge{};
}

void set_history(const Tensor& t, std::shared_ptr<Node> node, uint32_t output_nr) {
  t.impl()->grad_fn = std::move(node);
  t.impl()->output_nr = output_nr;
  t.impl()->requires_grad = false;
}

}  // namespace ag
