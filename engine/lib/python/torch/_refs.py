# Functions ATen defines as compositions of other ops (CompositeImplicitAutograd), written here
# in the same steps, so their values, their errors and the grad_fn their results carry
# (SubBackward0 for diff, SqueezeBackward0 for cov, ...) are PyTorch's. The torch namespace and
# tensor methods reach them lazily (torch_module.cpp, tensor_api.cpp).
import torch

_mul_scalar = torch._mul_scalar  # ATen's tensor * double: MulBackward1 rather than MulBackward0
_div_scalar = torch._div_scalar


def _shape_text(t):
    return "[" + ", ".join(str(s) for s in t.shape) + "]"


def ravel(input):
    return input.contiguous().view(-1)


def _atleast(tensors, name, one):
    if len(tensors) == 1:
        tensors = tensors[0]
    if isinstance(tensors, torch.Tensor):
        return one(tensors)
    return tuple(one(t) for t in tensors)


def _atleast_1d(t):
    return t.reshape(1) if t.dim() == 0 else t


def _atleast_2d(t):
    if t.dim() == 0:
        return t.reshape(1, 1)
    if t.dim() == 1:
        return t.unsqueeze(0)
    return t


def _atleast_3d(t):
    if t.dim() == 0:
        return t.reshape(1, 1, 1)
    if t.dim() == 1:
        return t.unsqueeze(0).unsqueeze(-1)
    if t.dim() == 2:
        return t.unsqueeze(-1)
    return t


def atleast_1d(*tensors):
    return _atleast(tensors, "atleast_1d", _atleast_1d)


def atleast_2d(*tensors):
    return _atleast(tensors, "atleast_2d", _atleast_2d)


def atleast_3d(*tensors):
    return _atleast(tensors, "atleast_3d", _atleast_3d)


def _diff_check_other(input, other, dim):
    if other.dim() != input.dim():
        raise RuntimeError("diff expects prepend or append to be the same dimension as input")
    for i in range(other.dim()):
        if i != dim and other.shape[i] != input.shape[i]:
            raise RuntimeError(
                "diff expects the shape of tensor to prepend or append to match that of input except along the "
                "differencing dimension; input.size({}) = {}, but got tensor.size({}) = {}".format(
                    i, input.shape[i], i, other.shape[i]))


def diff(input, n=1, dim=-1, prepend=None, append=None):
    if input.dim() < 1:
        raise RuntimeError("diff expects input to be at least one-dimensional")
    dim = dim + input.dim() if dim < 0 else dim
    if n == 0:
        return torch.zeros_like(input).copy_(input)  # CopyBackwards, as ATen's diff_helper
    if prepend is not None or append is not None:
        parts = []
        for other in (prepend, input, append):
            if other is None:
                continue
            if other is not input:
                _diff_check_other(input, other, dim)
            parts.append(other)
        input = torch.cat(parts, dim)
    result = input
    out_len = input.shape[dim] - 1
    n = min(n, input.shape[dim])
    for _ in range(n):
        if input.dtype == torch.bool:
            result = torch.logical_xor(result.narrow(dim, 1, out_len), result.narrow(dim, 0, out_len))
        else:
            result = result.narrow(dim, 1, out_len) - result.narrow(dim, 0, out_len)
        out_len -= 1
    return result


