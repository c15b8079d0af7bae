// Property test: random small graphs of the supported ops, on random shapes that broadcast,
// differentiated by the engine and by central differences in float64. Every seed builds a
// different graph; a wrong derivative, broadcast reduction or view gradient shows up as a
// mismatch with the seed in the failure message, so it can be replayed.
#include <catch2/catch.hpp>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "autograd/functional.h"
#include "helpers.h"

using namespace ag;

namespace {

struct Rng {
  Generator gen;
  explicit Rng(uint64_t seed) : gen(seed) {}
  int64_t below(int64_t n) { return static_cast<int64_t>(gen.random() % static_cast<uint32_t>(n)); }
  bool coin() { return below(2) == 0; }
};

// A shape that broadcasts against `base`: a suffix of it, with some sizes set to 1.
Shape broadcastable(const Shape& base, Rng& rng) {
  const size_t drop = static_cast<size_t>(rng.below(static_cast<int64_t>(base.size())));
  Shape s(base.begin() + static_cast<std::ptrdiff_t>(drop), base.end());
  for (auto& d : s) if (rng.below(3) == 0) d = 1;
  return s;
}

// One random step: a new tensor from the pool, described for the failure message.
using Graph = std::function<Tensor(const std::vector<Tensor>&)>;

struct Step {
  std::string name;
  std::function<Tensor(const std::vector<Tensor>& pool)> apply;
};

Step random_step(Rng& rng, const std::vector<Shape>& shapes) {
  const size_t n = shapes.size();
  const size_t a = static_cast<size_t>(rng.below(static_cast<int64_t>(n)));
  const size_t b = static_cast<size_t>(rng.below(static_cast<int64_t>(n)));
  const Shape& sa = shapes[a];
  const int64_t rank = static_cast<int64_t>(sa.size());
  const std::string A = "t" + std::to_string(a), B = "t" + std::to_string(b);
  switch (rng.below(16)) {
    case 0: return {A + " + " + B, [=](auto& p) { return add(p[a], p[b]); }};
    case 1: return {A + " - 0.5*" + B, [=](auto& p) { return sub(p[a], p[b], Scalar(0.5)); }};
    case 2: return {A + " * " + B, [=](auto& p) { return mul(p[a], p[b]); }};
    case 3: return {A + " / (1 + " + B + "^2)", [=](auto& p) { return div(p[a], add(mul(p[b], p[b]), Scalar(1.0))); }};
    case 4: return {"tanh(" + A + ")", [=](auto& p) { return tanh(p[a]); }};
    case 5: return {"sigmoid(" + A + ")", [=](auto& p) { return sigmoid(p[a]); }};
    case 6: return {"sin(" + A + ") * cos(" + B + ")", [=](auto& p) { return mul(sin(p[a]), cos(p[b])); }};
    case 7: return {"exp(tanh(" + A + "))", [=](auto& p) { return exp(tanh(p[a])); }};
    case 8: return {"log(1 + " + A + "^2)", [=](auto& p) { return log(add(pow(p[a], Scalar(2.0)), Scalar(1.0))); }};
    case 9: return {"sqrt(" + A + "^2 + 1)", [=](auto& p) { return sqrt(add(mul(p[a], p[a]), Scalar(1.0))); }};
    case 10: {
      if (rank == 0) return {"sum(" + A + ")", [=](auto& p) { return sum(p[a]); }};
      const int64_t d = rng.below(rank);
      const bool keep = rng.coin();
      return {"sum(" + A + ", " + std::to_string(d) + (keep ? ", keepdim)" : ")"),
              [=](auto& p) { return sum(p[a], Shape{d}, keep); }};
    }
    case 11: {
      if (rank == 0) return {"mean(" + A + ")", [=](auto& p) { return mean(p[a]); }};
      const int64_t d = rng.below(rank);
      return {"mean(" + A + ", " + std::to_string(d) + ")", [=](auto& p) { return mean(p[a], Shape{d}); }};
    }
    case 12:
      if (rank >= 2) return {A + ".transpose(0, 1) * 2", [=](auto& p) { return mul(transpose(p[a], 0, 1), Scalar(2.0)); }};
      return {A + ".unsqueeze(0)", [=](auto& p) { return unsqueeze(p[a], 0); }};
    case 13:
      if (rank >= 1) {
        const int64_t d = rng.below(rank);
        return {"softmax(" + A + ", " + std::to_string(d) + ")", [=](auto& p) { return softmax(p[a], d); }};
      }
      return {A + " * 3", [=](auto& p) { return mul(p[a], Scalar(3.0)); }};
    case 14: return {A + ".reshape(-1) ** 2", [=](auto& p) { return pow(reshape(p[a], {-1}), Scalar(2.0)); }};
    default: {
      if (rank >= 1 && sa[0] > 1) {
        return {A + "[1:]", [=](auto& p) { return slice(p[a], 0, 1, std::nullopt, 1); }};
      }
      return {"relu(" + A + " + 2)", [=](auto& p) { return relu(add(p[a], Scalar(2.0))); }};
    }
  }
}

}  // namespace

