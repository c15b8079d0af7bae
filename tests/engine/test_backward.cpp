#include <catch2/catch.hpp>

#include "helpers.h"
#include "random/distributions.h"

using namespace ag;
using test::repr;

TEST_CASE("the classic example: Jacobian rows from one-hot seeds, then loss.backward()", "[backward]") {
  Tensor x = test::tensor({1, 2, 3, 4}, {1, 4}, true);
  Tensor z = mul(x, Scalar(2));
  Tensor loss = sum(z, {1});

  tensor_backward(z, test::tensor({1, 0, 0, 0}, {1, 4}), true);
  CHECK(repr(x.grad()) == "tensor([[2., 0., 0., 0.]])");
  zero_(x.grad().data());

  tensor_backward(z, test::tensor({0, 1, 0, 0}, {1, 4}), true);
  CHECK(repr(x.grad()) == "tensor([[0., 2., 0., 0.]])");
  zero_(x.grad().data());

  tensor_backward(z, test::tensor({1, 1, 1, 1}, {1, 4}), true);
  CHECK(repr(x.grad()) == "tensor([[2., 2., 2., 2.]])");
  zero_(x.grad().data());

  tensor_backward(loss);
  CHECK(repr(x.grad()) == "tensor([[2., 2., 2., 2.]])");
  CHECK(repr(z) == "tensor([[2., 4., 6., 8.]], grad_fn=<MulBackward0>)");
  CHECK(repr(loss) == "tensor([20.], grad_fn=<SumBackward1>)");
}

TEST_CASE("gradients accumulate across backward calls", "[backward]") {
  Tensor x = test::vec({1, 2, 3}, true);
  for (int i = 0; i < 3; ++i) tensor_backward(sum(mul(x, x)), {}, true);
  CHECK(repr(x.grad()) == "tensor([ 6., 12., 18.])");
}

TEST_CASE("backward errors use PyTorch's words", "[backward]") {
  Tensor x = test::vec({1, 2, 3}, true);
  Tensor y = mul(x, Scalar(2));
  CHECK_THROWS_WITH(tensor_backward(y), "grad can be implicitly created only for scalar outputs");
  CHECK_THROWS_WITH(tensor_backward(y, test::vec({1, 1})),
                    "Mismatch in shape: grad_output[0] has a shape of torch.Size([2]) and output[0] "
                    "has a shape of torch.Size([3]).");
  CHECK_THROWS_WITH(tensor_backward(test::vec({1})),
                    "element 0 of tensors does not require grad and does not have a grad_fn");
  Tensor s = sum(y);
  tensor_backward(s);
  CHECK_THROWS_WITH(tensor_backward(s),
                    Catch::Matchers::StartsWith("Trying to backward through the graph a second time"));
}

TEST_CASE("a graph that saved nothing can be run twice", "[backward]") {
  Tensor x = test::vec({1, 2, 3}, true);
  Tensor s = sum(add(x, Scalar(1)));
  tensor_backward(s);
  tensor_backward(s);
  CHECK(repr(x.grad()) == "tensor([2., 2., 2.])");
}

TEST_CASE("an op without a derivative is recorded, and backward through it says so", "[backward]") {
  Tensor x = test::tensor({-1.5, 0, 2}, {3}, true);
  Tensor y = heaviside(x, test::vec({0.5}));
  CHECK(y.requires_grad());
  REQUIRE(y.grad_fn());
  CHECK(y.grad_fn()->name() == "NotImplemented");
  CHECK(repr(y) == "tensor([0.0000, 0.5000, 1.0000], grad_fn=<NotImplemented>)");
  CHECK_THROWS_WITH(tensor_backward(sum(y)), "derivative for aten::heaviside is not implemented");
}

TEST_CASE("torch.normal's tensor arguments get zero gradients, as in PyTorch 1.13", "[backward]") {
  Tensor mean = test::tensor({0.5, -1, 2}, {3}, true);
  Tensor std = test::tensor({1, 0.5, 2}, {3}, true);
  Tensor out = add(mul(randn({3}), std.detach()), mean.detach());
  record_normal(out, mean, std);
  REQUIRE(out.grad_fn());
  CHECK(out.grad_fn()->name() == "NormalBackward3");
  tensor_backward(sum(out));
  CHECK(repr(mean.grad()) == "tensor([0., 0., 0.])");
  CHECK(repr(std.grad()) == "tensor([0., 0., 0.])");
}
