// mm, mv, dot and matmul's dispatch between them.
#include <algorithm>

#include "autograd/derivatives.h"
#include "autograd/function.h"
#include "ops/gemm.h"
#include "ops/kernels.h"
#include "autograd/grad_mode.h"
#include "ops/half_kernels.h"
#include "ops/ops.h"
#include "ops/raw.h"

namespace ag {

namespace {

// ATen's matrix kernels check the second operand against the first's scalar type.
void check_same_dtype(const Tensor& a, const Tensor& b) {
  if (a.dtype() != b.dtype()) {
    runtime_error(std::string("expected scalar type ") + scalar_type_name(a.dtype()) + " but found " +
                  scalar_type_name(b.dtype()));
  }
}

// C[n,p] = A[n,m] B[m,p] on contiguous copies, in the order of the reference BLAS that PyTorch
// calls: each C[i,j] is a sequential sum over k of rounded products, in the tensors' own dtype
// (float32 stays float32: accumulating wider and rounding once prints other last digits).
// `bias` (addmm's input, already expanded to [n,p]) is the starting value when mat2 is
// row-major, and is added after the sum when mat2 is a transposed view: sgemm's two loop orders.
enum class BiasOrder { First, Last };

// addmm's beta * self + alpha * (mat1 @ mat2), with ATen's cpublas roundings. When the bias is
// the starting value, it is first scaled (c *= beta) and alpha goes into each product through
// gemm's `b` operand (c += a * (b * alpha)), `b` being mat1 when the result is read as
// column-major (p != 1) and mat2 otherwise; when the bias comes last, c = beta * c + alpha * dot.
// beta == 0 ignores the bias altogether (NaN included).
struct GemmScale {
  double beta = 1.0, alpha = 1.0;
};

Tensor matmul_kernel(const Tensor& a, const Tensor& b, int64_t n, int64_t m, int64_t p,
                     const Tensor& bias = Tensor(), BiasOrder order = BiasOrder::First,
                     GemmScale scale = {}) {
  const bool floating = is_floating(a.dtype());
  // gemm reads A through its strides and B by rows; anything else is copied first.
  Tensor ca = floating && a.dim() == 2 ? a : raw::contiguous(a);
  Tensor cb = floating && b.dim() == 2 && (b.strides()[1] == 1 || p == 1) ? b : raw::contiguous(b);
  int64_t a_row = ca.dim() == 2 ? ca.strides()[0] : m, a_col = ca.dim() == 2 ? ca.strides()[1] : 1;
  int64_t b_row = cb.dim() == 2 ? cb.strides()[0] : p;
  Tensor out = Tensor::uninitialized({n, p}, a.dtype());  // every element written below
  const bool use_bias = bias.defined() && scale.beta != 0.0;
  Tensor cbias = use_bias ? raw::contiguous_copy(raw::expand_view(bias, {n, p}), a.dtype()) : Tensor();
  dispatch_dtype(a.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* A = ca.template data_ptr<T>();
    const T* B = cb.template data_ptr<T>();
    T* init = use_bias ? cbias.template data_ptr<T>() : nullptr;
    T* C = out.template data_ptr<T>();
    if constexpr (std::is_floating_point_v<T>) {
      const T beta = static_cast<T>(scale.beta), alpha = static_cast<T>(scale.alpha);
      if (init && beta != T(1)) {
        for (int64_t i = 0; i < n * p; ++i) init[i] = beta * init[i];
      }
      if (order == BiasOrder::First) {
        Tensor scaled;
        if (alpha != T(1)) {  // gemm's b * alpha, before the product
          const bool scale_a = p != 1;
          scaled = raw::contiguous_copy(scale_a ? ca : cb, a.dtype());
          T* s = scaled.template data_ptr<T>();
          for (int64_t i = 0; i < scaled.numel(); ++i) s[i] = s[i] * alpha;
          if (scale_a) {
            A = s;
            a_row = m;
            a_col = 1;
          } else {
            B = s;
            b_row = p;
          }
        }
        gemm::multiply<T>(A, a_row, a_col, B, b_row, C, n, m, p, init, nullptr);
      } else {
        gemm::multiply<T>(A, a_row, a_col, B, b_row, C, n, m, p, nullptr, nullptr);
        for (int64_t i = 0; i < n * p; ++i) {
          const T dot = alpha == T(1) ? C[i] : alpha * C[i];
          C[i] = init ? init[i] + dot : dot;
        }
      }
    } else {  // integers and bool: a sequential sum in int64
      using Acc = int64_t;
      const Acc beta = static_cast<Acc>(scale.beta), alpha = static_cast<Acc>(scale.alpha);
      std::vector<Acc> row(static_cast<size_t>(p));
      for (int64_t i = 0; i < n; ++i) {
        std::fill(row.begin(), row.end(), Acc(0));
        for (int64_t k = 0; k < m; ++k) {
          const Acc aik = static_cast<Acc>(A[i * m + k]);
          const T* brow = B + k * p;
          for (int64_t j = 0; j < p; ++j) {
            const Acc product = aik * static_cast<Acc>(brow[j]);
            row[static_cast<size_t>(j)] += product;
          }
        }
        for (int64_t j = 0; j < p; ++j) {
          Acc value = alpha * row[static_cast<size_t>(j)];
          if (init) value += beta * static_cast<Acc>(init[i * p + j]);
          C[i * p + j] = static_cast<T>(value);
        }
      }
    }
  });
  return out;
}

// Which operand addmm_impl_cpu_ hands to sgemm as its `a`, and whether transposed (as PyTorch
// 1.13 decides from the strides of the fresh row-major result and of mat1/mat2). sgemm adds the
// bias before the products unless `a` is transposed, when it adds it after the dot product.
bool gemm_transposes_a(const Tensor& mat1, const Tensor& mat2, int64_t n, int64_t p) {
  const int64_t k = mat1.size(1);
  // The result [n, p] has strides (p, 1): read as column-major only when p == 1.
  const bool transpose_c = p != 1;
  const Tensor& a = transpose_c ? mat2 : mat1;
  const int64_t m = transpose_c ? p : n;
  const int64_t s_lead = a.strides()[transpose_c ? 1 : 0], s_other = a.strides()[transpose_c ? 0 : 1];
  if (s_lead == 1 && s_other >= std::max<int64_t>(1, m)) return false;
  if (s_other == 1 && s_lead >= std::max<int64_t>(1, k)) return true;
  return !transpose_c;  // copied to a contiguous matrix first
}

void check_mm_shapes(const Tensor& a, const Tensor& b) {
  if (a.dim() != 2) runtime_error("self must be a matrix");
  if (b.dim() != 2) runtime_error("mat2 must be a matrix");
  if (a.size(1) != b.size(0)) {
    runtime_error("mat1 and mat2 shapes cannot be multiplied (" + std::to_string(a.size(0)) + "x" +
                  std::to_string(a.size(1)) + " and " + std::to_string(b.size(0)) + "x" +
                  std::to_string(b.size(1)) + ")");
  }
}

}  // namespace

