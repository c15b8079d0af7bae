# torch.nn.functional: Python signatures and checks over the native ops of torch._C._nn.
import torch
import warnings
from torch._C import _nn


def _reduction_of(size_average, reduce, reduction):
    # The legacy size_average/reduce arguments, as torch.nn._reduction.legacy_get_string.
    if size_average is None and reduce is None:
        return reduction
    warnings.warn("size_average and reduce args will be deprecated, please use reduction='{}' instead.".format(
        _legacy_reduction(size_average, reduce)))
    return _legacy_reduction(size_average, reduce)


def _legacy_reduction(size_average, reduce):
    if size_average is None:
        size_average = True
    if reduce is None:
        reduce = True
    if size_average and reduce:
        return 'mean'
    if reduce:
        return 'sum'
    return 'none'


def linear(input, weight, bias=None):
    return _nn.linear(input, weight, bias)


def relu(input, inplace=False):
    if inplace:
        return input.relu_()
    return torch.relu(input)


def sigmoid(input):
    return torch.sigmoid(input)


def tanh(input):
    return torch.tanh(input)


def _softmax_dim(name, ndim):
    warnings.warn("Implicit dimension choice for {} has been deprecated. "
                  "Change the call to include dim=X as an argument.".format(name))
    if ndim == 0 or ndim == 1 or ndim == 3:
        return 0
    return 1


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _softmax_dim('softmax', input.dim())
    if dtype is not None:
        input = input.to(dtype)
    return input.softmax(dim)


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _softmax_dim('log_softmax', input.dim())
    if dtype is not None:
        input = input.to(dtype)
    return input.log_softmax(dim)


def mse_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    if target.size() != input.size():
        warnings.warn("Using a target size ({}) that is different to the input size ({}). "
                      "This will likely lead to incorrect results due to broadcasting. "
                      "Please ensure they have the same size.".format(target.size(), input.size()))
    return _nn.mse_loss(input, target, reduction=_reduction_of(size_average, reduce, reduction))


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'):
    return _nn.nll_loss(input, target, weight, _reduction_of(size_average, reduce, reduction), ignore_index)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction='mean', label_smoothing=0.0):
    # As at::cross_entropy_loss: probability targets, label smoothing, or plain class indices.
    reduction = _reduction_of(size_average, reduce, reduction)
    if input.size() == target.size():
        if not target.is_floating_point():
            raise RuntimeError("Expected floating point type for target with class probabilities, got " +
                               str(target.dtype).replace('torch.', '').capitalize())
        if ignore_index >= 0:
            raise RuntimeError("ignore_index is not supported for floating point target")
        return _cross_entropy_probabilities(input, target, weight, reduction, label_smoothing)
    if label_smoothing > 0.0:
        return _cross_entropy_smoothed(input, target, weight, reduction, ignore_index, label_smoothing)
    return _nn.cross_entropy(input, target, weight, reduction, ignore_index)


def _class_weight(input, weight):
    if input.dim() > 1:
        shape = [1] * input.dim()
        shape[1] = weight.size(0)
        return weight.view(shape)
    return weight


