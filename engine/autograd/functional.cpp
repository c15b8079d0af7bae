#include "autograd/functional.h"

#include "autograd/backward.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"

namespace ag {

namespace {


// Writes 1 at a flat position of a fresh contiguous tensor.
Tensor unit_seed(const Shape& shape, DType dtype, int64_t index) {
  Tensor seed = zeros(shape, dtype);
  dispatch_dtype(dtype, [&](auto tag) {
    using T = decltype(tag);
    seed.data_ptr<T>()[index] = static_cast<T>(1);
  });
  return seed;
}

Tensor leaf_copy(const Tensor& x) {
  Tensor leaf = x.detach();
  leaf.set_requires_grad(true);
  return leaf;
}

// torch.autograd.functional's check of a vector against what it multiplies.
void validate_v(const Tensor& v, const Tensor& against) {
  if (v.shape() != against.shape()) {
    runtime_error("v has invalid size: should be " + size_str(against.shape()) + " but got " +
                  size_str(v.shape()) + ".");
  }
}

Tensor zeros_or(const Tensor& g, const Tensor& like) { return g.defined() ? g : zeros_like(like); }

}  // namespace

std::vector<JacobianRow> jacobian_rows(const Tensor& output, const Tensor& input) {
  std::vector<JacobianRow> rows;
  const int64_t m = output.numel();
  rows.reserve(static_cast<size_t>(m));
  for (int64_t i = 0; i < m; ++i) {
    Tensor seed = unit_seed(output.shape(), output.dtype(), i);
    Tensor row;
    if (output.requires_grad()) {
      row = grad({output}, {input}, {seed}, /*retain_graph=*/true, false, /*allow_unused=*/true)[0];
    }
    rows.push_back({i, seed, zeros_or(row, input)});
  }
  return rows;
}

std::vector<JacobianRow> jacobian_rows_batched(const Tensor& output, const Tensor& input) {
  const int64_t m = output.numel();
  std::vector<std::vector<Tensor>> seeds;
  std::vector<Tensor> flat_seeds;
  for (int64_t i = 0; i < m; ++i) {
    flat_seeds.push_back(unit_seed(output.shape(), output.dtype(), i));
    seeds.push_back({flat_seeds.back()});
  }
  std::vector<std::vector<Tensor>> grads;
  if (output.requires_grad() && m > 0) {
    grads = grad_batched({output}, {input}, seeds, /*retain_graph=*/true, false, /*allow_unused=*/true);
  }
  std::vector<JacobianRow> rows;
  for (int64_t i = 0; i < m; ++i) {
    Tensor row = grads.empty() ? Tensor() : grads[static_cast<size_t>(i)][0];
    rows.push_back({i, flat_seeds[static_cast<size_t>(i)], zeros_or(row, input)});
  }
  return rows;
}

Tensor stack_jacobian(const std::vector<JacobianRow>& rows, const Tensor& output, const Tensor& input) {
  Shape shape = output.shape();
  for (int64_t s : input.shape()) shape.push_back(s);
  if (rows.empty()) return zeros(shape, input.dtype());
  std::vector<Tensor> flat;
  for (const auto& r : rows) flat.push_back(reshape(r.row, {-1}));
  return reshape(stack(flat), shape);
}

Tensor jacobian(const TensorFn& f, const Tensor& x, bool vectorize, bool create_graph) {
  Tensor leaf = leaf_copy(x);
  Tensor y;
  {
    GradModeGuard enable(true);
    y = f(leaf);
  }
  auto rows = vectorize ? jacobian_rows_batched(y, leaf) : jacobian_rows(y, leaf);
  (void)create_graph;
  return stack_jacobian(rows, y, leaf).detach();
}

std::pair<Tensor, Tensor> vjp(const TensorFn& f, const Tensor& x, const Tensor& v) {
  Tensor leaf = leaf_copy(x);
  Tensor y;
  {
    GradModeGuard enable(true);
    y = f(leaf);
  }
  validate_v(v, y);
  Tensor g;
  if (y.requires_grad()) g = grad({y}, {leaf}, {v}, false, false, true)[0];
  return {y.detach(), zeros_or(g, leaf)};
}

std::pair<Tensor, Tensor> jvp(const TensorFn& f, const Tensor& x, const Tensor& u) {
  validate_v(u, x);
  GradModeGuard enable(true);
  Tensor leaf = leaf_copy(x);
  Tensor y = f(leaf);
  if (!y.requires_grad()) return {y.detach(), zeros_like(y)};
  // g(w) = w^T J is linear in w; its gradient w.r.t. w, seeded with u, is J u.
  Tensor w = zeros_like(y);
  w.set_requires_grad(true);
  Tensor g = grad({y}, {leaf}, {w}, true, /*create_graph=*/true, true)[0];
  if (!g.defined() || !g.requires_grad()) return {y.detach(), zeros_like(y)};
  Tensor ju = grad({g}, {w}, {u}, false, false, true)[0];
  return {y.detach(), zeros_or(ju, y).detach()};
}

std::vector<JacobianRow> jacobian_columns_recorded(const Tensor& output, const Tensor& input) {
  std::vector<JacobianRow> columns;
  if (!output.requires_grad()) return columns;
  GradModeGuard enable(true);
  Tensor w = zeros_like(output);
  w.set_requires_grad(true);
  Tensor g = grad({output}, {input}, {w}, /*retain_graph=*/true, /*create_graph=*/true, true)[0];
  for (int64_t j = 0; j < input.numel(); ++j) {
    Tensor seed = unit_seed(input.shape(), input.dtype(), j);
    Tensor column;
    if (g.defined() && g.requires_grad()) column = grad({g}, {w}, {seed}, true, false, true)[0];
    columns.push_back({j, seed, zeros_or(column, output).detach()});
  }
  return columns;
}

std::vector<JacobianRow> jacobian_columns(const TensorFn& f, const Tensor& x) {
  std::vector<JacobianRow> columns;
  for (int64_t j = 0; j < x.numel(); ++j) {
    Tensor seed = unit_seed(x.shape(), x.dtype(), j);
    columns.push_back({j, seed, jvp(f, x, seed).second});
  }
  return columns;
}

Tensor hessian(const TensorFn& f, const Tensor& x) {
  auto gradient = [&f](const Tensor& z) {
    Tensor y = f(z);
    if (y.numel() != 1) {
      runtime_error("The Tensor returned by the function given to hessian should contain a single "
                    "element");
    }
    Tensor g = grad({y}, {z}, {}, true, /*create_graph=*/true, true)[0];
    return g.defined() ? g : zeros_like(z);
  };
  return jacobian(gradient, x);
}

}  // namespace ag