Tensor mm(const Tensor& a, const Tensor& b) {
  check_mm_shapes(a, b);
  check_same_dtype(a, b);
  require_half_kernel("addmm_impl_cpu_", a.dtype());
  Tensor out = matmul_kernel(a, b, a.size(0), a.size(1), b.size(1));
  record(Op::Mm, {a, b}, out);
  return out;
}

Tensor addmm(const Tensor& self, const Tensor& mat1, const Tensor& mat2, double beta, double alpha) {
  check_mm_shapes(mat1, mat2);
  if (self.dtype() != mat2.dtype()) runtime_error("self and mat2 must have the same dtype");
  if (mat1.dtype() != mat2.dtype()) runtime_error("mat1 and mat2 must have the same dtype");
  require_half_kernel("addmm_impl_cpu_", mat1.dtype());
  const int64_t n = mat1.size(0), p = mat2.size(1);
  if (self.dim() > 2 || (self.dim() >= 1 && self.shape().back() != p && self.shape().back() != 1) ||
      (self.dim() == 2 && self.size(0) != n && self.size(0) != 1)) {
    std::string sizes;
    for (int64_t d : self.shape()) sizes += (sizes.empty() ? "" : ", ") + std::to_string(d);
    runtime_error("The expanded size of the tensor (" + std::to_string(p) +
                  ") must match the existing size (" + std::to_string(self.shape().back()) +
                  ") at non-singleton dimension 1.  Target sizes: [" + std::to_string(n) + ", " +
                  std::to_string(p) + "].  Tensor sizes: [" + sizes + "]");
  }
  Tensor out = matmul_kernel(mat1, mat2, n, mat1.size(1), p, self,
                             gemm_transposes_a(mat1, mat2, n, p) ? BiasOrder::Last : BiasOrder::First,
                             GemmScale{beta, alpha});
  OpAttrs attrs;
  attrs.scalar = beta;
  attrs.scalar2 = alpha;
  record(Op::Addmm, {self, mat1, mat2}, out, std::move(attrs));
  return out;
}

