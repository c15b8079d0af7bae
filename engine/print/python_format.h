// Python's text for numbers: repr(float), '{:.4f}', '{:.4e}', str(int), str(bool).
#pragma once

#include <string>

#include "tensor/scalar.h"

namespace ag {

// repr(x) for a Python float: the shortest text that reads back as x ("0.1", "1e-05", "2.0").
std::string python_float_repr(double x);
// The same layout with the shortest digits that read back as the float32 x: numpy's repr of a
// float32 ("0.1" for float32(0.1), where repr(float(...)) says "0.10000000149011612").
std::string float32_repr(float x);
// format(x, '.{precision}f') / format(x, '.{precision}e'), with Python's inf/nan spellings.
std::string python_fixed(double x, int precision);
std::string python_sci(double x, int precision);
// str() of a Python number.
std::string python_scalar_str(const Scalar& s);
// A double as PyTorch's C++ messages print it (c10::str, an ostream: 6 significant digits, "%g"):
// "found std -1", "got p=0.1", "1e+10".
std::string c10_str(double x);

}  // namespace ag
