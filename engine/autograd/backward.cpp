#include "autograd/backward.h"

#include "autograd/grad_mode.h"
#include "ops/ops.h"

namespace ag {

std::vector<Tensor> make_grads(const std::vector<Tensor>& outputs,
                               const std::vector<Tensor>& grad_outputs) {
  std::vector<Tensor> grads;
  grads.reserve(outputs.size());
  for (size_t i = 0; i < outputs.size(); ++i) {
    const Tensor& out = outputs[i];
    const Tensor given = i < grad_outputs.size() ? grad_outputs[i] : Tensor();
    if (given.defined()) {
      if (given.shape() != out.shape()) {
        runtime_error("Mismatch in shape: grad_output[" + std::to_string(i) + "] has a shape of " +
                      size_str(given.shape()) + " and output[" + std::to_string(i) +
                      "] has a shape of " + size_str(out.shape()) + ".");
      }
      grads.push_back(given);
    } else if (out.requires_grad()) {
      if (out.numel() != 1) runtime_error("grad can be implicitly created only for scalar outputs");
      grads.push_back(ones_like(out));
    } else {
      grads.push_back(Tensor());
    }
  }
  return grads;
}

namespace {

std::vector<Edge> root_edges(const std::vector<Tensor>& outputs) {
  std::vector<Edge> roots;
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (!outputs[i].requires_grad()) {
      runtime_error("element " + std::to_string(i) +
                    " of tensors does not require grad and does not have a grad_fn");
    }
    roots.push_back(gradient_edge(outputs[i]));
  }
  return roots;
}

std::vector<Tensor> cast_seeds(const std::vector<Tensor>& outputs, std::vector<Tensor> seeds) {
  for (size_t i = 0; i < seeds.size(); ++i) {
    if (seeds[i].defined() && seeds[i].dtype() != outputs[i].dtype()) {
      seeds[i] = to_dtype(seeds[i], outputs[i].dtype());
    }
  }
  return seeds;
}

}  // namespace

void backward(const std::vector<Tensor>& tensors, const std::vector<Tensor>& grad_tensors,
              std::optional<bool> retain_graph, bool create_graph,
              const BackwardObserver* observer) {
  std::vector<Tensor> seeds = make_grads(tensors, grad_tensors);
  std::vector<Edge> roots = root_edges(tensors);
  EngineOptions options;
  options.keep_graph = retain_graph.value_or(create_graph);
  options.create_graph = create_graph;
  options.observer = observer;
  run_backward(roots, {cast_seeds(tensors, std::move(seeds))}, options);
}

std::vector<std::vector<Tensor>> grad_batched(const std::vector<Tensor>& outputs,
                                              const std::vector<Tensor>& inputs,
                                              const std::vector<std::vector<Tensor>>& seeds,
                                              bool retain_graph, bool create_graph,
                                              bool allow_unused) {
  std::vector<Edge> roots = root_edges(outputs);
  EngineOptions options;
  options.keep_graph = retain_graph;
  options.create_graph = create_graph;
  for (const Tensor& in : inputs) {
    if (!in.requires_grad()) runtime_error("One of the differentiated Tensors does not require grad");
    options.capture.push_back(gradient_edge(in));
  }
  std::vector<std::vector<Tensor>> batch;
  batch.reserve(seeds.size());
  for (const auto& s : seeds) batch.push_back(cast_seeds(outputs, s));
  auto result = run_backward(roots, batch, options);
  for (auto& entry : result) {
    for (Tensor& g : entry) {
      if (!g.defined() && !allow_unused) {
        runtime_error(
            "One of the differentiated Tensors appears to not have been used in the graph. Set "
            "allow_unused=True if this is the desired behavior.");
      }
      // Without create_graph the results carry no history.
      if (g.defined() && !create_graph) g = g.detach();
    }
  }
  return result;
}

std::vector<Tensor> grad(const std::vector<Tensor>& outputs, const std::vector<Tensor>& inputs,
                         const std::vector<Tensor>& grad_outputs, std::optional<bool> retain_graph,
                         bool create_graph, bool allow_unused) {
  std::vector<Tensor> seeds = make_grads(outputs, grad_outputs);
  auto result = grad_batched(outputs, inputs, {seeds}, retain_graph.value_or(create_graph),
                             create_graph, allow_unused);
  return result[0];
}

void tensor_backward(const Tensor& t, const Tensor& gradient, std::optional<bool> retain_graph,
                     bool create_graph) {
  backward({t}, {gradient}, retain_graph, create_graph);
}

}  // namespace ag
