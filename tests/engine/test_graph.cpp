// Graph recording: node names, next_functions edges, AccumulateGrad, saved tensors, no_grad.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace ag;
using test::grad_fn_name;

TEST_CASE("next_functions point at the inputs' grad_fns or AccumulateGrad", "[graph]") {
  Tensor x = test::vec({1, 2}, true);
  Tensor w = test::vec({3, 4});
  Tensor y = mul(x, w);
  Tensor z = sum(y);
  REQUIRE(z.grad_fn());
  CHECK(z.grad_fn()->name() == "SumBackward0");
  const auto& edges = z.grad_fn()->next_edges();
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].function == y.grad_fn());
  const auto& mul_edges = y.grad_fn()->next_edges();
  REQUIRE(mul_edges.size() == 2);
  CHECK(mul_edges[0].function->name() == "AccumulateGrad");
  CHECK_FALSE(mul_edges[1].is_valid());  // w needs no gradient
  // The same leaf always gets the same AccumulateGrad node while the graph lives.
  Tensor y2 = add(x, x);
  CHECK(y2.grad_fn()->next_edges()[0].function == y2.grad_fn()->next_edges()[1].function);
  CHECK(y2.grad_fn()->next_edges()[0].function == mul_edges[0].function);
}

TEST_CASE("nothing is recorded under no_grad or when no input requires grad", "[graph]") {
  Tensor x = test::vec({1, 2}, true);
  {
    NoGradGuard no_grad;
    Tensor y = mul(x, x);
    CHECK_FALSE(y.requires_grad());
    CHECK(y.is_leaf());
  }
  Tensor a = test::vec({1, 2});
  CHECK(grad_fn_name(exp(a)) == "None");
  CHECK(grad_fn_name(exp(x)) == "ExpBackward0");
}

TEST_CASE("nodes expose what they saved and release it after backward", "[graph]") {
  Tensor x = test::vec({1, 2}, true);
  Tensor y = exp(x);
  auto saved = y.grad_fn()->saved_tensors();
  REQUIRE(saved.size() == 1);
  CHECK(saved[0].name == "result");
  CHECK(saved[0].value.defined());
  tensor_backward(sum(y));
  CHECK_FALSE(y.grad_fn()->saved_tensors()[0].value.defined());
}

TEST_CASE("only leaves (and retain_grad non-leaves) get .grad", "[graph]") {
  Tensor x = test::vec({1, 2}, true);
  Tensor y = mul(x, Scalar(3.0));
  Tensor z = mul(y, y);
  y.retain_grad();
  Tensor s = sum(z);
  tensor_backward(s);
  CHECK(test::repr(y.grad()) == "tensor([ 6., 12.])");
  CHECK_FALSE(z.grad().defined());
  CHECK(test::repr(x.grad()) == "tensor([18., 36.])");
}

TEST_CASE("the engine visits every node once, later ops first", "[graph]") {
  Tensor x = test::vec({1, 2}, true);
  Tensor a = mul(x, Scalar(2.0));
  Tensor b = exp(a);
  Tensor c = add(a, b);  // a is used twice: its node must wait for both consumers
  std::vector<std::string> order;
  BackwardObserver observer = [&](const Node& n, const std::vector<Tensor>&, const std::vector<Tensor>&) {
    order.push_back(n.name());
  };
  backward({sum(c)}, {}, std::nullopt, false, &observer);
  CHECK(order == std::vector<std::string>{"SumBackward0", "AddBackward0", "ExpBackward0",
                                          "MulBackward0", "AccumulateGrad"});
}

TEST_CASE("a deep graph is walked without recursion", "[graph]") {
  Tensor x = test::vec({1}, true);
  Tensor y = x;
  for (int i = 0; i < 100000; ++i) y = add(y, Scalar(1.0));
  tensor_backward(sum(y));
  CHECK(test::repr(x.grad()) == "tensor([1.])");
}

TEST_CASE("create_graph records the backward pass itself", "[graph]") {
  Tensor x = test::vec({2}, true);
  Tensor y = pow(x, Scalar(3.0));
  tensor_backward(sum(y), {}, std::nullopt, true);
  CHECK(test::repr(x.grad()) == "tensor([12.], grad_fn=<CopyBackwards>)");
  Tensor g2 = grad({sum(x.grad())}, {x})[0];
  CHECK(test::repr(g2) == "tensor([12.])");
}

namespace {
// A two-output node (y0 = 2x, y1 = 3x) that records which of its output gradients arrived.
class TwoOutputs : public Node {
 public:
  explicit TwoOutputs(const Tensor& x) {
    num_outputs = 2;
    next_edges_.push_back(gradient_edge(x));
  }
  std::string name() const override { return "TwoOutputsBackward"; }
  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override {
    seen.push_back({grads[0].defined(), grads[1].defined()});
    Tensor g;
    if (grads[0].defined()) g = mul(grads[0], Scalar(2.0));
    if (grads[1].defined()) g = g.defined() ? add(g, mul(grads[1], Scalar(3.0))) : mul(grads[1], Scalar(3.0));
    return {g};
  }
  std::vector<std::pair<bool, bool>> seen;
};
}  // namespace

TEST_CASE("a node with several outputs gets each output's gradient in its own slot", "[graph]") {
  Tensor x = test::vec({1, 2}, true);
  auto node = std::make_shared<TwoOutputs>(x);
  Tensor y0 = mul(x.detach(), Scalar(2.0)), y1 = mul(x.detach(), Scalar(3.0));
  set_history(y0, node, 0);
  set_history(y1, node, 1);
  CHECK(gradient_edge(y1).input_nr == 1);

  // Both used: the node runs once, after both consumers, with both gradients.
  tensor_backward(add(sum(mul(y0, Scalar(10.0))), sum(y1)), {}, true);
  REQUIRE(node->seen.size() == 1);
  CHECK(node->seen[0] == std::make_pair(true, true));
  CHECK(test::repr(x.grad()) == "tensor([23., 23.])");

  // Only the second used: slot 0 stays undefined.
  x.set_grad(Tensor());
  tensor_backward(sum(y1), {}, true);
  REQUIRE(node->seen.size() == 2);
  CHECK(node->seen[1] == std::make_pair(false, true));
  CHECK(test::repr(x.grad()) == "tensor([3., 3.])");

  // autograd.grad of y1 w.r.t. itself captures slot 1, not slot 0.
  auto grads = grad({sum(mul(y0, y1))}, {y1}, {}, true, false, false);
  CHECK(test::repr(grads[0]) == "tensor([2., 4.])");
}