Tensor mv(const Tensor& a, const Tensor& v) {
  require_half_kernel("addmv_impl_cpu", a.dtype());
  if (a.dim() != 2 || v.dim() != 1) {
    runtime_error("vector + matrix @ vector expected, got 1, " + std::to_string(a.dim()) + ", " +
                  std::to_string(v.dim()));
  }
  if (a.size(1) != v.size(0)) {
    runtime_error("size mismatch, got " + std::to_string(a.size(0)) + ", " + std::to_string(a.size(0)) + "x" +
                  std::to_string(a.size(1)) + "," + std::to_string(v.size(0)));
  }
  check_same_dtype(a, v);
  Tensor cv = raw::contiguous(v);
  Tensor col = raw::make_view(cv, {v.size(0), 1}, {1, 1}, cv.offset());
  Tensor r = matmul_kernel(a, col, a.size(0), a.size(1), 1);
  Tensor out = raw::make_view(r, {a.size(0)}, {1}, 0);
  record(Op::Mv, {a, v}, out);
  return out;
}

// beta * self + alpha * (mat @ vec), as addmv_out_cpu hands it to gemv: a row-major mat goes
// as gemv('t') (y = beta * y, then y += alpha * dot per row), any other as gemv('n'), which
// scales the vector by alpha and accumulates columns onto beta * y. beta == 0 ignores self.
Tensor addmv(const Tensor& self, const Tensor& mat, const Tensor& vec, double beta, double alpha) {
  require_half_kernel("addmv_impl_cpu", mat.dtype());
  if (mat.dim() != 2 || vec.dim() != 1 || self.dim() > 1) {
    runtime_error("vector + matrix @ vector expected, got " + std::to_string(self.dim()) + ", " +
                  std::to_string(mat.dim()) + ", " + std::to_string(vec.dim()));
  }
  if (mat.size(1) != vec.size(0) || (mat.size(0) != self.numel() && self.numel() != 1)) {
    runtime_error("size mismatch, got " + std::to_string(self.numel()) + ", " + std::to_string(mat.size(0)) + "x" +
                  std::to_string(mat.size(1)) + "," + std::to_string(vec.size(0)));
  }
  check_same_dtype(mat, vec);  // self is copied into the result, in mat's dtype
  Tensor cv = raw::contiguous(vec);
  Tensor col = raw::make_view(cv, {vec.size(0), 1}, {1, 1}, cv.offset());
  Tensor bias = raw::make_view(raw::contiguous_copy(raw::expand_view(self, {mat.size(0)})), {mat.size(0), 1}, {1, 1}, 0);
  const bool row_major = mat.strides()[1] == 1;
  Tensor r = matmul_kernel(mat, col, mat.size(0), mat.size(1), 1, bias, row_major ? BiasOrder::Last : BiasOrder::First,
                           GemmScale{beta, alpha});
  Tensor out = raw::make_view(r, {mat.size(0)}, {1}, 0);
  OpAttrs attrs;
  attrs.scalar = beta;
  attrs.scalar2 = alpha;
  record(Op::Addmv, {self, mat, vec}, out, std::move(attrs));
  return out;
}

Tensor dot(const Tensor& a, const Tensor& b) {
  if (a.dim() != 1 || b.dim() != 1) {
    runtime_error("1D tensors expected, but got " + std::to_string(a.dim()) + "D and " +
                  std::to_string(b.dim()) + "D tensors");
  }
  if (a.numel() != b.numel()) {
    runtime_error("inconsistent tensor size, expected tensor [" + std::to_string(a.numel()) +
                  "] and src [" + std::to_string(b.numel()) +
                  "] to have the same number of elements, but got " + std::to_string(a.numel()) +
                  " and " + std::to_string(b.numel()) + " elements respectively");
  }
  if (a.dtype() != b.dtype()) {
    runtime_error(std::string("dot : expected both vectors to have same dtype, but found ") +
                  scalar_type_name(a.dtype()) + " and " + scalar_type_name(b.dtype()));
  }
  require_half_kernel("dot", a.dtype());
  Tensor ca = raw::contiguous(a), cb = raw::contiguous(b);
  Tensor row = raw::make_view(ca, {1, a.numel()}, {a.numel(), 1}, ca.offset());
  Tensor col = raw::make_view(cb, {b.numel(), 1}, {1, 1}, cb.offset());
  Tensor r = matmul_kernel(row, col, 1, a.numel(), 1);
  Tensor out = raw::make_view(r, {}, {}, 0);
  record(Op::Dot, {a, b}, out);
  return out;
}

