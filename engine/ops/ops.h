// Every tensor operation of the engine. Each differentiable op computes its result and records
// a graph node (see autograd/function.h); its derivative is one row of autograd/derivatives.cpp.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tensor/tensor.h"

namespace ag {
enum class Op;  // autograd/derivatives.h
}

namespace ag {

// ---- dtype promotion (ops/promotion.cpp) -------------------------------------------------
DType result_type(const std::vector<Tensor>& tensors);
DType result_type(const Tensor& a, const Tensor& b);

// ---- creation (ops/creation.cpp) ---------------------------------------------------------
Tensor from_doubles(const std::vector<double>& values, const Shape& shape, DType dtype);
Tensor from_int64s(const std::vector<int64_t>& values, const Shape& shape, DType dtype);
Tensor zeros(const Shape& shape, DType dtype = default_float_dtype());
Tensor ones(const Shape& shape, DType dtype = default_float_dtype());
Tensor full(const Shape& shape, const Scalar& value, std::optional<DType> dtype = std::nullopt);
Tensor empty(const Shape& shape, DType dtype = default_float_dtype());
Tensor eye(int64_t n, std::optional<int64_t> m = std::nullopt, DType dtype = default_float_dtype());
Tensor arange(const Scalar& start, const Scalar& end, const Scalar& step,
              std::optional<DType> dtype = std::nullopt);
Tensor linspace(double start, double end, int64_t steps, DType dtype = default_float_dtype());
Tensor logspace(double start, double end, int64_t steps, double base = 10.0, DType dtype = default_float_dtype());
Tensor zeros_like(const Tensor& t, std::optional<DType> dtype = std::nullopt);
Tensor ones_like(const Tensor& t, std::optional<DType> dtype = std::nullopt);
Tensor full_like(const Tensor& t, const Scalar& value, std::optional<DType> dtype = std::nullopt);
Tensor empty_like(const Tensor& t, std::optional<DType> dtype = std::nullopt);

// ---- copies and conversions (ops/conversion.cpp) -----------------------------------------
Tensor clone(const Tensor& t);                     // CloneBackward0
Tensor contiguous(const Tensor& t);                // t itself when already contiguous
Tensor to_dtype(const Tensor& t, DType dtype);     // ToCopyBackward0; t itself when same dtype
Tensor copy_for_grad(const Tensor& t);             // CopyBackwards (grad under create_graph)

// ---- elementwise arithmetic (ops/arithmetic.cpp) -----------------------------------------
Tensor add(const Tensor& a, const Tensor& b, const Scalar& alpha = Scalar(int64_t{1}));
Tensor sub(const Tensor& a, const Tensor& b, const Scalar& alpha = Scalar(int64_t{1}));
Tensor mul(const Tensor& a, const Tensor& b);
Tensor div(const Tensor& a, const Tensor& b);
Tensor floor_divide(const Tensor& a, const Tensor& b);
Tensor remainder(const Tensor& a, const Tensor& b);
Tensor pow(const Tensor& base, const Tensor& exponent);
Tensor pow(const Tensor& base, const Scalar& exponent);
Tensor pow(const Scalar& base, const Tensor& exponent);
// Python-scalar forms: the scalar is wrapped as PyTorch wraps it.
Tensor add(const Tensor& a, const Scalar& b);
Tensor sub(const Tensor& a, const Scalar& b);
Tensor rsub(const Tensor& a, const Scalar& b);  // b - a  (RsubBackward1)
Tensor mul(const Tensor& a, const Scalar& b);
Tensor div(const Tensor& a, const Scalar& b);
Tensor rdiv(const Tensor& a, const Scalar& b);  // b / a  (reciprocal, then mul)
// at::mul(Tensor, Scalar) / at::div(Tensor, Scalar): MulBackward1 / DivBackward1.
Tensor mul_scalar(const Tensor& a, const Scalar& b);
Tensor div_scalar(const Tensor& a, const Scalar& b);

// ---- elementwise math (ops/unary.cpp) ----------------------------------------------------
Tensor neg(const Tensor& t);
Tensor exp(const Tensor& t);
Tensor log(const Tensor& t);
Tensor sqrt(const Tensor& t);
Tensor sin(const Tensor& t);
Tensor cos(const Tensor& t);
Tensor tanh(const Tensor& t);
Tensor sigmoid(const Tensor& t);
Tensor relu(const Tensor& t);
Tensor abs(const Tensor& t);
Tensor reciprocal(const Tensor& t);
Tensor sign(const Tensor& t);
Tensor sgn(const Tensor& t);   // sign's values, SgnBackward0
Tensor clamp(const Tensor& t, std::optional<double> min_value, std::optional<double> max_value);
Tensor clamp_min(const Tensor& t, double min_value);
Tensor clamp_max(const Tensor& t, double max_value);
// f applied in place (x.exp_(), x.relu_(), ...): records f's own node, as PyTorch does.
// self = f(self) in place, recorded as the node f records; others are f's other tensor inputs.
// refuse_overlap: raise PyTorch's error when self is an expand (the ops that write through
// TensorIterator; masked_fill_, index_fill_, triu_ and tril_ do not check).
const Tensor& apply_inplace(const Tensor& self, const std::vector<Tensor>& others,
                            const std::function<Tensor(const Tensor&)>& f, bool refuse_overlap = true);

// ---- more elementwise math (ops/pointwise_math.cpp) ---------------------------------------
Tensor asin(const Tensor& t);
Tensor acos(const Tensor& t);
Tensor atan(const Tensor& t);
Tensor sinh(const Tensor& t);
Tensor cosh(const Tensor& t);
Tensor asinh(const Tensor& t);
Tensor acosh(const Tensor& t);
Tensor atanh(const Tensor& t);
Tensor tan(const Tensor& t);
Tensor log2(const Tensor& t);
Tensor log10(const Tensor& t);
Tensor log1p(const Tensor& t);
Tensor expm1(const Tensor& t);
Tensor exp2(const Tensor& t);
Tensor rsqrt(const Tensor& t);
Tensor erfc(const Tensor& t);
Tensor erfinv(const Tensor& t);
Tensor logit(const Tensor& t, std::optional<double> eps = std::nullopt);
Tensor floor(const Tensor& t);
Tensor ceil(const Tensor& t);
Tensor trunc(const Tensor& t);
Tensor round(const Tensor& t, int64_t decimals = 0);
Tensor frac(const Tensor& t);
Tensor nan_to_num(const Tensor& t, std::optional<double> nan, std::optional<double> posinf,
                  std::optional<double> neginf);
Tensor isnan(const Tensor& t);
Tensor isinf(const Tensor& t);
Tensor isposinf(const Tensor& t);
Tensor isneginf(const Tensor& t);

// ---- elementwise functions of two tensors (ops/pointwise_binary.cpp) ----------------------
Tensor maximum(const Tensor& a, const Tensor& b);
Tensor minimum(const Tensor& a, const Tensor& b);
Tensor fmax(const Tensor& a, const Tensor& b);
Tensor fmin(const Tensor& a, const Tensor& b);
Tensor atan2(const Tensor& a, const Tensor& b);
Tensor hypot(const Tensor& a, const Tensor& b);
Tensor fmod(const Tensor& a, const Tensor& b);
Tensor lerp(const Tensor& start, const Tensor& end, const Tensor& weight);
Tensor clamp_min(const Tensor& t, const Tensor& min);   // ClampMinBackward1
// clamp with tensor bounds, either of them optional: ClampBackward0.
Tensor clamp(const Tensor& t, const std::optional<Tensor>& min, const std::optional<Tensor>& max);
Tensor clamp_max(const Tensor& t, const Tensor& max);
Tensor logical_and(const Tensor& a, const Tensor& b);
Tensor logical_or(const Tensor& a, const Tensor& b);
Tensor logical_xor(const Tensor& a, const Tensor& b);
enum class BitwiseOp { And, Or, Xor, LeftShift, RightShift };
Tensor bitwise(const Tensor& a, const Tensor& b, BitwiseOp op);
Tensor bitwise_not(const Tensor& t);
Tensor isclose(const Tensor& a, const Tensor& b, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false);

// ---- statistics and scans (ops/statistics.cpp) -------------------------------------------
// std/var over dims (nullopt or empty: all) with PyTorch's correction (1: unbiased).
Tensor std_var(const Tensor& t, std::optional<Shape> dims, double correction, bool keepdim, bool take_sqrt,
               bool with_mean_node = false);
// std_mean / var_mean's mean output (recorded under StdMeanBackward0 / VarMeanBackward0).
Tensor std_var_mean_part(const Tensor& t, std::optional<Shape> dims, bool keepdim, bool take_sqrt);
Tensor logsumexp(const Tensor& t, const Shape& dims, bool keepdim = false);
Tensor amax(const Tensor& t, const Shape& dims, bool keepdim = false);
Tensor amin(const Tensor& t, const Shape& dims, bool keepdim = false);
Tensor nansum(const Tensor& t, std::optional<Shape> dims, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
Tensor cumsum(const Tensor& t, int64_t dim, std::optional<DType> dtype = std::nullopt);
Tensor cumprod(const Tensor& t, int64_t dim, std::optional<DType> dtype = std::nullopt);
std::pair<Tensor, Tensor> cummax_cummin(const Tensor& t, int64_t dim, bool is_max);
Tensor logcumsumexp(const Tensor& t, int64_t dim);
Tensor count_nonzero(const Tensor& t, std::optional<Shape> dims);

// ---- special functions and fused updates (ops/pointwise_special.cpp) ----------------------
Tensor xlogy(const Tensor& self, const Tensor& other);  // a wrapped-number self or other: XlogyBackward1/2
Tensor logaddexp(const Tensor& a, const Tensor& b);
Tensor logaddexp2(const Tensor& a, const Tensor& b);
Tensor deg2rad(const Tensor& t);
Tensor rad2deg(const Tensor& t);
Tensor sinc(const Tensor& t);
Tensor copysign(const Tensor& a, const Tensor& b);
Tensor heaviside(const Tensor& input, const Tensor& values);
Tensor signbit(const Tensor& t);
Tensor lgamma(const Tensor& t);
Tensor digamma(const Tensor& t);
Tensor polygamma(int64_t n, const Tensor& t);
Tensor addcmul(const Tensor& self, const Tensor& t1, const Tensor& t2, double value = 1.0);
Tensor addcdiv(const Tensor& self, const Tensor& t1, const Tensor& t2, double value = 1.0);

// ---- counting and bucketing (ops/histogram.cpp) ------------------------------------------
// torch.bincount(t, weights, minlength): counts (int64) or summed weights of each value of t.
Tensor bincount(const Tensor& t, const Tensor& weights = Tensor(), int64_t minlength = 0);
// torch.searchsorted: int64 insertion points of values in the last dim of sorted_sequence (1-D, or
// the values' leading dims); right: after equal entries; sorter: argsort of an unsorted sequence.
Tensor searchsorted(const Tensor& sorted_sequence, const Tensor& values, bool right = false,
                    const Tensor& sorter = Tensor());
Tensor histc(const Tensor& t, int64_t bins = 100, double min = 0, double max = 0);

// ---- distances (ops/distance.cpp) -------------------------------------------------------
// compute_mode: 0 use_mm_for_euclid_dist_if_necessary, 1 use_mm_for_euclid_dist, 2 donot_use_mm_for_euclid_dist.
Tensor cdist(const Tensor& x1, const Tensor& x2, double p = 2.0, int compute_mode = 0);
Tensor cdist_backward(const Tensor& grad, const Tensor& x1, const Tensor& x2, double p, const Tensor& dist);
Tensor dist(const Tensor& a, const Tensor& b, double p = 2.0);

// ---- sorting and order statistics (ops/sorting.cpp) ---------------------------------------
std::pair<Tensor, Tensor> sort(const Tensor& t, int64_t dim = -1, bool descending = false, bool stable = false);
Tensor argsort(const Tensor& t, int64_t dim = -1, bool descending = false);
std::pair<Tensor, Tensor> nanmedian(const Tensor& t, int64_t dim, bool keepdim = false);
Tensor nanmedian(const Tensor& t);
std::pair<Tensor, Tensor> topk(const Tensor& t, int64_t k, int64_t dim = -1, bool largest = true);
std::pair<Tensor, Tensor> kthvalue(const Tensor& t, int64_t k, int64_t dim = -1, bool keepdim = false);
std::pair<Tensor, Tensor> median(const Tensor& t, int64_t dim, bool keepdim = false);
Tensor median(const Tensor& t);
std::pair<Tensor, Tensor> mode(const Tensor& t, int64_t dim = -1, bool keepdim = false);
struct UniqueResult {
  Tensor values, inverse, counts;
};
UniqueResult unique(const Tensor& t, bool consecutive = false);  // sorted, or runs in order
UniqueResult unique_dim(const Tensor& t, int64_t dim);  // unique slices along dim

// ---- gather, scatter, flip (ops/gather_scatter.cpp, ops/reorder.cpp) ----------------------
Tensor gather(const Tensor& t, int64_t dim, const Tensor& index);
Tensor scatter_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src);
Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, const std::string& reduce = "");
Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, double value, const std::string& reduce = "");
Tensor flip(const Tensor& t, const Shape& dims);
Tensor bmm(const Tensor& a, const Tensor& b);          // BmmBackward0

