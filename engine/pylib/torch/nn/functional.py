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


def _unsupported(name, option):
    raise NotImplementedError("{}: the {} argument is not supported by the playground yet".format(name, option))


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'):
    if weight is not None:
        _unsupported('nll_loss', 'weight')
    if ignore_index != -100:
        _unsupported('nll_loss', 'ignore_index')
    return _nn.nll_loss(input, target, reduction=_reduction_of(size_average, reduce, reduction))


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction='mean', label_smoothing=0.0):
    if weight is not None:
        _unsupported('cross_entropy', 'weight')
    if ignore_index != -100:
        _unsupported('cross_entropy', 'ignore_index')
    if label_smoothing != 0.0:
        _unsupported('cross_entropy', 'label_smoothing')
    return _nn.cross_entropy(input, target, reduction=_reduction_of(size_average, reduce, reduction))


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