Tensor linalg_cross(const Tensor& a, const Tensor& b, int64_t dim) {
  if (a.dim() != b.dim()) {
    runtime_error("linalg.cross: inputs must have the same number of dimensions.");
  }
  const int64_t d = wrap_dim(dim, a.dim());
  if (a.size(d) != 3 || b.size(d) != 3) {
    runtime_error("linalg.cross: inputs dimension " + std::to_string(dim) + " must have length 3. Got " +
                  std::to_string(a.size(d)) + " and " + std::to_string(b.size(d)));
  }
  const DType dtype = promote_types(a.dtype(), b.dtype());
  const Shape shape = kernels::broadcast_shapes(a.shape(), b.shape());
  Tensor ca = raw::contiguous_copy(raw::expand_view(a, shape), dtype);
  Tensor cb = raw::contiguous_copy(raw::expand_view(b, shape), dtype);
  Tensor out = Tensor::empty(shape, dtype);
  int64_t inner = 1;
  for (int64_t i = d + 1; i < static_cast<int64_t>(shape.size()); ++i) inner *= shape[static_cast<size_t>(i)];
  const int64_t outer = shape_numel(shape) / (3 * inner);
  dispatch_dtype(dtype, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>) {
      const T* x = ca.template data_ptr<T>();
      const T* y = cb.template data_ptr<T>();
      T* r = out.template data_ptr<T>();
      for (int64_t o = 0; o < outer; ++o) {
        for (int64_t i = 0; i < inner; ++i) {
          const int64_t base = o * 3 * inner + i;
          auto at = [&](const T* p, int k) { return p[base + k * inner]; };
          r[base] = at(x, 1) * at(y, 2) - at(x, 2) * at(y, 1);
          r[base + inner] = at(x, 2) * at(y, 0) - at(x, 0) * at(y, 2);
          r[base + 2 * inner] = at(x, 0) * at(y, 1) - at(x, 1) * at(y, 0);
        }
      }
    }
  });
  OpAttrs attrs;
  attrs.dim = d;
  record(Op::LinalgCross, {a, b}, out, std::move(attrs));
  return out;
}

Tensor matmul(const Tensor& a, const Tensor& b) {
  if (a.dim() == 0 || b.dim() == 0) {
    runtime_error("both arguments to matmul need to be at least 1D, but they are " +
                  std::to_string(a.dim()) + "D and " + std::to_string(b.dim()) + "D");
  }
  if (a.dim() == 1 && b.dim() == 1) return dot(a, b);
  if (a.dim() == 2 && b.dim() == 1) return mv(a, b);
  if (a.dim() == 1 && b.dim() == 2) {
    // PyTorch: mm(a.unsqueeze(0), b).squeeze_(0), recorded as SqueezeBackward3.
    Tensor m = mm(unsqueeze(a, 0), b);
    Tensor out = raw::make_view(m, {m.size(1)}, {m.strides()[1]}, m.offset());
    OpAttrs attrs;
    attrs.dim = 0;
    record(Op::SqueezeDimInplace, {m}, out, std::move(attrs));
    return out;
  }
  if (a.dim() == 2 && b.dim() == 2) return mm(a, b);
  // PyTorch's matmul for 3-D and more: a stack times a matrix folds the stack into one mm;
  // otherwise the batch dimensions broadcast and one bmm runs; the result is _unsafe_view'ed.
  if (a.dim() >= 3 && b.dim() <= 2) {
    const int64_t m = a.size(-1);
    Tensor folded = reshape(a, {-1, m});
    Tensor product = b.dim() == 1 ? mm(folded, unsqueeze(b, 1)) : mm(folded, b);
    Shape out_shape(a.shape().begin(), a.shape().end() - 1);
    if (b.dim() == 2) out_shape.push_back(b.size(1));
    return unsafe_view(product, out_shape);
  }
  const Tensor a2 = a.dim() == 1 ? unsqueeze(a, 0) : a, b2 = b.dim() == 1 ? unsqueeze(b, 1) : b;
  const int64_t n = a2.size(-2), m = a2.size(-1), p = b2.size(-1);
  if (b2.size(-2) != m) {
    runtime_error("Expected size for first two dimensions of batch2 tensor to be: [" + std::to_string(1) + ", " +
                  std::to_string(m) + "] but got: [1, " + std::to_string(b2.size(-2)) + "].");
  }
  const Shape batch_a(a2.shape().begin(), a2.shape().end() - 2), batch_b(b2.shape().begin(), b2.shape().end() - 2);
  const Shape batch = kernels::broadcast_shapes(batch_a, batch_b);
  int64_t count = 1;
  for (int64_t d : batch) count *= d;
  Shape full_a = batch, full_b = batch;
  full_a.insert(full_a.end(), {n, m});
  full_b.insert(full_b.end(), {m, p});
  Tensor a3 = reshape(expand(a2, full_a), {count, n, m}), b3 = reshape(expand(b2, full_b), {count, m, p});
  Shape out_shape = batch;
  if (a.dim() > 1) out_shape.push_back(n);
  if (b.dim() > 1) out_shape.push_back(p);
  return unsafe_view(bmm(a3, b3), out_shape);
}

