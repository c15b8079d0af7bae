// torch.autograd.functional: Jacobians from one-hot seeds (row by row, or batched in one pass),
// vjp, jvp and hessian.
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "tensor/tensor.h"

namespace ag {

using TensorFn = std::function<Tensor(const Tensor&)>;

// One row of the Jacobian d output / d input: the one-hot seed e_i (shaped like the output)
// and the gradient it produced (shaped like the input), i.e. e_i^T J.
struct JacobianRow {
  int64_t index;
  Tensor seed;
  Tensor row;
};

// Rows of d output / d input for an already-recorded graph: one backward per seed with the
// graph retained. Nothing is accumulated into any .grad. Inputs the output does not depend on
// give zero rows.
std::vector<JacobianRow> jacobian_rows(const Tensor& output, const Tensor& input);
// The same rows from one pass over the graph, with every seed carried along at once.
std::vector<JacobianRow> jacobian_rows_batched(const Tensor& output, const Tensor& input);
// Rows stacked into the Jacobian tensor of shape output.shape + input.shape.
Tensor stack_jacobian(const std::vector<JacobianRow>& rows, const Tensor& output, const Tensor& input);

// torch.autograd.functional.jacobian(f, x): shape f(x).shape + x.shape.
Tensor jacobian(const TensorFn& f, const Tensor& x, bool vectorize = false, bool create_graph = false);
// (f(x), v^T J)
std::pair<Tensor, Tensor> vjp(const TensorFn& f, const Tensor& x, const Tensor& v);
// (f(x), J u), computed with the double-backward trick as torch.autograd.functional.jvp does.
std::pair<Tensor, Tensor> jvp(const TensorFn& f, const Tensor& x, const Tensor& u);
// Columns J e_j of an already-recorded graph, one forward-mode product each, computed with the
// double-backward trick (as torch.autograd.functional.jvp does): g(w) = w^T J is recorded with
// create_graph, and d(g . e_j)/dw = J e_j. Needs the graph alive; .grad is left alone.
std::vector<JacobianRow> jacobian_columns_recorded(const Tensor& output, const Tensor& input);
// Columns J e_j of the Jacobian, one forward-mode product each (the "columns view").
std::vector<JacobianRow> jacobian_columns(const TensorFn& f, const Tensor& x);
// d^2 f / dx^2 for scalar f: shape x.shape + x.shape.
Tensor hessian(const TensorFn& f, const Tensor& x);

}  // namespace ag