// ---- copying shape ops and index_* (ops/joining.cpp) ---------------------------------------
Tensor repeat(const Tensor& t, const Shape& repeats);
Tensor roll(const Tensor& t, const Shape& shifts, const Shape& dims);
Tensor rot90(const Tensor& t, int64_t k, const Shape& dims);
Tensor triangle(const Tensor& t, int64_t diagonal, bool upper);  // triu / tril
Tensor diagonal(const Tensor& t, int64_t offset = 0, int64_t dim1 = 0, int64_t dim2 = 1);  // a view
Tensor diag_embed(const Tensor& t, int64_t offset = 0, int64_t dim1 = -2, int64_t dim2 = -1);
Tensor trace(const Tensor& t);
Tensor index_select(const Tensor& t, int64_t dim, const Tensor& index);
Tensor index_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, double alpha = 1.0);
Tensor index_fill(const Tensor& self, int64_t dim, const Tensor& index, double value);
Tensor index_copy(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source);
// Views of consecutive pieces (SplitBackward0 from split(int)/chunk, SplitWithSizesBackward0).
std::vector<Tensor> split_with_sizes(const Tensor& t, const Shape& sizes, int64_t dim, bool from_int);
Tensor unsafe_view(const Tensor& t, const Shape& shape);  // UnsafeViewBackward0 (a fresh result's view)

