// Runs the golden cases of tests/golden/engine_cases.py against our engine: the C++ half of the
// op vocabulary whose Python half is tests/golden/generate_engine_goldens.py.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "autograd.h"

namespace golden {

using json = nlohmann::json;
using Env = std::map<std::string, ag::Tensor>;

// A tensor from a JSON input spec {"data", "dtype", "requires_grad"}, inferring the dtype
// from the data the way torch.tensor does.
ag::Tensor make_input(const json& spec);
ag::Tensor tensor_from_data(const json& data, const json& dtype);

// Runs one step; returns the result (undefined for steps that produce nothing).
ag::Tensor run_op(Env& env, const std::string& out, const std::string& op, const json& args,
                  const json& kwargs);

}  // namespace golden
