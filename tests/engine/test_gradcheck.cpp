// Finite-difference gradient checks in float64 for every row of the derivatives table, so an
// op whose derivative is missing or wrong fails the suite. Each row needs a sample below.
#include <catch2/catch.hpp>

#include <cmath>
#include <functional>
#include <map>

#include "autograd/derivatives.h"
#include "autograd/forward_ad.h"
#include "autograd/function.h"
#include "helpers.h"

using namespace ag;

namespace {

using Fn = std::function<Tensor(const std::vector<Tensor>&)>;

struct InputSpec {
  Shape shape;
  double lo = -1.0, hi = 1.0;  // sampled uniformly; keeps inputs off kinks and poles
  bool differentiable = true;
  Tensor fixed;                // non-random (e.g. targets)
};

struct Sample {
  std::vector<InputSpec> inputs;
  Fn fn;
  double eps = 1e-6, atol = 1e-5, rtol = 1e-3;
  bool second_order = true;    // also check the derivative of the derivative
};

InputSpec in(Shape shape, double lo = -1.0, double hi = 1.0) { return {std::move(shape), lo, hi}; }

std::map<Op, Sample> samples() {
  const Tensor targets = from_int64s({2, 0}, {2}, DType::Int64);
  std::map<Op, Sample> s;
  s[Op::Add] = {{in({2, 3}), in({3})}, [](auto& x) { return add(x[0], x[1], Scalar(2.0)); }};
  s[Op::Sub] = {{in({2, 3}), in({1, 3})}, [](auto& x) { return sub(x[0], x[1], Scalar(0.5)); }};
  s[Op::Rsub] = {{in({2, 3})}, [](auto& x) { return rsub(x[0], Scalar(3.0)); }};
  s[Op::Mul] = {{in({2, 3}), in({2, 1})}, [](auto& x) { return mul(x[0], x[1]); }};
  s[Op::Div] = {{in({2, 3}), in({3}, 0.5, 2.0)}, [](auto& x) { return div(x[0], x[1]); }};
  s[Op::MulScalar] = {{in({2, 3})}, [](auto& x) { return mul_scalar(x[0], Scalar(-1.5)); }};
  s[Op::DivScalar] = {{in({2, 3})}, [](auto& x) { return div_scalar(x[0], Scalar(4.0)); }};
  s[Op::PowScalar] = {{in({4}, 0.5, 2.0)}, [](auto& x) { return pow(x[0], Scalar(2.5)); }};
  s[Op::PowTensor] = {{in({4}, 0.5, 2.0), in({4})}, [](auto& x) { return pow(x[0], x[1]); }};
  s[Op::PowScalarBase] = {{in({4})}, [](auto& x) { return pow(Scalar(2.5), x[0]); }};
  s[Op::Neg] = {{in({3})}, [](auto& x) { return neg(x[0]); }};
  s[Op::Exp] = {{in({3})}, [](auto& x) { return exp(x[0]); }};
  s[Op::Log] = {{in({3}, 0.5, 2.0)}, [](auto& x) { return log(x[0]); }};
  s[Op::Sqrt] = {{in({3}, 0.5, 2.0)}, [](auto& x) { return sqrt(x[0]); }};
  s[Op::Sin] = {{in({3})}, [](auto& x) { return sin(x[0]); }};
  s[Op::Cos] = {{in({3})}, [](auto& x) { return cos(x[0]); }};
  s[Op::Tanh] = {{in({3})}, [](auto& x) { return tanh(x[0]); }};
  s[Op::TanhBackward] = {{in({3}), in({3})}, [](auto& x) { return tanh_backward(x[0], x[1]); }};
  s[Op::Sigmoid] = {{in({3})}, [](auto& x) { return sigmoid(x[0]); }};
  s[Op::Relu] = {{in({4}, 0.1, 1.0)}, [](auto& x) { return relu(sub(x[0], Scalar(0.55))); }};
  s[Op::Relu].inputs[0] = {{4}, 0.1, 0.5};
  s[Op::Abs] = {{in({4}, 0.2, 1.0)}, [](auto& x) { return abs(mul(x[0], Scalar(-1.0))); }};
  s[Op::Reciprocal] = {{in({3}, 0.5, 2.0)}, [](auto& x) { return reciprocal(x[0]); }};
  // Inputs kept away from the bounds, where the derivative jumps.
  // the rest of the elementwise math (ops/pointwise_math.cpp, ops/pointwise_binary.cpp)
  s[Op::Asin] = {{in({4}, -0.8, 0.8)}, [](auto& x) { return asin(x[0]); }};
  s[Op::Acos] = {{in({4}, -0.8, 0.8)}, [](auto& x) { return acos(x[0]); }};
  s[Op::Atan] = {{in({4}, -2.0, 2.0)}, [](auto& x) { return atan(x[0]); }};
  s[Op::Sinh] = {{in({4})}, [](auto& x) { return sinh(x[0]); }};
  s[Op::Cosh] = {{in({4})}, [](auto& x) { return cosh(x[0]); }};
  s[Op::Asinh] = {{in({4}, -2.0, 2.0)}, [](auto& x) { return asinh(x[0]); }};
  s[Op::Acosh] = {{in({4}, 1.5, 3.0)}, [](auto& x) { return acosh(x[0]); }};
  s[Op::Atanh] = {{in({4}, -0.8, 0.8)}, [](auto& x) { return atanh(x[0]); }};
  s[Op::Tan] = {{in({4})}, [](auto& x) { return tan(x[0]); }};
  s[Op::Log2] = {{in({4}, 0.5, 2.0)}, [](auto& x) { return log2(x[0]); }};
  s[Op::Log10] = {{in({4}, 0.5, 2.0)}, [](auto& x) { return log10(x[0]); }};
  s[Op::Log1p] = {{in({4}, -0.5, 2.0)}, [](auto& x) { return log1p(x[0]); }};
  s[Op::Expm1] = {{in({4})}, [](auto& x) { return expm1(x[0]); }};
  s[Op::Exp2] = {{in({4})}, [](auto& x) { return exp2(x[0]); }};
  s[Op::Rsqrt] = {{in({4}, 0.5, 2.0)}, [](auto& x) { return rsqrt(x[0]); }};
  s[Op::Erfc] = {{in({4})}, [](auto& x) { return erfc(x[0]); }};
  s[Op::Erfinv] = {{in({4}, -0.8, 0.8)}, [](auto& x) { return erfinv(x[0]); }};
  s[Op::Logit] = {{in({4}, 0.2, 0.8)}, [](auto& x) { return logit(x[0]); }};
  // Rounding is flat between the steps: the inputs stay away from them.
  s[Op::Floor] = {{in({4}, 0.1, 0.9)}, [](auto& x) { return mul(floor(x[0]), x[0]); }};
  s[Op::Ceil] = {{in({4}, 0.1, 0.9)}, [](auto& x) { return mul(ceil(x[0]), x[0]); }};
  s[Op::Trunc] = {{in({4}, 0.1, 0.9)}, [](auto& x) { return mul(trunc(x[0]), x[0]); }};
  s[Op::Round] = {{in({4}, 0.6, 0.9)}, [](auto& x) { return mul(round(x[0]), x[0]); }};
  s[Op::RoundDecimals] = {{in({4}, 0.11, 0.14)}, [](auto& x) { return mul(round(x[0], 1), x[0]); }};
  s[Op::Frac] = {{in({4}, 0.1, 0.9)}, [](auto& x) { return frac(add(x[0], Scalar(2.0))); }};
  s[Op::Sign] = {{in({4}, 0.2, 1.0)}, [](auto& x) { return mul(sign(x[0]), x[0]); }};
  s[Op::Sgn] = {{in({4}, 0.2, 1.0)}, [](auto& x) { return mul(sgn(x[0]), x[0]); }};
  s[Op::NanToNum] = {{in({4})}, [](auto& x) { return nan_to_num(x[0], 0.0, std::nullopt, std::nullopt); }};
  // Ties and the points where the pick changes are avoided: the inputs' ranges do not overlap.
  s[Op::Maximum] = {{in({4}, -1.0, 0.0), in({4}, 0.5, 1.0)}, [](auto& x) { return maximum(mul(x[0], x[1]), x[0]); }};
  s[Op::Minimum] = {{in({4}, -1.0, 0.0), in({4}, 0.5, 1.0)}, [](auto& x) { return minimum(x[0], x[1]); }};
  s[Op::Fmax] = {{in({4}, -1.0, 0.0), in({4}, 0.5, 1.0)}, [](auto& x) { return fmax(x[0], x[1]); }};
  s[Op::Fmin] = {{in({4}, -1.0, 0.0), in({4}, 0.5, 1.0)}, [](auto& x) { return fmin(x[0], x[1]); }};
  s[Op::Atan2] = {{in({4}), in({4}, 0.5, 2.0)}, [](auto& x) { return atan2(x[0], x[1]); }};
  s[Op::Hypot] = {{in({4}, 0.5, 2.0), in({4}, 0.5, 2.0)}, [](auto& x) { return hypot(x[0], x[1]); }};
  s[Op::FmodScalar] = {{in({4}, 0.1, 0.9)}, [](auto& x) { return fmod(x[0], Tensor::wrap_scalar(Scalar(0.95))); }};
  s[Op::FmodTensor] = {{in({4}, 1.1, 1.4), in({4}, 0.6, 0.9)}, [](auto& x) { return fmod(x[0], x[1]); }};
  s[Op::RemainderScalar] = {{in({4}, 0.1, 0.9)}, [](auto& x) { return remainder(x[0], Tensor::wrap_scalar(Scalar(0.95))); }};
  s[Op::RemainderTensor] = {{in({4}, 1.1, 1.4), in({4}, 0.6, 0.9)}, [](auto& x) { return remainder(x[0], x[1]); }};
  s[Op::LerpScalar] = {{in({4}), in({4})}, [](auto& x) { return lerp(x[0], x[1], Tensor::wrap_scalar(Scalar(0.3))); }};
  s[Op::LerpTensor] = {{in({4}), in({4}), in({4})}, [](auto& x) { return lerp(x[0], x[1], x[2]); }};
  s[Op::ClampMinTensor] = {{in({4}, -1.0, 0.0), in({4}, 0.5, 1.0)}, [](auto& x) { return clamp_min(mul(x[0], Scalar(3.0)), x[1]); }};
  s[Op::ClampTensor] = {{in({4}, -1.0, 1.0), in({4}, -0.6, -0.4), in({4}, 0.4, 0.6)},
                        [](auto& x) { return clamp(mul(x[0], Scalar(2.0)), x[1], x[2]); }};
  s[Op::ClampMaxTensor] = {{in({4}, -1.0, 0.0), in({4}, 0.5, 1.0)}, [](auto& x) { return clamp_max(x[1], x[0]); }};
  // special functions and fused updates (ops/pointwise_special.cpp)
  s[Op::Xlogy] = {{in({4}, 0.5, 2.0), in({4}, 0.5, 2.0)}, [](auto& x) { return xlogy(x[0], x[1]); }};
  s[Op::XlogyScalarSelf] = {{in({4}, 0.5, 2.0)}, [](auto& x) { return xlogy(Tensor::wrap_scalar(Scalar(1.5)), x[0]); }};
  s[Op::XlogyScalarOther] = {{in({4}, 0.5, 2.0)}, [](auto& x) { return xlogy(x[0], Tensor::wrap_scalar(Scalar(2.5))); }};
  s[Op::Logaddexp] = {{in({4}), in({4})}, [](auto& x) { return logaddexp(x[0], x[1]); }};
  s[Op::Logaddexp2] = {{in({4}), in({4})}, [](auto& x) { return logaddexp2(x[0], x[1]); }};
  s[Op::Deg2Rad] = {{in({4})}, [](auto& x) { return deg2rad(x[0]); }};
  s[Op::Rad2Deg] = {{in({4})}, [](auto& x) { return rad2deg(x[0]); }};
  s[Op::Sinc] = {{in({4}, 0.2, 1.5)}, [](auto& x) { return sinc(x[0]); }};
  s[Op::Copysign] = {{in({4}, 0.5, 2.0), in({4}, 0.5, 2.0)}, [](auto& x) { return copysign(x[0], neg(x[1])); }};
  s[Op::CopysignScalar] = {{in({4}, 0.5, 2.0)}, [](auto& x) { return copysign(x[0], Tensor::wrap_scalar(Scalar(-1.0))); }};
  s[Op::Lgamma] = {{in({4}, 0.5, 3.0)}, [](auto& x) { return lgamma(x[0]); }};
  s[Op::Digamma] = {{in({4}, 0.5, 3.0)}, [](auto& x) { return digamma(x[0]); }};
  s[Op::Polygamma] = {{in({4}, 0.5, 3.0)}, [](auto& x) { return polygamma(2, x[0]); }};
  s[Op::Addcmul] = {{in({4}), in({4}), in({4})}, [](auto& x) { return addcmul(x[0], x[1], x[2], 0.7); }};
  s[Op::Addcdiv] = {{in({4}), in({4}), in({4}, 0.5, 2.0)}, [](auto& x) { return addcdiv(x[0], x[1], x[2], 0.7); }};
  // distances and block_diag (ops/distance.cpp, ops/joining.cpp)
  s[Op::Cdist] = {{in({3, 2}), in({4, 2})}, [](auto& x) { return cdist(x[0], x[1], 1.5); }};
  s[Op::EuclideanDist] = {{in({3, 2}), in({4, 2})}, [](auto& x) { return cdist(x[0], x[1], 2.0, 1); }};
  s[Op::Dist] = {{in({4}), in({4})}, [](auto& x) { return dist(x[0], x[1], 3.0); }};
  s[Op::BlockDiag] = {{in({2, 2}), in({3}), in({})}, [](auto& x) { return block_diag({x[0], x[1], x[2]}); }};
  // statistics, scans, sorting, gather/scatter (ops/statistics.cpp, sorting.cpp, gather_scatter.cpp)
  s[Op::Std] = {{in({2, 3})}, [](auto& x) { return std_var(x[0], Shape{1}, 1.0, false, true); }};
  s[Op::Var] = {{in({2, 3})}, [](auto& x) { return std_var(x[0], std::nullopt, 0.0, false, false); }};
  s[Op::StdMeanStd] = {{in({2, 3})}, [](auto& x) { return std_var(x[0], Shape{0}, 1.0, true, true, true); }};
  s[Op::StdMeanMean] = {{in({2, 3})}, [](auto& x) { return std_var_mean_part(x[0], Shape{1}, false, true); }};
  s[Op::VarMeanVar] = {{in({2, 3})}, [](auto& x) { return std_var(x[0], Shape{1}, 1.0, false, false, true); }};
  s[Op::VarMeanMean] = {{in({2, 3})}, [](auto& x) { return std_var_mean_part(x[0], std::nullopt, false, false); }};
  s[Op::Logsumexp] = {{in({2, 3})}, [](auto& x) { return logsumexp(x[0], {1}, false); }};
  // amax/amin/sort/...: distinct values (random), so the picks do not change under the probe.
  s[Op::Amax] = {{in({2, 3})}, [](auto& x) { return amax(x[0], {1}, true); }};
  s[Op::Amin] = {{in({2, 3})}, [](auto& x) { return amin(x[0], {0}, false); }};
  s[Op::Nansum] = {{in({2, 3})}, [](auto& x) { return nansum(x[0], Shape{1}, false); }};
  s[Op::Cumsum] = {{in({2, 3})}, [](auto& x) { return cumsum(x[0], 1); }};
  s[Op::Cumprod] = {{in({2, 3}, 0.5, 1.5)}, [](auto& x) { return cumprod(x[0], 1); }};
  s[Op::Cummax] = {{in({2, 4})}, [](auto& x) { return cummax_cummin(x[0], 1, true).first; }};
  s[Op::Cummin] = {{in({2, 4})}, [](auto& x) { return cummax_cummin(x[0], 0, false).first; }};
  s[Op::Sort] = {{in({2, 4})}, [](auto& x) { return mul(sort(x[0], 1, true).first, x[0]); }};
  s[Op::SortStable] = {{in({5})}, [](auto& x) { return sort(x[0], 0, false, true).first; }};
  s[Op::Topk] = {{in({2, 4})}, [](auto& x) { return topk(x[0], 2, 1).first; }};
  s[Op::Kthvalue] = {{in({2, 4})}, [](auto& x) { return kthvalue(x[0], 2, 1).first; }};
  s[Op::MedianAll] = {{in({5})}, [](auto& x) { return median(x[0]); }};
  s[Op::MedianDim] = {{in({3, 5})}, [](auto& x) { return median(x[0], 1, true).first; }};
  s[Op::Mode] = {{in({2, 4})}, [](auto& x) { return mode(x[0], 1).first; }};
  s[Op::NanmedianAll] = {{in({2, 3})}, [](auto& x) { return nanmedian(x[0]); }};
  s[Op::NanmedianDim] = {{in({2, 3})}, [](auto& x) { return nanmedian(x[0], 1, false).first; }};
  s[Op::Logcumsumexp] = {{in({2, 3})}, [](auto& x) { return logcumsumexp(x[0], 1); }};
  {
    const Tensor index = from_int64s({2, 0, 1, 1}, {2, 2}, DType::Int64);
    s[Op::Gather] = {{in({2, 3})}, [index](auto& x) { return gather(x[0], 1, index); }};
    s[Op::ScatterAdd] = {{in({2, 3}), in({2, 2})}, [index](auto& x) { return scatter_add(x[0], 1, index, x[1]); }};
    // scatter overwrites: with a repeated index only the last write counts, so none here.
    const Tensor distinct = from_int64s({2, 0, 1, 2}, {2, 2}, DType::Int64);
    s[Op::ScatterSrc] = {{in({2, 3}), in({2, 2})}, [distinct](auto& x) { return scatter(x[0], 1, distinct, x[1]); }};
    s[Op::ScatterValue] = {{in({2, 3})}, [index](auto& x) { return scatter(x[0], 1, index, 0.5); }};
  }
  s[Op::Flip] = {{in({2, 3})}, [](auto& x) { return flip(x[0], {0, 1}); }};
  s[Op::Bmm] = {{in({2, 2, 3}), in({2, 3, 2})}, [](auto& x) { return bmm(x[0], x[1]); }};
  // copying shape ops and index_* (ops/joining.cpp)
  s[Op::Repeat] = {{in({2, 3})}, [](auto& x) { return repeat(x[0], {2, 1, 2}); }};
  s[Op::Roll] = {{in({2, 3})}, [](auto& x) { return roll(x[0], {1, -1}, {0, 1}); }};
  s[Op::Rot90] = {{in({2, 3})}, [](auto& x) { return rot90(x[0], 1, {0, 1}); }};
  {
    const Tensor cols = from_int64s({2, 0, 2}, {3}, DType::Int64);
    s[Op::IndexDim] = {{in({2, 3, 2})}, [cols](auto& x) { return index_at_dim(x[0], 1, 1, cols); }};
  }
  s[Op::Triu] = {{in({3, 3})}, [](auto& x) { return triangle(x[0], 0, true); }};
  s[Op::Tril] = {{in({3, 4})}, [](auto& x) { return triangle(x[0], -1, false); }};
  s[Op::Diagonal] = {{in({3, 4})}, [](auto& x) { return diagonal(x[0], 1, 0, 1); }};
  s[Op::Diagonal].second_order = false;  // its backward writes the diagonal unrecorded
  s[Op::DiagEmbed] = {{in({2, 3})}, [](auto& x) { return diag_embed(x[0]); }};
  s[Op::Trace] = {{in({3, 3})}, [](auto& x) { return trace(x[0]); }};
  {
    const Tensor rows = from_int64s({2, 0, 2}, {3}, DType::Int64);
    const Tensor distinct = from_int64s({2, 0}, {2}, DType::Int64);
    s[Op::IndexSelect] = {{in({3, 2})}, [rows](auto& x) { return index_select(x[0], 0, rows); }};
    s[Op::IndexAdd] = {{in({3, 2}), in({3, 2})}, [rows](auto& x) { return index_add(x[0], 0, rows, x[1], 0.5); }};
    s[Op::IndexFill] = {{in({3, 2})}, [rows](auto& x) { return index_fill(x[0], 0, rows, 1.5); }};
    s[Op::IndexCopy] = {{in({3, 2}), in({2, 2})}, [distinct](auto& x) { return index_copy(x[0], 0, distinct, x[1]); }};
  }
  s[Op::Split] = {{in({5, 2})}, [](auto& x) { return split_with_sizes(x[0], {3, 2}, 0, true)[1]; }};
  s[Op::SplitWithSizes] = {{in({2, 5})}, [](auto& x) { return split_with_sizes(x[0], {1, 4}, 1, false)[1]; }};
  s[Op::Clamp] = {{in({6})}, [](auto& x) { return clamp(mul(x[0], Scalar(3.0)), -1.1, 1.3); }};
  s[Op::ClampMin] = {{in({6})}, [](auto& x) { return clamp_min(mul(x[0], Scalar(3.0)), 0.05); }};
  s[Op::ClampMax] = {{in({6})}, [](auto& x) { return clamp_max(mul(x[0], Scalar(3.0)), 0.05); }};
  s[Op::Sum] = {{in({2, 3})}, [](auto& x) { return sum(x[0]); }};
  s[Op::SumDim] = {{in({2, 3, 2})}, [](auto& x) { return sum(x[0], {0, 2}, false); }};
  s[Op::Mean] = {{in({2, 3})}, [](auto& x) { return mean(x[0]); }};
  s[Op::MeanDim] = {{in({2, 3})}, [](auto& x) { return mean(x[0], {1}, true); }};
  s[Op::Prod] = {{in({4}, 0.5, 2.0)}, [](auto& x) { return prod(x[0]); }};
  s[Op::ProdDim] = {{in({2, 3}, 0.5, 2.0)}, [](auto& x) { return prod(x[0], 1, false); }};
  s[Op::Norm] = {{in({2, 3})}, [](auto& x) { return norm(x[0]); }};
  s[Op::NormDim] = {{in({2, 3})}, [](auto& x) { return norm(x[0], 2.0, {1}, false); }};
  s[Op::MaxAll] = {{in({5})}, [](auto& x) { return max(x[0]); }};
  s[Op::MinAll] = {{in({5})}, [](auto& x) { return min(x[0]); }};
  s[Op::MaxDim] = {{in({2, 4})}, [](auto& x) { return max(x[0], 1, false).first; }};
  s[Op::MinDim] = {{in({3, 2})}, [](auto& x) { return min(x[0], 0, true).first; }};
  s[Op::Mm] = {{in({2, 3}), in({3, 2})}, [](auto& x) { return mm(x[0], x[1]); }};
  s[Op::Addmm] = {{in({2}), in({3, 4}), in({2, 4})}, [](auto& x) { return addmm(x[0], x[1], t(x[2])); }};
  s[Op::Addmv] = {{in({3}), in({3, 4}), in({4})}, [](auto& x) { return addmv(x[0], x[1], x[2], 0.5, 2.0); }};
  s[Op::Baddbmm] = {{in({1, 3}), in({2, 2, 4}), in({2, 4, 3})}, [](auto& x) { return baddbmm(x[0], x[1], x[2], 0.5, -1.5); }};
  s[Op::Mv] = {{in({2, 3}), in({3})}, [](auto& x) { return mv(x[0], x[1]); }};
  s[Op::Dot] = {{in({3}), in({3})}, [](auto& x) { return dot(x[0], x[1]); }};
  s[Op::Vdot] = {{in({3}), in({3})}, [](auto& x) { return vdot(x[0], x[1]); }};
  // torch.linalg: random matrices plus 3 I, well away from singular.
  auto well_conditioned = [](const Tensor& m) { return add(m, mul(eye(3, 3, m.dtype()), Scalar(3.0))); };
  s[Op::LinalgDet] = {{in({2, 3, 3})}, [well_conditioned](auto& x) { return linalg_det(well_conditioned(x[0])); }};
  s[Op::LinalgSlogdet] = {{in({3, 3})}, [well_conditioned](auto& x) { return linalg_slogdet(well_conditioned(x[0])).second; }};
  s[Op::LinalgInvEx] = {{in({3, 3})}, [well_conditioned](auto& x) { return linalg_inv(well_conditioned(x[0])); }};
  s[Op::LinalgVectorNorm] = {{in({2, 3}, 0.2, 1.0)}, [](auto& x) { return linalg_vector_norm(x[0], 3.5, Shape{1}); }};
  s[Op::LinalgCross] = {{in({2, 3}), in({2, 3})}, [](auto& x) { return linalg_cross(x[0], x[1]); }};
  s[Op::LinalgSolveEx] = {{in({3, 3}), in({3, 2})}, [well_conditioned](auto& x) { return linalg_solve(well_conditioned(x[0]), x[1]); }};
  s[Op::View] = {{in({2, 3})}, [](auto& x) { return view(x[0], {3, 2}); }};
  s[Op::ReshapeAlias] = {{in({2, 3})}, [](auto& x) { return reshape(x[0], {-1}); }};
  s[Op::UnsafeView] = {{in({2, 3})}, [](auto& x) { return reshape(t(x[0]), {6}); }};
  s[Op::T] = {{in({2, 3})}, [](auto& x) { return t(x[0]); }};
  s[Op::Transpose] = {{in({2, 3, 2})}, [](auto& x) { return transpose(x[0], 0, 2); }};
  s[Op::Permute] = {{in({2, 3, 2})}, [](auto& x) { return permute(x[0], {1, 2, 0}); }};
  s[Op::Unsqueeze] = {{in({2, 3})}, [](auto& x) { return unsqueeze(x[0], 1); }};
  s[Op::Squeeze] = {{in({2, 1, 3})}, [](auto& x) { return squeeze(x[0]); }};
  s[Op::SqueezeDim] = {{in({2, 1, 3})}, [](auto& x) { return squeeze(x[0], 1); }};
  s[Op::SqueezeDimInplace] = {{in({3}), in({3, 2})}, [](auto& x) { return matmul(x[0], x[1]); }};
  s[Op::UnsqueezeInplace] = {{in({2, 3})}, [](auto& x) { return unsqueeze_as(x[0], 1, Op::UnsqueezeInplace); }};
  s[Op::TransposeInplace] = {{in({2, 3})}, [](auto& x) { return transpose_as(x[0], 0, 1, Op::TransposeInplace); }};
  s[Op::Expand] = {{in({3, 1})}, [](auto& x) { return expand(x[0], {2, 3, 4}); }};
  s[Op::Select] = {{in({3, 4})}, [](auto& x) { return select(x[0], 1, 2); }};
  s[Op::Unbind] = {{in({3, 2})}, [](auto& x) { return unbind(x[0], 1)[1]; }};
  s[Op::Take] = {{in({3, 2})}, [](auto& x) { return take(x[0], from_int64s({5, -1, 0, 2}, {2, 2}, DType::Int64)); }};
  s[Op::Slice] = {{in({5, 2})}, [](auto& x) { return slice(x[0], 0, 1, 5, 2); }};
  s[Op::SelectBackward] = {{in({3})}, [](auto& x) { return select_backward(x[0], {3, 4}, 1, 2); }};
  s[Op::SliceBackward] = {{in({2, 2})}, [](auto& x) { return slice_backward(x[0], {5, 2}, 0, 1, 5, 2); }};
  // An in-place write through a view: the base gets CopySlices, the view AsStridedBackward0.
  // CopySlices computes with raw copies, so it is checked to first order only.
  s[Op::AsStrided] = {{in({3}), in({2})}, [](auto& x) {
    Tensor y = mul(x[0], Scalar(2.0));
    Tensor v = slice(y, 0, 1, 3, 1);
    mul_(v, x[1]);
    return add(sum(mul(y, y)), sum(mul(v, Scalar(3.0))));
  }};
  s[Op::AsStrided].second_order = false;
  s[Op::Index] = {{in({4, 2})}, [](auto& x) {
    return index_leading(x[0], 1, from_int64s({3, 0, 3}, {3}, DType::Int64));
  }};
  s[Op::IndexBackward] = {{in({2, 2})}, [](auto& x) {
    return index_leading_backward(x[0], {3, 2}, 1, from_int64s({2, 0}, {2}, DType::Int64));
  }};
  s[Op::IndexPut] = {{in({3, 2}), in({2})}, [](auto& x) {
    Tensor y = mul(x[0], Scalar(2.0));
    index_put_leading_(y, 1, from_int64s({1}, {1}, DType::Int64), x[1]);
    return mul(y, y);
  }};
  s[Op::Stack] = {{in({2}), in({2})}, [](auto& x) { return stack({x[0], x[1]}, 1); }};
  s[Op::Cat] = {{in({2, 1}), in({2, 3})}, [](auto& x) { return cat({x[0], x[1]}, 1); }};
  s[Op::Where] = {{in({4}), in({4})}, [](auto& x) {
    Tensor cond = from_doubles({1, 0, 0, 1}, {4}, DType::Bool);
    return where(cond, x[0], x[1]);
  }};
  s[Op::MaskedFill] = {{in({4})}, [](auto& x) { return masked_fill(x[0], compare(test::tensor({1, 0, 0, 1}, {4}), Scalar(0.0), CompareOp::Ne), Tensor::wrap_scalar(Scalar(2.0))); }};
  s[Op::MaskedFillTensor] = {{in({4}), in({})}, [](auto& x) { return masked_fill(x[0], compare(test::tensor({1, 0, 0, 1}, {4}), Scalar(0.0), CompareOp::Ne), x[1]); }};
  s[Op::MaskedScatter] = {{in({2, 3}), in({5})}, [](auto& x) { return masked_scatter(x[0], compare(test::tensor({1, 0, 1}, {3}), Scalar(0.0), CompareOp::Ne), x[1]); }};
  s[Op::MaskedSelect] = {{in({2, 1})}, [](auto& x) { return masked_select(x[0], compare(test::tensor({1, 0, 1}, {3}), Scalar(0.0), CompareOp::Ne)); }};
  s[Op::Clone] = {{in({3})}, [](auto& x) { return clone(x[0]); }};
  s[Op::ToCopy] = {{in({3})}, [](auto& x) { return to_dtype(x[0], DType::Float32); }, 1e-3, 1e-3, 1e-2};
  s[Op::CopyForGrad] = {{in({3})}, [](auto& x) { return copy_for_grad(x[0]); }};
  s[Op::Copy] = {{in({2, 3}), in({3})}, [](auto& x) {
    Tensor c = mul(x[0], x[0]);
    copy_(c, x[1]);
    return add(c, x[0]);
  }};
  s[Op::Fill] = {{in({3})}, [](auto& x) {
    Tensor c = mul(x[0], Scalar(2.0));
    fill_(c, Scalar(3.0));
    return mul(c, x[0]);
  }};
  s[Op::Zero] = {{in({3})}, [](auto& x) {
    Tensor c = mul(x[0], Scalar(2.0));
    zero_(c);
    return add(c, x[0]);
  }};
  s[Op::Softmax] = {{in({2, 3})}, [](auto& x) { return softmax(x[0], 1); }};
  s[Op::LogSoftmax] = {{in({2, 3})}, [](auto& x) { return log_softmax(x[0], 0); }};
  s[Op::MseLoss] = {{in({2, 3}), in({2, 3})}, [](auto& x) { return mse_loss(x[0], x[1]); }};
  s[Op::NllLoss] = {{in({2, 3})}, [targets](auto& x) { return nll_loss(x[0], targets); }};
  s[Op::SmoothL1Loss] = {{in({6}), in({6})}, [](auto& x) { return smooth_l1_loss(mul(x[0], Scalar(2.0)), x[1], Reduction::Mean, 0.7); }};
  s[Op::HuberLoss] = {{in({6}), in({6})}, [](auto& x) { return huber_loss(mul(x[0], Scalar(2.0)), x[1], Reduction::Sum, 0.7); }};
  s[Op::BinaryCrossEntropy] = {{in({5}, 0.1, 0.9)}, [](auto& x) {
    return binary_cross_entropy(x[0], from_doubles({0, 1, 0.3, 1, 0}, {5}, DType::Float64), Tensor(), Reduction::Mean);
  }};
  s[Op::BinaryCrossEntropyWithLogits] = {{in({5})}, [](auto& x) {
    return binary_cross_entropy_with_logits(mul(x[0], Scalar(3.0)), from_doubles({0, 1, 0.3, 1, 0}, {5}, DType::Float64),
                                            Tensor(), from_doubles({2.0}, {1}, DType::Float64), Reduction::Sum);
  }};
  s[Op::LayerNorm] = {{in({2, 3, 4}), in({3, 4}), in({3, 4})}, [](auto& x) {
    return layer_norm(x[0], {3, 4}, x[1], x[2]);
  }};
  s[Op::BatchNorm] = {{in({4, 3, 2}), in({3}), in({3})}, [](auto& x) {
    return batch_norm(x[0], Tensor(), Tensor(), x[1], x[2], true);
  }};
  // First order only: the playground's embedding backward is not itself differentiable.
  s[Op::Embedding] = {{in({5, 3})}, [](auto& x) { return embedding(x[0], from_int64s({1, 4, 1, 0}, {2, 2}, DType::Int64)); }};
  s[Op::Embedding].second_order = false;
  // First order only: the convolution and pooling backward kernels are not recorded.
  s[Op::Convolution] = {{in({2, 4, 5, 5}), in({6, 2, 3, 2}), in({6})}, [](auto& x) {
    ConvParams p;
    p.stride = {2, 1};
    p.padding = {1, 1};
    p.dilation = {1, 2};
    p.groups = 2;
    return convolution(x[0], x[1], x[2], p);
  }};
  s[Op::Convolution].second_order = false;
  s[Op::MaxPool2d] = {{in({1, 2, 4, 5})}, [](auto& x) {
    PoolParams p;
    p.kernel = {2, 3};
    p.stride = {2, 1};
    p.padding = {1, 1};
    return max_pool2d(x[0], p);
  }};
  s[Op::MaxPool2d].second_order = false;
  s[Op::AvgPool2d] = {{in({2, 5, 5})}, [](auto& x) {
    PoolParams p;
    p.kernel = {3, 2};
    p.stride = {2, 2};
    p.padding = {1, 1};
    p.ceil_mode = true;
    return avg_pool2d(x[0], p, false);
  }};
  s[Op::AvgPool2d].second_order = false;
  s[Op::AdaptiveAvgPool2d] = {{in({1, 2, 5, 7})}, [](auto& x) { return adaptive_avg_pool2d(x[0], 3, 2); }};
  s[Op::AdaptiveAvgPool2d].second_order = false;
  s[Op::ConstantPadNd] = {{in({2, 3, 4})}, [](auto& x) { return constant_pad_nd(x[0], {1, -1, 2, 0}, 0.5); }};
  s[Op::Erf] = {{in({4})}, [](auto& x) { return erf(x[0]); }};
  // Inputs kept off the kinks at 0 (and at hardtanh's bounds).
  s[Op::LeakyRelu] = {{in({4}, 0.1, 1.0)}, [](auto& x) { return leaky_relu(sub(x[0], Scalar(0.55)), 0.2); }};
  s[Op::Elu] = {{in({4}, 0.1, 1.0)}, [](auto& x) { return elu(sub(x[0], Scalar(0.55)), 1.5); }};
  s[Op::Gelu] = {{in({4}), in({4})}, [](auto& x) { return add(gelu(x[0]), gelu(x[1], true)); }};
  s[Op::Silu] = {{in({4})}, [](auto& x) { return silu(x[0]); }};
  s[Op::Softplus] = {{in({4})}, [](auto& x) { return softplus(mul(x[0], Scalar(5.0)), 2.0, 3.0); }};
  s[Op::Hardtanh] = {{in({6})}, [](auto& x) { return hardtanh(mul(x[0], Scalar(3.0)), -1.1, 1.3); }};
  s[Op::Celu] = {{in({6})}, [](auto& x) { return celu(mul(x[0], Scalar(2.0)), 0.7); }};
  s[Op::Hardsigmoid] = {{in({6})}, [](auto& x) { return hardsigmoid(mul(x[0], Scalar(2.5))); }};
  s[Op::Hardswish] = {{in({6})}, [](auto& x) { return hardswish(mul(x[0], Scalar(2.5))); }};
  s[Op::Mish] = {{in({6})}, [](auto& x) { return mish(mul(x[0], Scalar(2.0))); }};
  s[Op::LogSigmoid] = {{in({6})}, [](auto& x) { return log_sigmoid(mul(x[0], Scalar(3.0))); }};
  s[Op::Softshrink] = {{in({6})}, [](auto& x) { return softshrink(mul(x[0], Scalar(3.0)), 0.4); }};
  s[Op::Hardshrink] = {{in({6})}, [](auto& x) { return hardshrink(mul(x[0], Scalar(3.0)), 0.4); }};
  s[Op::Glu] = {{in({3, 4})}, [](auto& x) { return glu(mul(x[0], Scalar(2.0)), 1); }};
  s[Op::Prelu] = {{in({2, 3, 2}), in({3}, 0.1, 0.5)}, [](auto& x) { return prelu(x[0], x[1]); }};
  return s;
}

std::vector<Tensor> make_inputs(const Sample& sample, Generator& gen) {
  std::vector<Tensor> inputs;
  for (const InputSpec& spec : sample.inputs) {
    Tensor u = rand(spec.shape, DType::Float64, &gen);
    double* p = u.data_ptr<double>();
    for (int64_t i = 0; i < u.numel(); ++i) p[i] = spec.lo + (spec.hi - spec.lo) * p[i];
    if (spec.differentiable) u.set_requires_grad(true);
    inputs.push_back(u);
  }
  return inputs;
}

// Checks d fn / d inputs (analytic, row by row) against central differences.
void gradcheck(const Fn& fn, const std::vector<Tensor>& inputs, const Sample& s) {
  Tensor out = fn(inputs);
  REQUIRE(out.requires_grad());
  const int64_t m = out.numel();
  for (size_t i = 0; i < inputs.size(); ++i) {
    const Tensor& x = inputs[i];
    INFO("input " << i);
    std::vector<JacobianRow> rows = jacobian_rows(out, x);
    double* p = x.data_ptr<double>();
    for (int64_t j = 0; j < x.numel(); ++j) {
      const double saved = p[j];
      Tensor plus, minus;
      {
        NoGradGuard no_grad;
        p[j] = saved + s.eps;
        plus = clone(fn(inputs));  // a copy: views alias the input
        p[j] = saved - s.eps;
        minus = clone(fn(inputs));
        p[j] = saved;
      }
      for (int64_t k = 0; k < m; ++k) {
        const double numeric = (plus.flat_get(k) - minus.flat_get(k)) / (2 * s.eps);
        const double analytic = rows[static_cast<size_t>(k)].row.flat_get(j);
        INFO("d out[" << k << "] / d x[" << j << "]: analytic " << analytic << ", numeric " << numeric);
        CHECK(std::fabs(analytic - numeric) <= s.atol + s.rtol * std::fabs(numeric));
      }
    }
  }
}

// Rows whose gradient finite differences cannot check (test_backward.cpp checks them instead):
// no derivative by design, and torch.normal's tensor arguments, whose 1.13 gradient is zero
// while each evaluation draws new numbers.
bool no_finite_differences(Op op) {
  return op == Op::NotImplemented || op == Op::NormalTensorFloat || op == Op::NormalFloatTensor ||
         op == Op::NormalTensorTensor;
}

}  // namespace

