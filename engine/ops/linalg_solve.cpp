// torch.linalg's LU family: det, slogdet, inv and solve, computed as PyTorch 1.13 computes them
// (getrf, then products or getrs), each recording its own node (LinalgDetBackward0, ...).
// PyTorch factors A^T instead of A when A is contiguous (LAPACK wants column-major, and a
// row-major A read column-major is A^T, so no copy is needed); it then solves with the transpose.
// We do the same, because the two factorizations round differently in float32.
#include <algorithm>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "autograd/grad_mode.h"
#include "ops/lapack.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

[[noreturn]] void linalg_error(const std::string& message) { throw_error(ErrorKind::LinAlgError, message); }

void check_square_float(const Tensor& a, const std::string& api) {
  if (a.dim() < 2) runtime_error(api + ": The input tensor A must have at least 2 dimensions.");
  if (a.size(-1) != a.size(-2)) {
    runtime_error(api + ": A must be batches of square matrices, but they are " + std::to_string(a.size(-2)) + " by " +
                  std::to_string(a.size(-1)) + " matrices");
  }
  if (!is_floating(a.dtype())) {
    runtime_error(api + ": Expected a floating point or complex tensor as input. Got " + scalar_type_name(a.dtype()));
  }
}

// "(Batch element 3): " when the input is batched, as PyTorch's _linalg_check_errors says.
std::string batch_prefix(const Tensor& a, int64_t b) {
  return a.dim() > 2 ? "(Batch element " + std::to_string(b) + "): " : "";
}

// The LU factors of every matrix of a (*, n, n) batch, as LAPACK leaves them (column-major), of
// A^T when `of_transpose` (A contiguous) and of A otherwise.
struct LuBatch {
  Tensor factors;                // (*, n, n) whose row-major buffer is the column-major LU
  std::vector<int64_t> pivots;   // batch * n, 1-based
  std::vector<int64_t> info;     // per matrix
  bool of_transpose = false;
  int64_t n = 0, batch = 0;
};

LuBatch lu_factor(const Tensor& a) {
  LuBatch lu;
  lu.n = a.size(-1);
  lu.batch = shape_numel(Shape(a.shape().begin(), a.shape().end() - 2));
  lu.of_transpose = a.is_contiguous();
  // Column-major A^T is A's own row-major buffer; column-major A is A^T's row-major buffer.
  lu.factors = lu.of_transpose ? raw::contiguous_copy(a) : raw::contiguous_copy(transpose(a.detach(), -2, -1));
  lu.pivots.assign(static_cast<size_t>(lu.batch * lu.n), 0);
  lu.info.assign(static_cast<size_t>(lu.batch), 0);
  dispatch_dtype(a.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      T* data = lu.factors.template data_ptr<T>();
      for (int64_t b = 0; b < lu.batch; ++b) {
        lu.info[static_cast<size_t>(b)] =
            lapack::getrf<T>(lu.n, lu.n, data + b * lu.n * lu.n, std::max<int64_t>(lu.n, 1), lu.pivots.data() + b * lu.n);
      }
    }
  });
  return lu;
}

// The diagonal of U per matrix, (*, n), and det(P) per matrix, (*), in a's dtype.
std::pair<Tensor, Tensor> lu_diagonal_and_sign(const LuBatch& lu, const Tensor& a) {
  Shape batch_shape(a.shape().begin(), a.shape().end() - 2);
  Shape diag_shape = batch_shape;
  diag_shape.push_back(lu.n);
  Tensor diag = Tensor::empty(diag_shape, a.dtype());
  Tensor sign = Tensor::empty(batch_shape, a.dtype());
  dispatch_dtype(a.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* f = lu.factors.template data_ptr<T>();
      T* d = diag.template data_ptr<T>();
      T* s = sign.template data_ptr<T>();
      for (int64_t b = 0; b < lu.batch; ++b) {
        int64_t swaps = 0;
        for (int64_t i = 0; i < lu.n; ++i) {
          d[b * lu.n + i] = f[b * lu.n * lu.n + i * lu.n + i];
          if (lu.pivots[static_cast<size_t>(b * lu.n + i)] != i + 1) ++swaps;
        }
        s[b] = swaps % 2 == 0 ? T(1) : T(-1);
      }
    }
  });
  return {diag, sign};
}

// The last two dimensions swapped, as a plain tensor over the same storage (no node). Over a
// fresh LAPACK output (row-major buffer (*, k, n) = column-major (*, n, k)), it is the result
// with PyTorch's strides (.., 1, n); not a view then, since nothing else holds that storage.
Tensor swap_last_two(const Tensor& t) {
  Shape shape = t.shape();
  Strides strides = t.strides();
  const size_t d = shape.size();
  std::swap(shape[d - 1], shape[d - 2]);
  std::swap(strides[d - 1], strides[d - 2]);
  return raw::make_view(t, shape, strides, t.offset());
}

// X with A X = B for each matrix (B: (*, n, k)), from A's factors.
Tensor lu_solve(const LuBatch& lu, const Tensor& b) {
  const int64_t k = b.size(-1);
  // Column-major B is B^T's row-major buffer.
  Tensor x = raw::contiguous_copy(transpose(b.detach(), -2, -1));
  dispatch_dtype(b.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* f = lu.factors.template data_ptr<T>();
      T* data = x.template data_ptr<T>();
      for (int64_t m = 0; m < lu.batch; ++m) {
        lapack::getrs<T>(lu.of_transpose, lu.n, k, f + m * lu.n * lu.n, std::max<int64_t>(lu.n, 1),
                         lu.pivots.data() + m * lu.n, data + m * lu.n * k, std::max<int64_t>(lu.n, 1));
      }
    }
  });
  return swap_last_two(x);
}