// ---- comparison and selection (ops/compare.cpp) ------------------------------------------
enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };
Tensor compare(const Tensor& a, const Tensor& b, CompareOp op);
Tensor compare(const Tensor& a, const Scalar& b, CompareOp op);
Tensor logical_not(const Tensor& t);
Tensor where(const Tensor& condition, const Tensor& a, const Tensor& b);
Tensor masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value);  // value 0-dim
Tensor isfinite(const Tensor& t);

// ---- reductions (ops/reduction.cpp) ------------------------------------------------------
Tensor sum(const Tensor& t);
Tensor sum(const Tensor& t, const Shape& dims, bool keepdim = false);
Tensor mean(const Tensor& t);
Tensor mean(const Tensor& t, const Shape& dims, bool keepdim = false);
Tensor prod(const Tensor& t);
Tensor prod(const Tensor& t, int64_t dim, bool keepdim = false);
Tensor norm(const Tensor& t, double p = 2.0);
Tensor norm(const Tensor& t, double p, const Shape& dims, bool keepdim = false);
// torch.linalg.vector_norm: every ord (inf, -inf, 0, negative), over dims (all when none given).
Tensor linalg_vector_norm(const Tensor& t, double ord, const std::optional<Shape>& dims = std::nullopt,
                          bool keepdim = false, std::optional<DType> dtype = std::nullopt);  // LinalgVectorNormBackward0