TEST_CASE("every op in the derivatives table passes a finite-difference gradient check", "[gradcheck]") {
  static const auto all = samples();
  for (const Derivative& row : derivative_table()) {
    if (no_finite_differences(row.op)) continue;
    INFO("op " << row.grad_fn_name << " (table row " << static_cast<int>(row.op) << ")");
    auto it = all.find(row.op);
    REQUIRE(it != all.end());  // a new table row needs a sample here
    const Sample& sample = it->second;
    Generator gen(static_cast<uint64_t>(row.op) + 1);
    std::vector<Tensor> inputs = make_inputs(sample, gen);
    // The sample must actually exercise the row it stands for.
    {
      Tensor out = sample.fn(inputs);
      bool found = false;
      std::vector<Node*> stack{out.grad_fn().get()};
      while (!stack.empty() && !found) {
        Node* n = stack.back();
        stack.pop_back();
        if (!n) continue;
        found = n->name() == row.grad_fn_name;
        for (const Edge& e : n->next_edges()) stack.push_back(e.function.get());
      }
      CHECK(found);
    }
    gradcheck(sample.fn, inputs, sample);
    if (!sample.second_order) continue;
    // Second order: the gradient itself (with a fixed random seed vector) is differentiated.
    Tensor probe = sample.fn(inputs);
    Tensor w = randn(probe.shape(), probe.dtype(), &gen);
    Fn first = [&sample, w](const std::vector<Tensor>& x) {
      GradModeGuard enable(true);  // also when the finite differences evaluate it
      Tensor y = sample.fn(x);
      std::vector<Tensor> g = grad({y}, {x[0]}, {w}, true, /*create_graph=*/true, true);
      return g[0].defined() ? g[0] : zeros_like(x[0]);
    };
    Tensor g = first(inputs);
    if (!g.requires_grad()) continue;  // linear in x[0]: nothing second-order to check
    INFO("second order");
    Sample second = sample;
    gradcheck(first, inputs, second);
  }
}

