// Custom autograd functions written in the cell language: class F(torch.autograd.Function)
// with @staticmethod forward(ctx, ...) / backward(ctx, grad), used through F.apply(...).
#pragma once

#include "python/interpreter.h"

namespace ag::interp {

// torch.autograd.Function's apply: runs forward without recording, then (if any input needs a
// gradient) gives the output a node whose backward calls the class's backward.
Value autograd_function_apply(Interpreter& in, Args& args, Kwargs& kwargs);

// Is this node a custom function's (printed as <torch.autograd.function.NameBackward ...>)?
bool is_python_function_node(const Node& node);
// The ctx of a custom function's node (None for any other node).
Value python_function_ctx(const Node& node);

}  // namespace ag::interp