Tensor identity_batch(const Tensor& a) {
  const int64_t n = a.size(-1);
  Tensor out = Tensor::empty(a.shape(), a.dtype());
  dispatch_dtype(a.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* data = out.template data_ptr<T>();
    const int64_t batch = shape_numel(Shape(a.shape().begin(), a.shape().end() - 2));
    for (int64_t b = 0; b < batch; ++b) {
      for (int64_t i = 0; i < n; ++i) data[b * n * n + i * n + i] = T(1);
    }
  });
  return out;
}

}  // namespace

Tensor linalg_det(const Tensor& a) {
  check_square_float(a, "linalg.det");
  LuBatch lu = lu_factor(a);
  Tensor det;
  {
    NoGradGuard no_grad;
    auto [diag, sign] = lu_diagonal_and_sign(lu, a);
    det = mul(sign, prod(diag, -1));
  }
  record(Op::LinalgDet, {a}, det);
  return det;
}

std::pair<Tensor, Tensor> linalg_slogdet(const Tensor& a) {
  check_square_float(a, "linalg.slogdet");
  LuBatch lu = lu_factor(a);
  Tensor sign, logabsdet;
  {
    NoGradGuard no_grad;
    auto [diag, p] = lu_diagonal_and_sign(lu, a);
    sign = mul(prod(sgn(diag), -1), p);
    logabsdet = sum(log(abs(diag)), {-1});
  }
  record_outputs(Op::LinalgSlogdet, {a}, {sign, logabsdet});
  return {sign, logabsdet};
}

Tensor linalg_inv(const Tensor& a, const std::string& api) {
  check_square_float(a, api);
  LuBatch lu = lu_factor(a);
  for (int64_t b = 0; b < lu.batch; ++b) {
    if (const int64_t info = lu.info[static_cast<size_t>(b)]) {
      linalg_error(api + ": " + batch_prefix(a, b) + "The diagonal element " + std::to_string(info) +
                   " is zero, the inversion could not be completed because the input matrix is singular.");
    }
  }
  Tensor inverse = lu_solve(lu, identity_batch(a));
  record(Op::LinalgInvEx, {a}, inverse);
  return inverse;
}

namespace {

// A X = B, without recording: the vector rule, batch broadcasting, the errors.
Tensor solve_unrecorded(const Tensor& a, const Tensor& b, bool& vector_rhs) {
  if (a.dtype() != b.dtype()) {
    runtime_error(std::string("linalg.solve: Expected A and B to have the same dtype, but found A of type ") +
                  scalar_type_name(a.dtype()) + " and B of type " + scalar_type_name(b.dtype()) + " instead");
  }
  // numpy's rule: B is a vector when it is 1-D, or has A's batch shape with one dimension less.
  vector_rhs = b.dim() == 1 || (b.dim() == a.dim() - 1 &&
                                           Shape(b.shape()) == Shape(a.shape().begin(), a.shape().end() - 1));
  Tensor rhs = vector_rhs ? unsqueeze(b.detach(), -1) : b.detach();
  const int64_t n = a.size(-1);
  Shape a_batch(a.shape().begin(), a.shape().end() - 2), b_batch(rhs.shape().begin(), rhs.shape().end() - 2);
  if (rhs.size(-2) != n || (b_batch != a_batch && !b_batch.empty() && !a_batch.empty())) {
    runtime_error("linalg.solve: Incompatible shapes of A and B for the equation AX = B (" + std::to_string(n) + "x" +
                  std::to_string(n) + " and " + std::to_string(rhs.size(-2)) + "x" + std::to_string(rhs.size(-1)) + ")");
  }
  Tensor a_full = a, rhs_full = rhs;
  if (b_batch.size() > a_batch.size()) {  // one matrix, several right-hand sides batches
    Shape s = b_batch;
    s.push_back(n);
    s.push_back(n);
    a_full = raw::contiguous_copy(raw::expand_view(a.detach(), s));
  } else if (a_batch.size() > b_batch.size()) {
    Shape s = a_batch;
    s.push_back(n);
    s.push_back(rhs.size(-1));
    rhs_full = raw::expand_view(rhs, s);
  }
  LuBatch lu = lu_factor(a_full);
  for (int64_t m = 0; m < lu.batch; ++m) {
    if (lu.info[static_cast<size_t>(m)]) {
      linalg_error("torch.linalg.solve: " + batch_prefix(a_full, m) +
                   "The solver failed because the input matrix is singular.");
    }
  }
  Tensor x = lu_solve(lu, rhs_full);
  if (vector_rhs) x = raw::contiguous_copy(squeeze(x, -1));
  return x;
}

}  // namespace

Tensor linalg_solve(const Tensor& a, const Tensor& b, bool left) {
  check_square_float(a, "linalg.solve");
  bool vector_rhs = false;
  // X A = B is A^T X^T = B^T (PyTorch's lu_solve with left=False does the same).
  Tensor x = left ? solve_unrecorded(a, b, vector_rhs)
                  : swap_last_two(solve_unrecorded(swap_last_two(a), swap_last_two(b), vector_rhs));
  OpAttrs attrs;
  attrs.keepdim = vector_rhs;  // the backward's outer product
  attrs.index = left ? 1 : 0;
  record(Op::LinalgSolveEx, {a, b}, x, std::move(attrs));
  return x;
}

}  // namespace ag
