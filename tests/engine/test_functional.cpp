// Jacobians from one-hot seeds: rows, batched rows, columns; none of it touches .grad.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace ag;
using test::repr;

TEST_CASE("Jacobian rows come with their one-hot seeds and leave .grad alone", "[functional]") {
  Tensor x = test::tensor({1, 2, 3, 4}, {1, 4}, true);
  Tensor z = mul(x, Scalar(2));
  auto rows = jacobian_rows(z, x);
  REQUIRE(rows.size() == 4);
  CHECK(repr(rows[1].seed) == "tensor([[0., 1., 0., 0.]])");
  CHECK(repr(rows[1].row) == "tensor([[0., 2., 0., 0.]])");
  CHECK_FALSE(x.grad().defined());
  // The graph survives: the user's own backward still works afterwards.
  tensor_backward(sum(z));
  CHECK(repr(x.grad()) == "tensor([[2., 2., 2., 2.]])");
}

TEST_CASE("batched rows equal one-backward-per-row rows", "[functional]") {
  Tensor x = test::vec({0.5, -1, 2}, true);
  Tensor w = test::tensor({1, 2, 3, 4, 5, 6}, {2, 3});
  Tensor y = softmax(tanh(mv(w, x)), 0);
  auto rows = jacobian_rows(y, x);
  auto batched = jacobian_rows_batched(y, x);
  REQUIRE(rows.size() == batched.size());
  for (size_t i = 0; i < rows.size(); ++i) CHECK(repr(rows[i].row) == repr(batched[i].row));
  Tensor j = stack_jacobian(rows, y, x);
  CHECK(j.shape() == Shape{2, 3});
}

TEST_CASE("forward-mode columns transpose the rows", "[functional]") {
  TensorFn f = [](const Tensor& x) { return mul(x, x); };
  Tensor x = test::vec({1, 2, 3});
  auto columns = jacobian_columns(f, x);
  REQUIRE(columns.size() == 3);
  CHECK(repr(columns[2].row) == "tensor([0., 0., 6.])");
  CHECK(repr(jacobian(f, x)) == "tensor([[2., 0., 0.],\n        [0., 4., 0.],\n        [0., 0., 6.]])");
}

TEST_CASE("an output that does not depend on the input gives zero rows", "[functional]") {
  Tensor x = test::vec({1, 2}, true);
  Tensor other = test::vec({3}, true);
  Tensor y = mul(other, Scalar(2.0));
  auto rows = jacobian_rows(y, x);
  REQUIRE(rows.size() == 1);
  CHECK(repr(rows[0].row) == "tensor([0., 0.])");
}
