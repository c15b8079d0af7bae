// A Python number as PyTorch sees it: bool, int or float. Python scalars take part in type
// promotion with a lower priority than tensors ("wrapped numbers").
#pragma once

#include <cstdint>

#include "tensor/dtype.h"
#include "tensor/value_cast.h"

namespace ag {

struct Scalar {
  enum class Kind : uint8_t { Bool, Int, Float };

  Scalar(double v) : kind(Kind::Float), f(v), i(float_to_int64(v)) {}
  Scalar(float v) : Scalar(static_cast<double>(v)) {}
  Scalar(int v) : kind(Kind::Int), f(v), i(v) {}
  Scalar(int64_t v) : kind(Kind::Int), f(static_cast<double>(v)), i(v) {}
  Scalar(bool v) : kind(Kind::Bool), f(v ? 1.0 : 0.0), i(v ? 1 : 0) {}

  bool is_float() const { return kind == Kind::Float; }
  bool is_int() const { return kind == Kind::Int; }
  bool is_bool() const { return kind == Kind::Bool; }
  double to_double() const { return f; }
  int64_t to_int() const { return i; }

  // The dtype a tensor made from this number gets: Python floats become the default dtype.
  DType natural_dtype() const {
    return kind == Kind::Float ? default_float_dtype() : kind == Kind::Int ? DType::Int64 : DType::Bool;
  }

  Kind kind;
  double f;
  int64_t i;
};

}  // namespace ag