def _cross_entropy_probabilities(input, target, weight, reduction, label_smoothing):
    class_dim = 0 if input.dim() == 1 else 1
    n_classes = input.size(class_dim)
    log_probs = input.log_softmax(class_dim)
    if label_smoothing > 0.0:
        if label_smoothing > 1.0:
            raise RuntimeError("label_smoothing must be between 0.0 and 1.0. Got: {}".format(label_smoothing))
        target = target * (1 - label_smoothing) + label_smoothing / n_classes
    terms = log_probs * target
    if weight is not None:
        terms = terms * _class_weight(input, weight)
    if reduction == 'mean':
        return _nn._div_scalar(-terms.sum(), input.numel() // n_classes)
    if reduction == 'sum':
        return -terms.sum()
    return -terms.sum(class_dim)


def _cross_entropy_smoothed(input, target, weight, reduction, ignore_index, label_smoothing):
    class_dim = 0 if input.dim() == 1 else 1
    log_probs = input.log_softmax(class_dim)
    nll = _nn.nll_loss(log_probs, target, weight, reduction, ignore_index)
    n_classes = log_probs.size(class_dim)
    if weight is not None:
        smooth = -(log_probs * _class_weight(input, weight)).sum(class_dim)
    else:
        smooth = -log_probs.sum(class_dim)
    ignored = target == ignore_index
    smooth = smooth.masked_fill(ignored, 0.0)
    if reduction == 'mean':
        if weight is not None:
            total = weight[target[~ignored]].sum()
        else:
            total = (~ignored).sum()
        smooth = smooth.sum() / total
    elif reduction == 'sum':
        smooth = smooth.sum()
    return _nn._mul_scalar(nll, 1 - label_smoothing) + _nn._mul_scalar(smooth, label_smoothing / n_classes)


def dropout(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError("dropout probability has to be between 0 and 1, but got {}".format(p))
    if not training or p == 0.0 or input.numel() == 0:
        return input
    if p == 1.0:
        return input.mul_(torch.zeros(())) if inplace else input * torch.zeros(())
    # at::dropout on the CPU: a Bernoulli(1 - p) mask scaled by 1 / (1 - p), then a multiply.
    noise = torch.empty_like(input).bernoulli_(1 - p)
    noise.div_(1 - p)
    if inplace:
        return input.mul_(noise)
    return input * noise


def _maybe_inplace(input, fn, inplace):
    if inplace:
        return _nn._apply_inplace(input, fn)
    return fn(input)


def leaky_relu(input, negative_slope=0.01, inplace=False):
    return _maybe_inplace(input, lambda x: _nn.leaky_relu(x, negative_slope), inplace)


def elu(input, alpha=1.0, inplace=False):
    return _maybe_inplace(input, lambda x: _nn.elu(x, alpha), inplace)


def gelu(input, approximate='none'):
    return _nn.gelu(input, approximate)


def silu(input, inplace=False):
    return _maybe_inplace(input, _nn.silu, inplace)


def softplus(input, beta=1, threshold=20):
    return _nn.softplus(input, beta, threshold)


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    return _maybe_inplace(input, lambda x: _nn.hardtanh(x, min_val, max_val), inplace)


def relu6(input, inplace=False):
    return hardtanh(input, 0.0, 6.0, inplace)


_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def selu(input, inplace=False):
    return _maybe_inplace(input, lambda x: _nn._elu_scaled(x, _SELU_ALPHA, _SELU_SCALE, 1.0), inplace)


def celu(input, alpha=1.0, inplace=False):
    return _maybe_inplace(input, lambda x: _nn.celu(x, alpha), inplace)


def hardsigmoid(input, inplace=False):
    return _maybe_inplace(input, _nn.hardsigmoid, inplace)


def hardswish(input, inplace=False):
    return _maybe_inplace(input, _nn.hardswish, inplace)


def mish(input, inplace=False):
    return _maybe_inplace(input, _nn.mish, inplace)


logsigmoid = _nn.log_sigmoid  # PyTorch's is the native function itself (its __name__ says so)


def softshrink(input, lambd=0.5):
    return _nn.softshrink(input, lambd)


def hardshrink(input, lambd=0.5):
    return _nn.hardshrink(input, lambd)


def glu(input, dim=-1):
    return _nn.glu(input, dim)


def prelu(input, weight):
    return _nn.prelu(input, weight)


# As in PyTorch, these two are compositions (DivBackward0, SubBackward0).
def softsign(input):
    return input / (input.abs() + 1)


def tanhshrink(input):
    return input - input.tanh()


def _check_target_size(input, target):
    if target.size() != input.size():
        warnings.warn("Using a target size ({}) that is different to the input size ({}). "
                      "This will likely lead to incorrect results due to broadcasting. "
                      "Please ensure they have the same size.".format(target.size(), input.size()))


def _xlogy(x, y):
    # x * log(y), and 0 where x is 0 (torch.xlogy): the entropy term of kl_div.
    return torch.where(x == 0, torch.zeros_like(x), x * torch.log(y))


def kl_div(input, target, size_average=None, reduce=None, reduction='mean', log_target=False):
    # A composite in PyTorch 1.13: the pointwise loss (SubBackward0, or MulBackward0 with a log
    # target), the reduction, and for 'batchmean' a division by the batch size (DivBackward0).
    if size_average is not None or reduce is not None:
        reduction_enum = _reduction_of(size_average, reduce, reduction)
    else:
        if reduction == 'mean':
            warnings.warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
                          "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                          "'mean' will be changed to behave the same as 'batchmean' in the next major release.")
        reduction_enum = 'sum' if reduction == 'batchmean' else reduction
        if reduction_enum not in ('mean', 'sum', 'none'):
            raise ValueError(reduction + " is not a valid value for reduction")
    if log_target:
        loss = torch.exp(target) * (target - input)
    else:
        loss = _xlogy(target, target) - target * input
    if reduction_enum == 'mean':
        loss = loss.mean()
    elif reduction_enum == 'sum':
        loss = loss.sum()
    if reduction == 'batchmean' and input.dim() != 0:
        loss = loss / input.size()[0]
    return loss


def l1_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    # A composite in PyTorch 1.13: |input - target|, then the reduction (AbsBackward0, MeanBackward0).
    _check_target_size(input, target)
    reduction = _reduction_of(size_average, reduce, reduction)
    loss = (input - target).abs()
    if reduction == 'mean':
        return loss.mean()
    if reduction == 'sum':
        return loss.sum()
    if reduction == 'none':
        return loss
    raise ValueError(reduction + " is not a valid value for reduction")


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction='mean', beta=1.0):
    _check_target_size(input, target)
    reduction = _reduction_of(size_average, reduce, reduction)
    if beta == 0.0:
        return l1_loss(input, target, reduction=reduction)
    return _nn.smooth_l1_loss(input, target, reduction, beta)


def huber_loss(input, target, reduction='mean', delta=1.0):
    _check_target_size(input, target)
    return _nn.huber_loss(input, target, reduction, delta)


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction='mean'):
    reduction = _reduction_of(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError("Using a target size ({}) that is different to the input size ({}) is deprecated. "
                         "Please ensure they have the same size.".format(target.size(), input.size()))
    if weight is not None:
        weight = weight.expand(input.size())
    return _nn.binary_cross_entropy(input, target, weight, reduction)


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction='mean', pos_weight=None):
    reduction = _reduction_of(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError("Target size ({}) must be the same as input size ({})".format(target.size(), input.size()))
    return _nn.binary_cross_entropy_with_logits(input, target, weight, pos_weight, reduction)


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False):
    if padding_idx is not None:
        if padding_idx > 0:
            if padding_idx >= weight.size(0):
                raise AssertionError("Padding_idx must be within num_embeddings")
        elif padding_idx < 0:
            if padding_idx < -weight.size(0):
                raise AssertionError("Padding_idx must be within num_embeddings")
            padding_idx = weight.size(0) + padding_idx
    else:
        padding_idx = -1
    if max_norm is not None or scale_grad_by_freq or sparse:
        raise NotImplementedError("embedding: max_norm, scale_grad_by_freq and sparse are not supported yet")
    return _nn.embedding(input, weight, padding_idx)


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    return _nn.layer_norm(input, tuple(normalized_shape), weight, bias, eps)


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    return _nn.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


