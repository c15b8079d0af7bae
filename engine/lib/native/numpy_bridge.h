// Where torch meets the cell language's numpy (engine/lib/python/numpy): an ndarray holds a tensor,
// so torch.from_numpy(a) and t.numpy() share memory, as they do in PyTorch.
#pragma once

#include <optional>

#include "python/interpreter.h"

namespace ag::interp {

// The tensor an ndarray (and, with scalars_too, a numpy scalar) holds, shared, not copied;
// nullopt for anything else, and when numpy was never imported (then nothing can be an ndarray).
std::optional<Tensor> ndarray_tensor(Interpreter& in, const Value& v, bool scalars_too = false);
// An ndarray over t's storage (importing numpy on first use).
Value tensor_to_ndarray(Interpreter& in, const Tensor& t);

}  // namespace ag::interp