Tensor max(const Tensor& t);
Tensor min(const Tensor& t);
std::pair<Tensor, Tensor> max(const Tensor& t, int64_t dim, bool keepdim = false);
std::pair<Tensor, Tensor> min(const Tensor& t, int64_t dim, bool keepdim = false);
Tensor argmax(const Tensor& t, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
Tensor argmin(const Tensor& t, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
// Sums `t` down to `shape` (the inverse of broadcasting `shape` up to t's shape).
Tensor sum_to(const Tensor& t, const Shape& shape);

// ---- linear algebra (ops/linalg.cpp) -----------------------------------------------------
Tensor mm(const Tensor& a, const Tensor& b);
// beta * self + alpha * (mat @ vec): AddmvBackward0.
Tensor addmv(const Tensor& self, const Tensor& mat, const Tensor& vec, double beta = 1.0, double alpha = 1.0);
// beta * self + alpha * (batch1 @ batch2), self broadcast to the result: BaddbmmBackward0.
Tensor baddbmm(const Tensor& self, const Tensor& batch1, const Tensor& batch2, double beta = 1.0, double alpha = 1.0);
// beta * self + alpha * (mat1 @ mat2), self broadcast to the result: AddmmBackward0.
Tensor addmm(const Tensor& self, const Tensor& mat1, const Tensor& mat2, double beta = 1.0,
             double alpha = 1.0);
Tensor mv(const Tensor& a, const Tensor& v);
Tensor dot(const Tensor& a, const Tensor& b);
Tensor vdot(const Tensor& a, const Tensor& b);
Tensor matmul(const Tensor& a, const Tensor& b);
// The cross product along dim (whose size must be 3), inputs broadcast: LinalgCrossBackward0.
Tensor linalg_cross(const Tensor& a, const Tensor& b, int64_t dim = -1);

// ---- torch.linalg's LU family (ops/linalg_solve.cpp); A is (*, n, n) ------------------------
Tensor linalg_det(const Tensor& a);                                // LinalgDetBackward0
std::pair<Tensor, Tensor> linalg_slogdet(const Tensor& a);         // (sign, logabsdet)
// `api` names the caller in errors ("linalg.inv", "linalg.inv_ex", "inverse").
Tensor linalg_inv(const Tensor& a, const std::string& api = "linalg.inv");  // LinalgInvExBackward0
// X with A X = B; B is (*, n, k) or a vector (n) / (*, n).
// left=false: X with X A = B.
Tensor linalg_solve(const Tensor& a, const Tensor& b, bool left = true);  // LinalgSolveExBackward0

// ---- views and shapes (ops/shape.cpp) ----------------------------------------------------
Tensor view(const Tensor& t, const Shape& shape);  // one -1 allowed
Tensor reshape(const Tensor& t, const Shape& shape);
Tensor flatten(const Tensor& t, int64_t start_dim = 0, int64_t end_dim = -1);
Tensor t(const Tensor& t);
Tensor transpose(const Tensor& t, int64_t dim0, int64_t dim1);
Tensor permute(const Tensor& t, const Shape& dims);
Tensor unsqueeze(const Tensor& t, int64_t dim);
// The same views recorded under another op: the in-place forms' nodes (SqueezeBackward3,
// UnsqueezeBackward1, TransposeBackward1) for code that ATen writes with x.squeeze_(dim) etc.
Tensor squeeze_as(const Tensor& t, int64_t dim, Op op);
Tensor unsqueeze_as(const Tensor& t, int64_t dim, Op op);
Tensor transpose_as(const Tensor& t, int64_t dim0, int64_t dim1, Op op);
Tensor squeeze(const Tensor& t);
Tensor squeeze(const Tensor& t, int64_t dim);
Tensor expand(const Tensor& t, const Shape& sizes);  // -1 keeps a size
Tensor expand_as(const Tensor& t, const Tensor& other);

// ---- indexing and joining (ops/indexing.cpp) ---------------------------------------------
Tensor select(const Tensor& t, int64_t dim, int64_t index);
std::vector<Tensor> unbind(const Tensor& t, int64_t dim);  // views, UnbindBackward0
// Python's t[index] along dim: select() with Python's IndexError text.
Tensor index_int(const Tensor& t, int64_t index, int64_t dim = 0);
Tensor slice(const Tensor& t, int64_t dim, std::optional<int64_t> start, std::optional<int64_t> end,
             int64_t step = 1);
Tensor stack(const std::vector<Tensor>& tensors, int64_t dim = 0);

// ---- advanced indexing (ops/advanced_indexing.cpp) -----------------------------------------
// Positions index the first k dims of t flattened: t[long_tensor] is k = 1; t[mask] uses
// k = mask.dim() and mask_positions(mask). Result shape: positions.shape + t.shape[k:].
Tensor index_leading(const Tensor& t, int64_t k, const Tensor& positions);
// torch.take: t read as flat, at a long index of any shape (negatives wrap): TakeBackward0.
Tensor take(const Tensor& t, const Tensor& index);
const Tensor& index_put_leading_(const Tensor& self, int64_t k, const Tensor& positions,
                                 const Tensor& values);
Tensor mask_positions(const Tensor& mask, const Shape& indexed_shape);
// self with its masked places (mask broadcast) taken from source's elements in order:
// MaskedScatterBackward0.
Tensor masked_scatter(const Tensor& self, const Tensor& mask, const Tensor& source);
// The elements at the mask's true places (both broadcast), as a 1-D tensor: MaskedSelectBackward0.
Tensor masked_select(const Tensor& self, const Tensor& mask);
Tensor nonzero(const Tensor& t);  // (count, dim) int64 coordinates
// t indexed over dims [d, d + k) (flattened) by `positions`, whose shape takes their place
// (x[:, idx], x[:, rows, cols]); IndexBackward0. And assignment through it.
Tensor index_at_dim(const Tensor& t, int64_t d, int64_t k, const Tensor& positions);
Tensor index_at_dim_backward(const Tensor& grad, const Shape& input_shape, int64_t d, int64_t k, const Tensor& positions);
const Tensor& index_put_at_dim_(const Tensor& self, int64_t d, int64_t k, const Tensor& positions, const Tensor& values);
Tensor cat(const std::vector<Tensor>& tensors, int64_t dim = 0);
Tensor block_diag(const std::vector<Tensor>& tensors);

// ---- neural-net functions (ops/nn.cpp) ---------------------------------------------------
Tensor softmax(const Tensor& t, int64_t dim);
Tensor log_softmax(const Tensor& t, int64_t dim);
// ---- losses (ops/loss.cpp) -----------------------------------------------------------------
enum class Reduction;
Tensor smooth_l1_loss(const Tensor& input, const Tensor& target, Reduction reduction, double beta = 1.0);
Tensor huber_loss(const Tensor& input, const Tensor& target, Reduction reduction, double delta = 1.0);
Tensor binary_cross_entropy(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction reduction);
Tensor binary_cross_entropy_with_logits(const Tensor& input, const Tensor& target, const Tensor& weight,
                                        const Tensor& pos_weight, Reduction reduction);
// ---- normalization and embedding (ops/normalization.cpp) ------------------------------------
Tensor layer_norm(const Tensor& input, const Shape& normalized_shape, const Tensor& weight, const Tensor& bias,
                  double eps = 1e-5);
// running_mean/running_var are updated in place when training (and defined).
Tensor batch_norm(const Tensor& input, const Tensor& running_mean, const Tensor& running_var, const Tensor& weight,
                  const Tensor& bias, bool training, double momentum = 0.1, double eps = 1e-5);
Tensor embedding(const Tensor& weight, const Tensor& indices, int64_t padding_idx = -1);
Tensor embedding_backward(const Tensor& grad, const Tensor& indices, const Shape& weight_shape, int64_t padding_idx);
// ---- convolution and pooling (ops/conv.cpp, ops/pooling.cpp) ---------------------------------
struct ConvParams {
  std::array<int64_t, 2> stride{1, 1}, padding{0, 0}, dilation{1, 1};  // 1-D uses element 0
  int64_t groups = 1;
};
// input [N, C, (H,) W] or unbatched; weight [O, C/groups, (kH,) kW]: ConvolutionBackward0.
Tensor convolution(const Tensor& input, const Tensor& weight, const Tensor& bias, ConvParams params);
struct OpAttrs;
std::vector<Tensor> convolution_backward(const Tensor& grad, const Tensor& input, const Tensor& weight,
                                         const OpAttrs& attrs, bool need_input, bool need_weight, bool need_bias);
struct PoolParams {
  std::array<int64_t, 2> kernel{1, 1}, stride{1, 1}, padding{0, 0}, dilation{1, 1};
  bool ceil_mode = false;
};
Tensor max_pool2d(const Tensor& input, const PoolParams& params);
Tensor avg_pool2d(const Tensor& input, const PoolParams& params, bool count_include_pad = true,
                  int64_t divisor_override = 0);
Tensor adaptive_avg_pool2d(const Tensor& input, int64_t out_h, int64_t out_w);
Tensor constant_pad_nd(const Tensor& input, const Shape& pads, double value = 0.0);  // ConstantPadNdBackward0
enum class Op;
Tensor pool2d_backward(Op op, const Tensor& grad, const Shape& input_shape, const OpAttrs& attrs);
// ---- activations (ops/activation.cpp) -------------------------------------------------------
Tensor erf(const Tensor& t);
Tensor leaky_relu(const Tensor& t, double negative_slope = 0.01);
// elu(x) = x * scale above 0, (exp(x * input_scale) - 1) * alpha * scale below (selu's constants).
Tensor elu(const Tensor& t, double alpha = 1.0, double scale = 1.0, double input_scale = 1.0);
Tensor celu(const Tensor& t, double alpha = 1.0);  // elu(alpha, 1, 1/alpha) as CeluBackward0
Tensor gelu(const Tensor& t, bool tanh_approximation = false);
Tensor silu(const Tensor& t);
Tensor softplus(const Tensor& t, double beta = 1.0, double threshold = 20.0);
Tensor hardtanh(const Tensor& t, double min_value = -1.0, double max_value = 1.0);
Tensor hardsigmoid(const Tensor& t);
Tensor hardswish(const Tensor& t);
Tensor mish(const Tensor& t);
Tensor log_sigmoid(const Tensor& t);
Tensor softshrink(const Tensor& t, double lambd = 0.5);
Tensor hardshrink(const Tensor& t, double lambd = 0.5);
// glu(x, dim): the first half of dim times the sigmoid of the second (GluBackward0).
Tensor glu(const Tensor& t, int64_t dim = -1);
// prelu(x, weight): x above 0, weight * x below; weight is one number or one per channel (dim 1).
Tensor prelu(const Tensor& t, const Tensor& weight);
Tensor prelu_input_grad(const Tensor& grad, const Tensor& t, const Tensor& weight);
Tensor prelu_weight_grad(const Tensor& grad, const Tensor& t, const Tensor& weight);
enum class Reduction { None = 0, Mean = 1, Sum = 2 };
Tensor mse_loss(const Tensor& input, const Tensor& target, Reduction reduction = Reduction::Mean);
// weight: per-class (undefined: all 1); rows whose target is ignore_index take no part.
Tensor nll_loss(const Tensor& log_probs, const Tensor& target, Reduction reduction = Reduction::Mean,
                const Tensor& weight = Tensor(), int64_t ignore_index = -100);
Tensor cross_entropy(const Tensor& input, const Tensor& target, Reduction reduction = Reduction::Mean,
                     const Tensor& weight = Tensor(), int64_t ignore_index = -100);

// ---- in-place (ops/inplace.cpp): bump the version counter, rebase history ------------------
// Tensors are handles: the data they point at is what changes, so self is taken by const&.
const Tensor& add_(const Tensor& self, const Tensor& other, const Scalar& alpha = Scalar(int64_t{1}));
const Tensor& sub_(const Tensor& self, const Tensor& other, const Scalar& alpha = Scalar(int64_t{1}));
const Tensor& mul_(const Tensor& self, const Tensor& other);
const Tensor& div_(const Tensor& self, const Tensor& other);
const Tensor& zero_(const Tensor& self);
const Tensor& fill_(const Tensor& self, const Scalar& value);
const Tensor& copy_(const Tensor& self, const Tensor& src);
class Generator;
const Tensor& uniform_(const Tensor& self, double from = 0.0, double to = 1.0, Generator* gen = nullptr);
const Tensor& normal_(const Tensor& self, double mean = 0.0, double std = 1.0, Generator* gen = nullptr);
const Tensor& bernoulli_(const Tensor& self, double p = 0.5, Generator* gen = nullptr);
const Tensor& bernoulli_(const Tensor& self, const Tensor& p, Generator* gen = nullptr);  // p broadcast to self
const Tensor& exponential_(const Tensor& self, double lambd = 1.0, Generator* gen = nullptr);
const Tensor& geometric_(const Tensor& self, double p, Generator* gen = nullptr);
const Tensor& cauchy_(const Tensor& self, double median = 0.0, double sigma = 1.0, Generator* gen = nullptr);
const Tensor& log_normal_(const Tensor& self, double mean = 1.0, double std = 2.0, Generator* gen = nullptr);
// Tensor.random_(from, to) / random_(to) / random_() (full_range).
const Tensor& random_(const Tensor& self, int64_t from, int64_t to, bool full_range, Generator* gen = nullptr);
// Optimizer updates (no autograd): self += value * t1 * t2, self += value * t1 / t2.
const Tensor& addcmul_(const Tensor& self, const Tensor& t1, const Tensor& t2, double value = 1.0);
const Tensor& addcdiv_(const Tensor& self, const Tensor& t1, const Tensor& t2, double value = 1.0);

// ---- C++ operator sugar -------------------------------------------------------------------
inline Tensor operator+(const Tensor& a, const Tensor& b) { return add(a, b); }
inline Tensor operator-(const Tensor& a, const Tensor& b) { return sub(a, b); }
inline Tensor operator*(const Tensor& a, const Tensor& b) { return mul(a, b); }
inline Tensor operator/(const Tensor& a, const Tensor& b) { return div(a, b); }
inline Tensor operator-(const Tensor& a) { return neg(a); }
inline Tensor operator+(const Tensor& a, double b) { return add(a, Scalar(b)); }
inline Tensor operator-(const Tensor& a, double b) { return sub(a, Scalar(b)); }
inline Tensor operator*(const Tensor& a, double b) { return mul(a, Scalar(b)); }
inline Tensor operator/(const Tensor& a, double b) { return div(a, Scalar(b)); }
inline Tensor operator*(double a, const Tensor& b) { return mul(b, Scalar(a)); }
inline Tensor operator+(double a, const Tensor& b) { return add(b, Scalar(a)); }
inline Tensor operator-(double a, const Tensor& b) { return rsub(b, Scalar(a)); }

}  // namespace ag

namespace ag {

// ---- helpers used by backward formulas (ops/backward_helpers.cpp) -------------------------
// A zero tensor of `sizes` with `grad` written into the selected index / slice (differentiable).
Tensor select_backward(const Tensor& grad, const Shape& sizes, int64_t dim, int64_t index);
Tensor slice_backward(const Tensor& grad, const Shape& sizes, int64_t dim, int64_t start,
                      int64_t end, int64_t step);
// A bool tensor of `sizes`, true where `indices` (shape of sizes without/with-1 at dim) point.
// Gradient of a strided view of a base, both given by their geometry on a storage of
// storage_numel elements: zeros shaped like the base with `grad` written into the view's elements.
Tensor as_strided_backward(const Tensor& grad, const Shape& base_shape, const Strides& base_strides,
                           int64_t base_offset, const Shape& shape, const Strides& strides,
                           int64_t offset, int64_t storage_numel);
Tensor tanh_backward(const Tensor& grad, const Tensor& result);
Tensor index_leading_backward(const Tensor& grad, const Shape& input_shape, int64_t k,
                              const Tensor& positions);
Tensor index_zero_rows(const Tensor& t, int64_t k, const Tensor& positions);  // grad * (1 - result^2)
Tensor index_mask(const Tensor& indices, const Shape& sizes, int64_t dim, bool keepdim);
// Undoes a reduction's removal of `dims`: unsqueezes them back unless keepdim.
Tensor unsqueeze_dims(const Tensor& t, const Shape& dims, int64_t ndim, bool keepdim);

}  // namespace ag
