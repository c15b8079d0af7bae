// Small constructors shared by the engine tests.
#pragma once

#include <string>
#include <vector>

#include "autograd.h"

namespace test {

inline ag::Tensor tensor(const std::vector<double>& values, const ag::Shape& shape,
                         bool requires_grad = false, ag::DType dtype = ag::DType::Float32) {
  ag::Tensor t = ag::from_doubles(values, shape, dtype);
  if (requires_grad) t.set_requires_grad(true);
  return t;
}

inline ag::Tensor vec(const std::vector<double>& values, bool requires_grad = false,
                      ag::DType dtype = ag::DType::Float32) {
  return tensor(values, {static_cast<int64_t>(values.size())}, requires_grad, dtype);
}

inline std::string repr(const ag::Tensor& t) { return ag::tensor_repr(t); }

inline std::string grad_fn_name(const ag::Tensor& t) {
  return t.grad_fn() ? t.grad_fn()->name() : "None";
}

}  // namespace test