def _pair(value, n=2):
    if isinstance(value, (tuple, list)):
        return tuple(value)
    return (value,) * n


def _conv(input, weight, bias, stride, padding, dilation, groups, n):
    if isinstance(padding, str):
        if padding == 'valid':
            padding = 0
        elif padding == 'same':
            if any(s != 1 for s in _pair(stride, n)):
                raise ValueError("padding='same' is not supported for strided convolutions")
            kernel = weight.shape[2:]
            dil = _pair(dilation, n)
            total = [d * (k - 1) for d, k in zip(dil, kernel)]
            padding = tuple(t // 2 for t in total)
            # An odd total: PyTorch pads the extra element on the right of the input first.
            extra = []
            for t in reversed(total):
                extra += [0, t - 2 * (t // 2)]
            if any(extra):
                input = pad(input, extra)
        else:
            raise ValueError("Invalid padding string '{}', should be one of {}".format(padding, "{'valid', 'same'}"))
    return _nn.convolution(input, weight, bias, _pair(stride, n), _pair(padding, n), _pair(dilation, n), groups)


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv(input, weight, bias, stride, padding, dilation, groups, 1)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv(input, weight, bias, stride, padding, dilation, groups, 2)


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if return_indices:
        raise NotImplementedError("max_pool2d: return_indices=True is not supported yet")
    if stride is None or (isinstance(stride, (list, tuple)) and len(stride) == 0):
        stride = kernel_size
    return _nn.max_pool2d(input, _pair(kernel_size), _pair(stride), _pair(padding), _pair(dilation), ceil_mode)


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    if stride is None or (isinstance(stride, (list, tuple)) and len(stride) == 0):
        stride = kernel_size
    return _nn.avg_pool2d(input, _pair(kernel_size), _pair(stride), _pair(padding), (1, 1), ceil_mode,
                          count_include_pad, divisor_override)


def adaptive_avg_pool2d(input, output_size):
    size = _pair(output_size)
    size = tuple(input.shape[-2 + i] if s is None else s for i, s in enumerate(size))
    if size == (1, 1):
        # As PyTorch 1.13: a mean over the last two dims (MeanBackward1).
        return input.mean((-1, -2), keepdim=True)
    return _nn.adaptive_avg_pool2d(input, size[0], size[1])


# The 1-d pools are ATen's: the 2-d pool of input.unsqueeze(-2) with a kernel one row high, then
# squeeze(-2) (so their grad_fn is SqueezeBackward1).
def _single(v, name):
    if isinstance(v, (list, tuple)):
        if len(v) != 1:
            raise RuntimeError("{} must be a single int, or a tuple of one int".format(name))
        return v[0]
    return v


def _check_pool1d_input(input, message):
    if input.dim() not in (2, 3):
        raise RuntimeError(message(input))


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if return_indices:
        raise NotImplementedError("max_pool1d: return_indices=True is not supported yet")
    _check_pool1d_input(input, lambda t: "max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim "
                        "batch size for input, but got:" + _shape_text(t))
    kernel_size = _single(kernel_size, "max_pool1d: kernel_size")
    stride = kernel_size if stride is None or stride == [] or stride == () else _single(stride, "max_pool1d: stride")
    out = _nn.max_pool2d(input.unsqueeze(-2), (1, kernel_size), (1, stride), (0, _single(padding, "max_pool1d: padding")),
                         (1, _single(dilation, "max_pool1d: dilation")), ceil_mode)
    return out.squeeze(-2)


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    _check_pool1d_input(input, lambda t: "Expected 2 to 3 dimensions, but got {}-dimensional tensor for argument #1 "
                        "'self' (while checking arguments for avg_pool1d)".format(t.dim()))
    kernel_size = _single(kernel_size, "avg_pool1d: kernel_size")
    stride = kernel_size if stride is None or stride == [] or stride == () else _single(stride, "avg_pool1d: stride")
    out = _nn.avg_pool2d(input.unsqueeze(-2), (1, kernel_size), (1, stride), (0, _single(padding, "avg_pool1d: padding")),
                         (1, 1), ceil_mode, count_include_pad, None)
    return out.squeeze(-2)


def adaptive_avg_pool1d(input, output_size):
    return adaptive_avg_pool2d(input.unsqueeze(-2), (1, _single(output_size, "adaptive_avg_pool1d: output_size"))).squeeze(-2)


def _shape_text(t):
    return "[" + ", ".join(str(s) for s in t.shape) + "]"


def pad(input, pad, mode='constant', value=None):
    if mode != 'constant':
        raise NotImplementedError("pad: only mode='constant' is supported yet")
    return _nn.constant_pad_nd(input, tuple(pad), 0.0 if value is None else value)



def bilinear(input1, input2, weight, bias=None):
    # y_k = x1^T W_k x2 + b_k, as a composite of the engine's ops.
    out = torch.stack([(input1 @ weight[k] * input2).sum(-1) for k in range(weight.size(0))], -1)
    if bias is not None:
        out = out + bias
    return out


def one_hot(tensor, num_classes=-1):
    return _nn.one_hot(tensor, num_classes)
