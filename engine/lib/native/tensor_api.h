// The tensor API of the cell language: attributes (x.grad, x.shape, ...) and the functions that
// exist both as methods and in the torch namespace (x.sum(dim=1) and torch.sum(x, dim=1)).
#pragma once

#include <string>
#include <unordered_map>

#include "python/interpreter.h"

namespace ag::interp {

class ArgReader;

// Shared by the files that bind tensor functions: the tensor argument ("input"), the other
// operand (a tensor or a Python number, wrapped as PyTorch wraps it), and f(t) / f(t, other).
Tensor self_of(ArgReader& r);
Tensor other_tensor(Interpreter& in, const Value& v);
NativeFn unary_fn(const char* name, Tensor (*f)(const Tensor&));
NativeFn binary_fn(const char* name, Tensor (*f)(const Tensor&, const Tensor&));
// The elementwise math beyond arithmetic (tensor_math_api.cpp): torch.floor, torch.atan2,
// torch.maximum, torch.logical_and, ... and, as methods, their in-place forms (x.floor_()).
void add_math_functions(std::unordered_map<std::string, NativeFn>& m);
const std::vector<const char*>& math_inplace_bases();
// Reductions, scans, sorting, gather/scatter (tensor_reduce_api.cpp).
void add_reduction_functions(std::unordered_map<std::string, NativeFn>& m);
// Shape, joining, index_* functions (tensor_shape_api.cpp) and the ones with in-place forms.
void add_shape_functions(std::unordered_map<std::string, NativeFn>& m);
const std::vector<const char*>& shape_inplace_bases();
// torch._enter_dual_level, _exit_dual_level, _make_dual, _unpack_dual (forward_ad_api.cpp).
void add_forward_ad_functions(AttrMap& torch);
// torch._push_saved_tensors_hooks / _pop_saved_tensors_hooks (saved_tensors_hooks_api.cpp).
void add_saved_tensors_hooks_functions(AttrMap& torch);
// torch.det, torch.inverse, torch.logdet, torch.slogdet (and as methods); torch._linalg_* for
// torch.linalg's Python half (linalg_api.cpp).
void add_linalg_functions(std::unordered_map<std::string, NativeFn>& m);
void add_linalg_natives(AttrMap& torch);
// torch functions that are not methods: cdist, block_diag, searchsorted, bucketize, logspace,
// result_type, can_cast, promote_types (torch_functions_api.cpp).
void add_torch_functions(AttrMap& torch);
// torch.return_types.<name>: the named-tuple class of values/indices results.
ClassObj* return_type(const std::string& name);
// torch.bernoulli and torch.multinomial, also methods (tensor_random_api.cpp), and the in-place
// samplers, methods only: x.uniform_(), normal_, random_, bernoulli_, exponential_, geometric_,
// cauchy_, log_normal_.
void add_random_functions(std::unordered_map<std::string, NativeFn>& m);
void add_random_methods(std::unordered_map<std::string, NativeFn>& m);
// Every f whose in-place form x.f_() exists (and torch.f_(x), for the unary ones PyTorch has).
const std::vector<const char*>& inplace_bases();

// Functions taking the tensor first: used as bound methods and as torch.<name>.
const std::unordered_map<std::string, NativeFn>& tensor_functions();
// Methods only (x.backward(), x.item(), ...), also taking self first.
const std::unordered_map<std::string, NativeFn>& tensor_methods();

// The torch functions defined in Python (torch/_refs.py), and the tensor methods defined there
// (x.ravel(), x.diff(), x.float_power_()): x.<name> binds torch._refs.<name> to x.
const std::vector<const char*>& python_defined_functions();
bool is_python_defined_method(const std::string& name);

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
