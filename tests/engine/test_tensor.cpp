// The tensor model: shared storage, views, .data vs detach(), version counters, promotion.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace ag;
using test::repr;

TEST_CASE("views share storage with their base", "[tensor]") {
  Tensor x = test::tensor({1, 2, 3, 4, 5, 6}, {2, 3});
  Tensor tr = t(x);
  CHECK(tr.impl()->storage == x.impl()->storage);
  CHECK_FALSE(tr.is_contiguous());
  Tensor row = select(x, 0, 1);
  fill_(row, Scalar(9.0));
  CHECK(repr(x) == "tensor([[1., 2., 3.],\n        [9., 9., 9.]])");
  Tensor col = slice(x, 1, 1, std::nullopt, 1);
  CHECK(col.shape() == Shape{2, 2});
  CHECK(col.offset() == 1);
}

TEST_CASE("x.grad.data.zero_() zeroes x.grad; x.data[0] = 5 changes x", "[tensor]") {
  Tensor x = test::vec({1, 2, 3}, true);
  tensor_backward(sum(mul(x, x)));
  Tensor g = x.grad();
  zero_(x.grad().data());
  CHECK(repr(g) == "tensor([0., 0., 0.])");
  Tensor d = x.data();
  fill_(select(d, 0, 0), Scalar(5.0));
  CHECK(repr(x) == "tensor([5., 2., 3.], requires_grad=True)");
}

TEST_CASE(".data has its own version counter, detach() shares it", "[tensor]") {
  Tensor x = test::vec({1, 2, 3});
  Tensor data = x.data();
  Tensor detached = x.detach();
  add_(data, test::vec({1, 1, 1}));
  CHECK(x.version() == 0);
  add_(detached, test::vec({1, 1, 1}));
  CHECK(x.version() == 1);
  CHECK(repr(x) == "tensor([3., 4., 5.])");
}

TEST_CASE("Python scalars do not promote a tensor; 0-d tensors only across categories", "[tensor]") {
  Tensor f = test::vec({1, 2});
  Tensor i = from_int64s({1, 2}, {2}, DType::Int64);
  CHECK(result_type(f, Tensor::wrap_scalar(Scalar(2.5))) == DType::Float32);
  CHECK(result_type(i, Tensor::wrap_scalar(Scalar(int64_t{2}))) == DType::Int64);
  CHECK(result_type(i, Tensor::wrap_scalar(Scalar(2.5))) == DType::Float32);
  CHECK(result_type(f, Tensor::scalar(Scalar(1.0), DType::Float64)) == DType::Float32);
  CHECK(result_type(i, Tensor::scalar(Scalar(1.0), DType::Float64)) == DType::Float64);
  CHECK(result_type(f, test::vec({1, 2}, false, DType::Float64)) == DType::Float64);
  Tensor b = from_doubles({1, 0}, {2}, DType::Bool);
  CHECK(result_type(b, Tensor::wrap_scalar(Scalar(true))) == DType::Bool);
  CHECK(result_type(b, Tensor::wrap_scalar(Scalar(int64_t{1}))) == DType::Int64);
}

TEST_CASE("requires_grad rules", "[tensor]") {
  Tensor i = from_int64s({1, 2}, {2}, DType::Int64);
  CHECK_THROWS_WITH(i.set_requires_grad(true),
                    "only Tensors of floating point dtype can require gradients");
  Tensor x = test::vec({1, 2}, true);
  Tensor y = mul(x, x);
  CHECK(y.requires_grad());
  CHECK_FALSE(y.is_leaf());
  CHECK_NOTHROW(y.set_requires_grad(true));
  CHECK_THROWS_AS(y.set_requires_grad(false), Error);
}

TEST_CASE("errors carry Python's exception type", "[tensor]") {
  Tensor x = test::vec({1, 2, 3});
  try {
    index_int(x, 5);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.type_name()) == "IndexError");
    CHECK(std::string(e.what()) == "index 5 is out of bounds for dimension 0 with size 3");
  }
  try {
    x.item();
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.type_name()) == "ValueError");
  }
}

TEST_CASE("a huge allocation is a RuntimeError, not a crash", "[tensor]") {
  CHECK_THROWS_WITH(zeros({int64_t{1} << 40}),
                    Catch::Matchers::Contains("DefaultCPUAllocator: can't allocate memory"));
  CHECK(repr(zeros({2})) == "tensor([0., 0.])");
}