def cov(input, *, correction=1, fweights=None, aweights=None):
    if input.dim() > 2:
        raise RuntimeError("cov(): expected input to have two or fewer dimensions but got an input with {} "
                           "dimensions".format(input.dim()))
    if input.dtype == torch.bool:
        raise RuntimeError("cov(): bool dtype is not supported for input")
    x = input.view(1, -1) if input.dim() < 2 else input
    observations = x.shape[1]
    w = None
    if fweights is not None:
        if fweights.dim() > 1:
            raise RuntimeError("cov(): expected fweights to have one or fewer dimensions but got fweights with {} "
                               "dimensions".format(fweights.dim()))
        if fweights.is_floating_point():
            raise RuntimeError("cov(): expected fweights to have integral dtype but got fweights with {} "
                               "dtype".format(_scalar_type(fweights)))
        if fweights.numel() != observations:
            raise RuntimeError("cov(): expected fweights to have the same numel as there are observations in the "
                               "input but got {} != {}".format(fweights.numel(), observations))
        if fweights.numel() > 0 and fweights.min() < 0:
            raise RuntimeError("cov(): fweights cannot be negative")
        w = fweights
    if aweights is not None:
        if aweights.dim() > 1:
            raise RuntimeError("cov(): expected aweights to have one or fewer dimensions but got aweights with {} "
                               "dimensions".format(aweights.dim()))
        if not aweights.is_floating_point():
            raise RuntimeError("cov(): expected aweights to have floating point dtype but got aweights with {} "
                               "dtype".format(_scalar_type(aweights)))
        if aweights.numel() != observations:
            raise RuntimeError("cov(): expected aweights to have the same numel as there are observations in the "
                               "input but got {} != {}".format(aweights.numel(), observations))
        if aweights.numel() > 0 and aweights.min() < 0:
            raise RuntimeError("cov(): aweights cannot be negative")
        w = aweights if w is None else w * aweights
    w_sum = w.sum() if w is not None else torch.tensor(observations)
    if w is not None and not bool(w_sum != 0):
        raise RuntimeError("cov(): weights sum to zero, can't be normalized")
    avg = (x * w if w is not None else x).sum(1) / w_sum
    if w is not None and aweights is not None and correction != 0:
        norm_factor = w_sum - correction * (w * aweights).sum() / w_sum
    else:
        norm_factor = w_sum - correction
    if bool(norm_factor <= 0):
        import warnings
        warnings.warn("cov(): degrees of freedom is <= 0")
        norm_factor = norm_factor * 0
    x = x - avg.unsqueeze(1)
    c = torch.mm(x, (x * w if w is not None else x).t())
    return torch.true_divide(c, norm_factor).squeeze()


def _scalar_type(t):
    return {torch.float32: "Float", torch.float64: "Double", torch.int64: "Long", torch.bool: "Bool"}[t.dtype]


def corrcoef(input):
    if input.dim() > 2:
        raise RuntimeError("corrcoef(): expected input to have two or fewer dimensions but got an input with {} "
                           "dimensions".format(input.dim()))
    c = cov(input)
    if c.dim() == 0:
        return c / c  # nan for a variance of 0, inf or nan; 1 otherwise
    stddev = torch.sqrt(c.diag())
    c = c / stddev.view(-1, 1)
    c = c / stddev.view(1, -1)
    return c.clip(-1, 1)


def _trapezoid_dx(y, dx, dim):
    return _mul_scalar(y.sum(dim) - _mul_scalar(y.select(dim, 0) + y.select(dim, -1), 0.5), dx)


def _trapezoid_spacing(y, x, dim):
    dim = dim + y.dim() if dim < 0 else dim
    if x.dim() == 1:
        if x.shape[0] != y.shape[dim]:
            raise RuntimeError("trapezoid: There must be one `x` value for each sample point")
        sizes = [1] * y.dim()
        sizes[dim] = x.shape[0]
        x = x.view(sizes)
    elif x.dim() < y.dim():
        x = x.view([1] * (y.dim() - x.dim()) + list(x.shape))
    n = x.shape[dim]
    dx = x.narrow(dim, 1, n - 1) - x.narrow(dim, 0, n - 1)
    m = y.shape[dim]
    return _div_scalar(((y.narrow(dim, 0, m - 1) + y.narrow(dim, 1, m - 1)) * dx).sum(dim), 2.0)


def trapezoid(y, x=None, *, dx=None, dim=-1):
    if y.dtype == torch.bool:
        raise RuntimeError("trapezoid: received a bool input for `y`, but bool is not supported")
    if x is not None:
        if dx is not None:
            raise TypeError("trapezoid() received an invalid combination of arguments: x and dx cannot both be given")
        if isinstance(x, torch.Tensor):
            return _trapezoid_spacing(y, x, dim)
        dx = x
    if y.shape[dim if dim >= 0 else dim + y.dim()] == 0:
        shape = list(y.shape)
        del shape[dim]
        return torch.zeros(shape, dtype=y.dtype)
    return _trapezoid_dx(y, 1.0 if dx is None else dx, dim)


