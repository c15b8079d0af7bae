// The differentiable ops. Each has exactly one row in the derivatives table
// (autograd/derivatives.cpp): its grad_fn name, what it saves, and its backward formula.
#pragma once

namespace ag {

// The ops whose results PyTorch records under a NotImplemented node: using them in backward is
// the error "derivative for aten::<name> is not implemented" (OpAttrs::index into this list).
enum class NoDerivative { Heaviside, Bincount };
const char* no_derivative_name(NoDerivative op);

enum class Op {
  // arithmetic
  Add, Sub, Rsub, Mul, Div, MulScalar, DivScalar, PowScalar, PowTensor, PowScalarBase,
  // elementwise math
  Neg, Exp, Log, Sqrt, Sin, Cos, Tanh, TanhBackward, Sigmoid, Relu, Abs, Reciprocal, Clamp, ClampMin,
  ClampMax,
  // more elementwise math (ops/pointwise_math.cpp, ops/pointwise_binary.cpp)
  Asin, Acos, Atan, Sinh, Cosh, Asinh, Acosh, Atanh, Tan, Log2, Log10, Log1p, Expm1, Exp2, Rsqrt, Erfc,
  Erfinv, Logit, Floor, Ceil, Trunc, Round, RoundDecimals, Frac, Sign, Sgn, NanToNum, Maximum, Minimum, Fmax, Fmin,
  Atan2, Hypot, FmodScalar, FmodTensor, RemainderScalar, RemainderTensor, LerpScalar, LerpTensor,
  ClampMinTensor, ClampMaxTensor, ClampTensor,
  // special functions and fused updates (ops/pointwise_special.cpp)
  Xlogy, XlogyScalarSelf, XlogyScalarOther, Logaddexp, Logaddexp2, Deg2Rad, Rad2Deg, Sinc, Copysign,
  CopysignScalar, Lgamma, Digamma, Polygamma, Addcmul, Addcdiv,
  // distances (ops/distance.cpp) and block_diag (ops/joining.cpp)
  Cdist, EuclideanDist, Dist, BlockDiag,
  // torch.normal with tensor arguments (random/distributions.cpp): zero gradients, as in 1.13
  NormalTensorFloat, NormalFloatTensor, NormalTensorTensor,
  // statistics, scans, sorting (ops/statistics.cpp, ops/sorting.cpp)
  Std, Var, StdMeanStd, StdMeanMean, VarMeanVar, VarMeanMean, Logsumexp, Amax, Amin, Nansum, Cumsum, Cumprod, Cummax, Cummin, Sort, SortStable, Topk, Kthvalue,
  MedianAll, MedianDim, Mode, NanmedianAll, NanmedianDim, Logcumsumexp,
  // gather/scatter and reordering (ops/gather_scatter.cpp, ops/reorder.cpp)
  Gather, ScatterAdd, ScatterSrc, ScatterValue, Flip, Bmm,
  Repeat, Roll, Rot90, IndexDim, Triu, Tril, Diagonal, DiagEmbed, Trace, IndexSelect, IndexAdd, IndexFill, IndexCopy, Split,
  SplitWithSizes,
  // reductions
  Sum, SumDim, Mean, MeanDim, Prod, ProdDim, Norm, NormDim, MaxAll, MinAll, MaxDim, MinDim,
  // linear algebra
  Mm, Addmm, Addmv, Baddbmm, Mv, Dot, Vdot,
  // torch.linalg (ops/linalg_solve.cpp, ops/linalg_factor.cpp, ops/linalg_norm.cpp)
  LinalgDet, LinalgSlogdet, LinalgInvEx, LinalgSolveEx, LinalgVectorNorm, LinalgCross,
  // views and shapes
  View, ReshapeAlias, UnsafeView, T, Transpose, Permute, Unsqueeze, Squeeze, SqueezeDim, SqueezeDimInplace, UnsqueezeInplace, TransposeInplace, Expand,
  // indexing and joining
  Select, Unbind, Slice, SelectBackward, SliceBackward, AsStrided, Index, Take, IndexBackward, IndexPut, Stack, Cat, Where, MaskedFill, MaskedFillTensor, MaskedScatter, MaskedSelect,
  // copies
  Clone, ToCopy, CopyForGrad, Copy, Fill, Zero,
  // an op PyTorch records without a derivative: backward raises (attrs.index names the op)
  NotImplemented,
  // nn
  Softmax, LogSoftmax, MseLoss, NllLoss,
  // activations (ops/activation.cpp)
  Erf, LeakyRelu, Elu, Gelu, Silu, Softplus, Hardtanh, Celu, Hardsigmoid, Hardswish, Mish, LogSigmoid,
  Softshrink, Hardshrink, Glu, Prelu,
  // losses (ops/loss.cpp)
  SmoothL1Loss, HuberLoss, BinaryCrossEntropy, BinaryCrossEntropyWithLogits,
  // normalization and embedding (ops/normalization.cpp)
  LayerNorm, BatchNorm, Embedding,
  // convolution and pooling (ops/conv.cpp, ops/pooling.cpp)
  Convolution, MaxPool2d, AvgPool2d, AdaptiveAvgPool2d, ConstantPadNd,
  Count
};

}  // namespace ag
