// PyTorch's generator (values are checked against PyTorch in test_golden).
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace ag;

TEST_CASE("manual_seed restarts the stream, including the cached normal", "[random]") {
  Generator g(7);
  Tensor a = randn({3}, DType::Float64, &g);  // leaves a cached second normal behind
  g.manual_seed(7);
  Tensor b = randn({3}, DType::Float64, &g);
  CHECK(test::repr(a) == test::repr(b));
}

TEST_CASE("manual_seed(0) randn(3) is PyTorch's", "[random]") {
  manual_seed(0);
  CHECK(test::repr(randn({3})) == "tensor([ 1.5410, -0.2934, -2.1788])");
}

TEST_CASE("rand is uniform between 0 and 1", "[random]") {
  Generator g(1);
  Tensor r = rand({1000}, DType::Float32, &g);
  CHECK(max(r).item().to_double() < 1.0);
  CHECK(min(r).item().to_double() >= 0.0);
  const double m = mean(r).item().to_double();
  CHECK(m > 0.45);
  CHECK(m < 0.55);
}