def trapz(y, x=None, *, dx=None, dim=-1):
    return trapezoid(y, x, dx=dx, dim=dim)


def cumulative_trapezoid(y, x=None, *, dx=None, dim=-1):
    if y.dtype == torch.bool:
        raise RuntimeError("cumulative_trapezoid: received a bool input for `y`, but bool is not supported")
    d = dim + y.dim() if dim < 0 else dim
    m = y.shape[d]
    pairs = y.narrow(d, 0, m - 1) + y.narrow(d, 1, m - 1)
    if isinstance(x, torch.Tensor):
        if x.dim() == 1:
            if x.shape[0] != m:
                raise RuntimeError("cumulative_trapezoid: There must be one `x` value for each sample point")
            sizes = [1] * y.dim()
            sizes[d] = x.shape[0]
            x = x.view(sizes)
        n = x.shape[d]
        spacing = x.narrow(d, 1, n - 1) - x.narrow(d, 0, n - 1)
        return _div_scalar((pairs * spacing).cumsum(d), 2.0)
    step = x if x is not None else (1.0 if dx is None else dx)
    return _mul_scalar(pairs, step / 2.0).cumsum(d)


def take_along_dim(input, indices, dim=None):
    if dim is None:
        return input.view(-1).gather(0, indices.view(-1))
    if input.dim() != indices.dim():
        raise RuntimeError("torch.take_along_dim(): input and indices should have the same number of dimensions, "
                           "but got {} dimensions for input, and {} dimensions for indices".format(
                               input.dim(), indices.dim()))
    if indices.dtype != torch.int64:
        raise RuntimeError("torch.take_along_dim(): dtype of indices should be Long but got " + _scalar_type(indices))
    d = dim + input.dim() if dim < 0 else dim
    self_sizes = list(input.shape)
    self_sizes[d] = indices.shape[d]
    indices = torch.broadcast_to(indices, torch._infer_size(self_sizes, indices.shape))
    index_sizes = list(indices.shape)
    index_sizes[d] = input.shape[d]
    input = torch.broadcast_to(input, torch._infer_size(index_sizes, input.shape))
    return input.gather(d, indices)


def cartesian_prod(*tensors):
    for t in tensors:
        if t.dim() != 1:
            raise RuntimeError("Expect a 1D vector, but got shape " + _shape_text(t))
    if len(tensors) == 1:
        return tensors[0]
    grids = torch.meshgrid(*tensors, indexing="ij")
    return torch.stack([g.flatten() for g in grids], 1)


def combinations(input, r=2, with_replacement=False):
    if input.dim() != 1:
        raise RuntimeError("Expect a 1D vector, but got shape " + _shape_text(input))
    if r < 0:
        raise RuntimeError("Expect a non-negative number, but got {}".format(r))
    if r == 0:
        return torch.empty(0, dtype=input.dtype)
    grids = torch.meshgrid(*([input] * r), indexing="ij")
    positions = torch.meshgrid(*([torch.arange(input.numel())] * r), indexing="ij")
    mask = torch.full(positions[0].shape, True)
    for i in range(r - 1):
        mask = mask * (positions[i] <= positions[i + 1] if with_replacement else positions[i] < positions[i + 1])
    return torch.stack([g.masked_select(mask) for g in grids], 1)


def _triangle_indices(row, col, offset, lower, dtype):
    if row < 0:
        raise RuntimeError("row must be non-negative, got{}".format(row))  # sic: no space, as ATen
    if col < 0:
        raise RuntimeError("col must be non-negative, got{}".format(col))
    if dtype.is_floating_point:
        raise RuntimeError('"{}" not implemented for \'{}\''.format("tril_indices" if lower else "triu_indices",
                                                                  _scalar_type(torch.empty(0, dtype=dtype))))
    rows, cols = [], []
    for i in range(row):
        for j in range(col):
            if (j - i <= offset) if lower else (j - i >= offset):
                rows.append(i)
                cols.append(j)
    return torch.tensor([rows, cols], dtype=dtype).view(2, len(rows))


