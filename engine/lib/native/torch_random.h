// torch.Generator objects and the `generator=` argument of torch's random functions.
#pragma once

#include <optional>

#include "python/interpreter.h"
#include "random/generator.h"

namespace ag::interp {

// The generator a `generator=` argument names; the default generator when absent or None.
Generator* generator_arg(Interpreter& in, const std::optional<Value>& v);

// torch.Generator, torch.default_generator, torch.randperm, Tensor.random_ (torch_random.cpp).
void install_torch_random(Interpreter& in, AttrMap& torch);
Value default_generator_value();

}  // namespace ag::interp
