// The tensor API of the cell language: attributes (x.grad, x.shape, ...) and the functions that
// exist both as methods and in the torch namespace (x.sum(dim=1) and torch.sum(x, dim=1)).
#pragma once

#include <string>
#include <unordered_map>

#include "python/interpreter.h"

namespace ag::interp {

// Functions taking the tensor first: used as bound methods and as torch.<name>.
const std::unordered_map<std::string, NativeFn>& tensor_functions();
// Methods only (x.backward(), x.item(), ...), also taking self first.
const std::unordered_map<std::string, NativeFn>& tensor_methods();

// x.<name> for properties (grad, data, shape, ...); nullopt when not a property.
std::optional<Value> tensor_property(Interpreter& in, const Value& self, const std::string& name);
// x.<name> = value
void set_tensor_property(Interpreter& in, const Value& self, const std::string& name, const Value& value);

// A torch.utils.hooks.RemovableHandle whose remove() calls `remove` (hooks the engine holds).
Value removable_handle(Interpreter& in, std::function<void()> remove);

// Runs backward the way Tensor.backward does, recording it in the session's backward log.
void run_backward(Interpreter& in, const std::vector<Tensor>& roots, const std::vector<Tensor>& grads,
                  std::optional<bool> retain_graph, bool create_graph);

}  // namespace ag::interp