def tril_indices(row, col, offset=0, *, dtype=torch.int64, device=None, layout=None):
    return _triangle_indices(row, col, offset, True, dtype)


def triu_indices(row, col, offset=0, *, dtype=torch.int64, device=None, layout=None):
    return _triangle_indices(row, col, offset, False, dtype)


def positive(input):
    if input.dtype == torch.bool:
        raise RuntimeError("The `+` operator, on a bool tensor is not supported.")
    return input


def float_power(input, exponent):
    if isinstance(input, torch.Tensor):
        base = input.to(torch.float64)
        return torch.pow(base, exponent.to(torch.float64) if isinstance(exponent, torch.Tensor) else exponent)
    return torch.pow(input, exponent.to(torch.float64))


def float_power_(input, exponent):
    if input.dtype != torch.float64:
        raise RuntimeError("the base given to float_power_ has dtype " + _scalar_type(input) +
                           " but the operation's result requires dtype Double")
    return input.pow_(exponent)


def isin(elements, test_elements, *, assume_unique=False, invert=False):
    e = elements if isinstance(elements, torch.Tensor) else torch.tensor(elements)
    t = test_elements if isinstance(test_elements, torch.Tensor) else torch.tensor(test_elements)
    if e.dtype == torch.bool or t.dtype == torch.bool:
        raise RuntimeError("Unsupported input type encountered for isin(): Bool")
    found = (e.unsqueeze(-1) == t.reshape(-1)).any(-1) if t.numel() > 0 else torch.zeros(e.shape, dtype=torch.bool)
    return ~found if invert else found


def inner(input, other):
    if input.dim() == 0 or other.dim() == 0:
        return input * other
    if input.shape[-1] != other.shape[-1]:
        raise RuntimeError("inner() the last dimension must match on both input tensors but got shapes {} and {}"
                           .format(_shape_text(input), _shape_text(other)))
    return torch.tensordot(input, other, ([-1], [-1]))


def broadcast_shapes(*shapes):
    # torch/functional.py's: plain Python over ints, tuples and lists.
    max_len = 0
    for shape in shapes:
        if isinstance(shape, int):
            max_len = max(max_len, 1)
        elif isinstance(shape, (tuple, list)):
            max_len = max(max_len, len(shape))
    result = [1] * max_len
    for shape in shapes:
        if isinstance(shape, int):
            shape = (shape,)
        if isinstance(shape, (tuple, list)):
            for i in range(-1, -1 - len(shape), -1):
                if shape[i] < 0:
                    raise RuntimeError("Trying to create tensor with negative dimension ({}): ({})".format(
                        shape[i], shape[i]))
                if shape[i] == 1 or shape[i] == result[i]:
                    continue
                if result[i] != 1:
                    raise RuntimeError("Shape mismatch: objects cannot be broadcast to a single shape")
                result[i] = shape[i]
        else:
            raise RuntimeError("Input shapes should be of type ints, a tuple of ints, or a list of ints, got ", shape)
    return torch.Size(result)


_QUANTILE_MODES = ("linear", "lower", "higher", "midpoint", "nearest")


