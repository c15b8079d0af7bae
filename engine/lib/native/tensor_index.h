// t[index] and t[index] = value with Python's indexing vocabulary: ints, slices, None,
// Ellipsis, tuples of those, and tensor/list/bool-mask indices.
#pragma once

#include "python/interpreter.h"

namespace ag::interp {

Tensor tensor_get_item(Interpreter& in, const Tensor& t, const Value& index);
void tensor_set_item(Interpreter& in, const Tensor& t, const Value& index, const Value& value);

// torch.tensor(data): nested lists/tuples of numbers (or 0-d tensors) with dtype inference.
Tensor tensor_from_data(Interpreter& in, const Value& data, std::optional<DType> dtype);

}  // namespace ag::interp