namespace {

// bmm's and baddbmm's checks, in ATen's order and words.
void check_bmm_operands(const Tensor& a, const Tensor& b) {
  require_half_kernel("bmm", a.dtype());
  if (a.dim() != 3) runtime_error("batch1 must be a 3D tensor");
  if (b.dim() != 3) runtime_error("batch2 must be a 3D tensor");
  if (a.size(0) != b.size(0) || a.size(2) != b.size(1)) {
    runtime_error("Expected size for first two dimensions of batch2 tensor to be: [" + std::to_string(a.size(0)) +
                  ", " + std::to_string(a.size(2)) + "] but got: [" + std::to_string(b.size(0)) + ", " +
                  std::to_string(b.size(1)) + "].");
  }
  check_same_dtype(a, b);
}

}  // namespace

Tensor bmm(const Tensor& a, const Tensor& b) {
  check_bmm_operands(a, b);
  const int64_t batches = a.size(0), n = a.size(1), m = a.size(2), p = b.size(2);
  Tensor out = Tensor::empty({batches, n, p}, a.dtype());
  for (int64_t i = 0; i < batches; ++i) {
    Tensor product = matmul_kernel(raw_select_view(a, 0, i), raw_select_view(b, 0, i), n, m, p);
    raw::copy_into(raw_select_view(out, 0, i), product);
  }
  record(Op::Bmm, {a, b}, out);
  return out;
}

// beta * self + alpha * (batch1 @ batch2), self expanded to the result. ATen's own small kernel
// (fewer than 400 multiply-adds per matrix) starts each sum from beta * r and adds the
// alpha-scaled products in order (measured against 1.13); larger matrices go to cpublas gemm,
// which orders the bias as addmm does.
Tensor baddbmm(const Tensor& self, const Tensor& a, const Tensor& b, double beta, double alpha) {
  check_bmm_operands(a, b);
  const int64_t batches = a.size(0), n = a.size(1), m = a.size(2), p = b.size(2);
  Tensor base;
  {
    NoGradGuard no_grad;
    base = expand(self, {batches, n, p});  // expand's own size errors
  }
  Tensor out = Tensor::empty({batches, n, p}, a.dtype());
  for (int64_t i = 0; i < batches; ++i) {
    Tensor mat1 = raw_select_view(a, 0, i), mat2 = raw_select_view(b, 0, i);
    const BiasOrder order = m * n * p >= 400 && gemm_transposes_a(mat1, mat2, n, p) ? BiasOrder::Last : BiasOrder::First;
    Tensor product = matmul_kernel(mat1, mat2, n, m, p, raw_select_view(base, 0, i), order, GemmScale{beta, alpha});
    raw::copy_into(raw_select_view(out, 0, i), product);
  }
  OpAttrs attrs;
  attrs.scalar = beta;
  attrs.scalar2 = alpha;
  record(Op::Baddbmm, {self, a, b}, out, std::move(attrs));
  return out;
}

// torch.vdot: for real tensors the conjugate is the identity, so dot's arithmetic under its own
// node (VdotBackward0).
Tensor vdot(const Tensor& a, const Tensor& b) {
  Tensor out;
  {
    NoGradGuard no_grad;
    out = dot(a, b);
  }
  record(Op::Vdot, {a, b}, out);
  return out;
}

}  // namespace ag