def _quantile(input, q, dim, keepdim, interpolation, ignore_nan):
    # ATen's quantile_impl (Sorting.cpp), step by step: its in-place steps give the result's
    # grad_fn (SqueezeBackward3 after LerpBackward1 for linear interpolation).
    if interpolation not in _QUANTILE_MODES:
        raise RuntimeError("quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, "
                           "but got " + str(interpolation))
    if not isinstance(q, torch.Tensor):
        q = float(q)
        if not (0 <= q <= 1):
            raise RuntimeError("quantile() q must be in the range [0, 1] but got %g" % q)
        q = torch.tensor(q, dtype=input.dtype)  # rounded to the input's dtype, as scalar_tensor does
    if input.numel() == 0:
        raise RuntimeError("quantile() input tensor must be non-empty")
    if q.dim() > 1:
        raise RuntimeError("quantile() q must be a scalar or 1D tensor")
    if input.dtype not in (torch.float32, torch.float64):
        raise RuntimeError("quantile() input tensor must be either float or double dtype")
    if input.dtype != q.dtype:
        raise RuntimeError("quantile() q tensor must be same dtype as the input tensor")
    if not bool(((q >= 0) & (q <= 1)).all()):
        raise RuntimeError("quantile() q values must be in the range [0, 1]")
    out_shape = []
    if dim is not None and input.dim() > 0:
        d = dim + input.dim() if dim < 0 else dim
        out_shape = list(input.shape)
        if keepdim:
            out_shape[d] = 1
        else:
            del out_shape[d]
    elif keepdim:
        out_shape = [1] * input.dim()
    out_shape.insert(0, q.numel())
    if dim is None:
        sorted_ = input.flatten().sort()[0]
    elif d == input.dim() - 1:
        sorted_ = input.sort()[0]
    else:
        sorted_ = input.unsqueeze(-1).transpose(d, -1).sort()[0]
    sorted_ = sorted_.view(out_shape[1:] + [sorted_.shape[-1]])
    if ignore_nan:
        ranks = q * (sorted_.isnan().logical_not_().sum(-1, True) - 1)
        ranks.masked_fill_(ranks < 0, 0)
    else:
        last_index = sorted_.shape[-1] - 1
        scaled, has_nan = torch.broadcast_tensors(q * last_index, sorted_.isnan().any(-1, True))
        ranks = torch.masked_fill(scaled, has_nan, last_index)
    if interpolation == "lower":
        ranks.floor_()
    elif interpolation == "higher":
        ranks.ceil_()
    elif interpolation == "nearest":
        ranks.round_()
    ranks_below = ranks.long()
    values_below = sorted_.gather(-1, ranks_below)
    if interpolation in ("linear", "midpoint"):
        weights = torch.full_like(ranks, 0.5) if interpolation == "midpoint" else ranks - ranks_below
        ranks_above = ranks.ceil_().long()
        values_above = sorted_.gather(-1, ranks_above)
        values_below.lerp_(values_above, weights)
    if q.dim() == 0:
        return torch._squeeze_inplace(values_below, -1)
    moved = torch._transpose_inplace(torch._unsqueeze_inplace(values_below, 0), 0, -1)
    return torch._squeeze_inplace(moved, -1)


def quantile(input, q, dim=None, keepdim=False, *, interpolation="linear", out=None):
    return _quantile(input, q, dim, keepdim, interpolation, False)


def nanquantile(input, q, dim=None, keepdim=False, *, interpolation="linear", out=None):
    return _quantile(input, q, dim, keepdim, interpolation, True)


def index_put_(input, indices, values, accumulate=False):
    if accumulate:
        # The flat position of every addressed element (repeats included), summed into in order.
        # Same values and gradients as ATen's; the graph shows IndexAddBackward0 and CopyBackwards
        # where PyTorch records one IndexPutBackward0.
        positions = torch.arange(input.numel()).view(input.shape)[tuple(indices)]
        try:
            values = values.expand(positions.shape)
        except RuntimeError:
            raise RuntimeError(f"shape mismatch: value tensor of shape {_shape_text(values)} cannot be broadcast "
                               f"to indexing result of shape {_shape_text(positions)}") from None
        summed = input.reshape(-1).index_add(0, positions.reshape(-1), values.reshape(-1))
        return input.copy_(summed.view(input.shape))
    input[tuple(indices)] = values
    return input


def index_put(input, indices, values, accumulate=False):
    return index_put_(input.clone(), indices, values, accumulate)


# torch.selu / torch.celu and their in-place forms (torch.nn.functional holds the kernels' calls).
def selu(input):
    return torch.nn.functional.selu(input)


def selu_(input):
    return torch.nn.functional.selu(input, inplace=True)


def celu(input, alpha=1.0):
    return torch.nn.functional.celu(input, alpha)


def celu_(input, alpha=1.0):
    return torch.nn.functional.celu(input, alpha, inplace=True)