// Forward mode: for every row, the tangent an op gives its result inside a dual level must be
// the directional derivative J t, checked against central differences along t. Both paths are
// checked: inputs without history, and inputs that require grad (the tangent is then recorded).
TEST_CASE("every op in the derivatives table gives forward-mode tangents J t", "[gradcheck][forward_ad]") {
  static const auto all = samples();
  for (const Derivative& row : derivative_table()) {
    if (no_finite_differences(row.op)) continue;
    INFO("op " << row.grad_fn_name);
    const Sample& sample = all.at(row.op);
    Generator gen(static_cast<uint64_t>(row.op) + 101);
    std::vector<Tensor> inputs = make_inputs(sample, gen);
    std::vector<Tensor> tangents;
    for (size_t i = 0; i < inputs.size(); ++i) {
      const bool has = sample.inputs[i].differentiable;
      tangents.push_back(has ? randn(inputs[i].shape(), DType::Float64, &gen) : Tensor());
    }
    // Central differences along t: (f(x + eps t) - f(x - eps t)) / 2 eps.
    Tensor plus, minus;
    {
      NoGradGuard no_grad;
      std::vector<Tensor> xp, xm;
      for (size_t i = 0; i < inputs.size(); ++i) {
        Tensor x = inputs[i].detach();
        xp.push_back(tangents[i].defined() ? add(x, tangents[i], Scalar(sample.eps)) : x);
        xm.push_back(tangents[i].defined() ? sub(x, tangents[i], Scalar(sample.eps)) : x);
      }
      plus = clone(sample.fn(xp));
      minus = clone(sample.fn(xm));
    }
    Tensor numeric = div(sub(plus, minus), Scalar(2 * sample.eps));
    for (bool with_history : {false, true}) {
      INFO((with_history ? "inputs require grad" : "inputs without history"));
      forward_ad::enter_level();
      Tensor analytic;
      bool tangent_requires_grad = false;
      try {
        std::vector<Tensor> duals;
        for (size_t i = 0; i < inputs.size(); ++i) {
          Tensor x = with_history ? inputs[i] : inputs[i].detach();
          duals.push_back(tangents[i].defined() ? forward_ad::make_dual(x, tangents[i], 0) : x);
        }
        Tensor out = sample.fn(duals);
        analytic = forward_ad::tangent(out);
        if (analytic.defined()) {
          tangent_requires_grad = analytic.requires_grad();
          analytic = clone(analytic.detach());
        }
      } catch (...) {
        forward_ad::exit_level(0);
        throw;
      }
      forward_ad::exit_level(0);
      REQUIRE(analytic.defined());
      // Nonlinear ops' tangents depend on the inputs, so they are recorded too.
      if (with_history && row.op == Op::Tanh) CHECK(tangent_requires_grad);
      REQUIRE(analytic.shape() == numeric.shape());
      for (int64_t k = 0; k < numeric.numel(); ++k) {
        const double a = analytic.flat_get(k), n = numeric.flat_get(k);
        INFO("tangent[" << k << "]: forward mode " << a << ", numeric " << n);
        CHECK(std::fabs(a - n) <= sample.atol + sample.rtol * std::fabs(n));
      }
    }
  }
}
