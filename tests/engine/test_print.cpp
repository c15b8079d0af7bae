// Python's number formatting (PyTorch's printing is tested against PyTorch in test_golden).
#include <catch2/catch.hpp>

#include <cmath>

#include "helpers.h"

using namespace ag;

TEST_CASE("repr of Python floats", "[print]") {
  CHECK(python_float_repr(0.1) == "0.1");
  CHECK(python_float_repr(static_cast<double>(0.1f)) == "0.10000000149011612");
  CHECK(python_float_repr(2.0) == "2.0");
  CHECK(python_float_repr(1e-5) == "1e-05");
  CHECK(python_float_repr(0.0001) == "0.0001");
  CHECK(python_float_repr(1e16) == "1e+16");
  CHECK(python_float_repr(123456789012345678.0) == "1.2345678901234568e+17");
  CHECK(python_float_repr(-0.0) == "-0.0");
  CHECK(python_float_repr(NAN) == "nan");
  CHECK(python_float_repr(-INFINITY) == "-inf");
  CHECK(python_float_repr(4.666666507720947) == "4.666666507720947");
}

TEST_CASE("the graph suffix and dtype suffix", "[print]") {
  Tensor x = test::vec({1, 2}, true, DType::Float64);
  CHECK(test::repr(x) == "tensor([1., 2.], dtype=torch.float64, requires_grad=True)");
  CHECK(test::repr(mul(x, x)) == "tensor([1., 4.], dtype=torch.float64, grad_fn=<MulBackward0>)");
  CHECK(size_str(Shape{2, 3}) == "torch.Size([2, 3])");
}