TEST_CASE("random graphs with broadcasting match finite differences in float64", "[gradcheck][property]") {
  constexpr int kSeeds = 300;
  int checked = 0;
  for (int seed = 1; seed <= kSeeds; ++seed) {
    Rng rng(static_cast<uint64_t>(seed));
    Shape base;
    const int64_t rank = 1 + rng.below(3);
    for (int64_t i = 0; i < rank; ++i) base.push_back(1 + rng.below(3));
    const int n_inputs = 1 + static_cast<int>(rng.below(3));
    std::vector<Tensor> inputs;
    for (int i = 0; i < n_inputs; ++i) {
      Tensor x = randn(i == 0 ? base : broadcastable(base, rng), DType::Float64, &rng.gen);
      x.set_requires_grad(true);
      inputs.push_back(x);
    }
    // Choose the steps once, replaying them on any inputs; a step whose shapes do not
    // broadcast is dropped at build time (PyTorch would raise; that is tested elsewhere).
    std::vector<Step> steps;
    std::vector<Shape> shapes;
    for (auto& x : inputs) shapes.push_back(x.shape());
    std::vector<Tensor> pool = inputs;
    const int n_steps = 2 + static_cast<int>(rng.below(5));
    for (int k = 0; k < n_steps; ++k) {
      Step step = random_step(rng, shapes);
      try {
        Tensor t = step.apply(pool);
        pool.push_back(t);
        shapes.push_back(t.shape());
        steps.push_back(std::move(step));
      } catch (const Error&) {
      }
    }
    std::string description;
    for (size_t k = 0; k < steps.size(); ++k) {
      description += "t" + std::to_string(inputs.size() + k) + " = " + steps[k].name + "; ";
    }
    // Every input reaches the output (0 * sum keeps the unused ones connected).
    auto graph = [&](const std::vector<Tensor>& xs) {
      std::vector<Tensor> p = xs;
      for (auto& s : steps) p.push_back(s.apply(p));
      Tensor out = p.back();
      for (auto& x : xs) out = add(out, mul(sum(x), Scalar(0.0)));
      return out;
    };
    Tensor out = graph(inputs);
    INFO("seed " << seed << ": inputs " << inputs.size() << ", " << description);
    for (size_t i = 0; i < inputs.size(); ++i) {
      std::vector<JacobianRow> rows = jacobian_rows(out, inputs[i]);
      double* p = inputs[i].data_ptr<double>();
      for (int64_t j = 0; j < inputs[i].numel(); ++j) {
        const double saved = p[j], eps = 1e-6;
        Tensor plus, minus;
        {
          NoGradGuard no_grad;
          p[j] = saved + eps;
          plus = clone(graph(inputs));
          p[j] = saved - eps;
          minus = clone(graph(inputs));
          p[j] = saved;
        }
        for (int64_t k = 0; k < out.numel(); ++k) {
          const double numeric = (plus.flat_get(k) - minus.flat_get(k)) / (2 * eps);
          const double analytic = rows[static_cast<size_t>(k)].row.flat_get(j);
          INFO("d out[" << k << "] / d input" << i << "[" << j << "]: analytic " << analytic << ", numeric " << numeric);
          REQUIRE(std::fabs(analytic - numeric) <= 1e-5 + 1e-4 * std::fabs(numeric));
          ++checked;
        }
      }
    }
  }
  INFO("entries checked: " << checked);
  CHECK(checked > 5000);
}
