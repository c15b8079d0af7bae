# numpy's functions over ndarray (numpy._ndarray): creation, elementwise math, reductions in
# numpy's summation order, joining, linear algebra products and comparisons.
import math
import torch

# This module defines numpy's sum, min, max, abs, round, any and all; Python's are kept here.
_py_sum, _py_min, _py_max, _py_abs, _py_any, _py_all = sum, min, max, abs, any, all

import _numpy_native
from numpy import _dtypes
from numpy._ndarray import (ndarray, generic, array, asarray, _wrap, _result, _binary, _operand, _tensor_in,
                            _unary_math, _shape_text, squeeze)


def _dt(dtype, default=_dtypes.float64):
    return default if dtype is None else _dtypes.resolve(dtype)


def _shape(shape):
    if isinstance(shape, (int, generic)):
        return (int(shape),)
    return tuple(int(n) for n in shape)


# ---- creation --------------------------------------------------------------------------------

def zeros(shape, dtype=float):
    return _wrap(torch.zeros(_shape(shape), dtype=_dt(dtype).torch_dtype))


def ones(shape, dtype=None):
    return _wrap(torch.ones(_shape(shape), dtype=_dt(dtype).torch_dtype))


def empty(shape, dtype=float):
    return zeros(shape, dtype)


def full(shape, fill_value, dtype=None):
    dt = _dt(dtype, _operand(fill_value)[0])
    return _wrap(torch.full(_shape(shape), _tensor_in(fill_value, dt).item(), dtype=dt.torch_dtype))


def zeros_like(a, dtype=None):
    a = asarray(a)
    return zeros(a.shape, _dt(dtype, a.dtype))


def ones_like(a, dtype=None):
    a = asarray(a)
    return ones(a.shape, _dt(dtype, a.dtype))


def empty_like(a, dtype=None):
    return zeros_like(a, dtype)


def full_like(a, fill_value, dtype=None):
    a = asarray(a)
    return full(a.shape, fill_value, _dt(dtype, a.dtype))


def eye(N, M=None, k=0, dtype=float):
    M = N if M is None else M
    out = zeros((N, M), dtype)
    for i in range(N):
        if 0 <= i + k < M:
            out._t[i, i + k] = 1
    return out


def identity(n, dtype=None):
    return eye(n, dtype=_dt(dtype))


def arange(start, stop=None, step=1, dtype=None):
    if stop is None:
        start, stop = 0, start
    kinds = [_operand(x)[0] for x in (start, stop, step)]
    dt = kinds[0]
    for d in kinds[1:]:
        dt = _dtypes.promote_types(dt, d)
    if dt.kind == 'b':
        dt = _dtypes.int64
    if dtype is not None:
        dt = _dtypes.resolve(dtype)
    start, stop, step = float(start), float(stop), float(step)
    if step == 0:
        raise ZeroDivisionError('division by zero')
    n = _py_max(int(math.ceil((stop - start) / step)), 0)
    # numpy fills from the first two values: start + i * ((start + step) - start).
    delta = (start + step) - start
    values = [start + i * delta for i in range(n)]
    return _wrap(torch.tensor(values, dtype=torch.float64).to(dt.torch_dtype))


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None):
    num = int(num)
    if num < 0:
        raise ValueError('Number of samples, ' + str(num) + ', must be non-negative.')
    div = num - 1 if endpoint else num
    start, stop = float(start), float(stop)
    delta = stop - start
    y = torch.arange(0, num, dtype=torch.float64)
    step = delta / div if div > 0 else float('nan')
    if div > 0:
        y = y / div * delta if step == 0 else y * step
    else:
        y = y * delta
    y = y + start
    if endpoint and num > 1:
        y[-1] = stop
    out = _wrap(y.to(_dt(dtype).torch_dtype))
    return (out, step) if retstep else out


# ---- elementwise math ------------------------------------------------------------------------

def _math(name):
    def fn(x):
        return _unary_math(name, x)
    fn.__name__ = name
    return fn


exp = _math('exp')
log = _math('log')
log2 = _math('log2')
log10 = _math('log10')
log1p = _math('log1p')
expm1 = _math('expm1')
sqrt = _math('sqrt')
sin = _math('sin')
cos = _math('cos')
tan = _math('tan')
arcsin = _math('arcsin')
arccos = _math('arccos')
arctan = _math('arctan')
sinh = _math('sinh')
cosh = _math('cosh')
tanh = _math('tanh')
rint = _math('rint')


floor = _math('floor')   # of integers too: float64, as numpy's floor and ceil give
ceil = _math('ceil')
trunc = _math('trunc')


def absolute(x):
    return _py_abs(asarray(x)) if not isinstance(x, generic) else _py_abs(x)


abs = absolute


def negative(x):
    return -asarray(x) if not isinstance(x, generic) else -x


def square(x):
    return multiply(x, x)


def sign(x):
    a = asarray(x)
    return _result(torch.sign(a._t) if a.dtype.kind != 'b' else a._t.clone())


def add(a, b): return _binary(lambda x, y: x + y, a, b, 'add')
def subtract(a, b): return _binary(lambda x, y: x - y, a, b, 'subtract')
def multiply(a, b): return _binary(lambda x, y: x * y, a, b, 'multiply')
def divide(a, b): return _binary(lambda x, y: x / y, a, b, 'true_divide', True)
def power(a, b): return _binary(lambda x, y: x ** y, a, b, 'power')
def maximum(a, b): return _binary(lambda x, y: _max2(x, y), a, b, 'maximum')
def minimum(a, b): return _binary(lambda x, y: _min2(x, y), a, b, 'minimum')


true_divide = divide
floor_divide = lambda a, b: _binary(lambda x, y: x // y, a, b, 'floor_divide')
mod = remainder = lambda a, b: _binary(lambda x, y: x % y, a, b, 'remainder')


def _max2(x, y):
    # numpy's maximum propagates NaN from either side.
    return torch.where(x != x, x, torch.where(y != y, y, torch.where(x >= y, x, y)))


def _min2(x, y):
    return torch.where(x != x, x, torch.where(y != y, y, torch.where(x <= y, x, y)))


def isnan(x):
    t = _tensor_in(x, _operand(x)[0])
    return _result(t != t)


def isinf(x):
    t = _tensor_in(x, _operand(x)[0])
    return _result(t.abs() == float('inf'))


def isfinite(x):
    t = _tensor_in(x, _operand(x)[0])
    return _result(torch.isfinite(t))


def round(a, decimals=0):
    if _operand(a)[0].kind != 'f':
        return asarray(a).copy() if not isinstance(a, generic) else a
    if decimals >= 0:
        f = 10.0 ** decimals
        return _unary_math('rint', multiply(a, f)) / f
    f = 10.0 ** (-decimals)
    return _unary_math('rint', divide(a, f)) * f


around = round


def clip(a, a_min=None, a_max=None):
    if a_min is None and a_max is None:
        raise ValueError('One of max or min must be given')
    dt = _dtypes.result_type([_operand(x) for x in (a, a_min, a_max) if x is not None])
    t = _tensor_in(a, dt)
    if a_min is not None:
        t = _max2(t, _tensor_in(a_min, dt))
    if a_max is not None:
        t = _min2(t, _tensor_in(a_max, dt))
    return _result(t)


def where(condition, x=None, y=None):
    if x is None and y is None:
        return nonzero(condition)
    cond = _tensor_in(condition, _dtypes.bool_)
    dt = _dtypes.result_type([_operand(x), _operand(y)])
    return _result(torch.where(cond, _tensor_in(x, dt), _tensor_in(y, dt)))


def nonzero(a):
    a = asarray(a)
    flat = a._t.reshape(-1).tolist()
    shape = a.shape
    coords = [[] for _ in shape]
    for i, v in enumerate(flat):
        if v:
            rest = i
            for axis in range(len(shape) - 1, -1, -1):
                coords[axis].append(rest % shape[axis])
                rest //= shape[axis]
    return tuple(array(c, dtype=_dtypes.int64) for c in coords)


def argwhere(a):
    return transpose(array([c.tolist() for c in nonzero(a)], dtype=_dtypes.int64))


def count_nonzero(a, axis=None):
    return sum(asarray(a) != 0, axis)


# ---- reductions ------------------------------------------------------------------------------

def _axes(axis, ndim):
    if axis is None:
        return list(range(ndim))
    axes = axis if isinstance(axis, (tuple, list)) else (axis,)
    out = []
    for ax in axes:
        ax = int(ax)
        if ax < -ndim or ax >= ndim:
            raise _AxisError(ax, ndim)
        out.append(ax % ndim)
    return sorted(out)


class AxisError(ValueError, IndexError):
    pass


def _AxisError(axis, ndim):
    return AxisError('axis ' + str(axis) + ' is out of bounds for array of dimension ' + str(ndim))


def _add_reduce(t, axes, keepdims):
    """Sum of t over `axes` (sorted) in numpy's order: the reduced axes moved last, pairwise."""
    ndim = t.dim()
    if len(axes) == ndim:
        r = _numpy_native.add_reduce(t, None, False)
        return r.reshape((1,) * ndim) if keepdims else r
    if len(axes) == 1:
        return _numpy_native.add_reduce(t, axes[0], keepdims)
    kept = [d for d in range(ndim) if d not in axes]
    moved = t.permute(*(kept + axes)).contiguous()
    moved = moved.reshape(tuple(t.shape[d] for d in kept) + (-1,))
    r = _numpy_native.add_reduce(moved, len(kept), False)
    if keepdims:
        r = r.reshape(tuple(1 if d in axes else t.shape[d] for d in range(ndim)))
    return r


def _count(t, axes):
    n = 1
    for d in axes:
        n *= t.shape[d]
    return n


def sum(a, axis=None, dtype=None, out=None, keepdims=False):
    a = asarray(a)
    dt = _dtypes.resolve(dtype) if dtype is not None else (_dtypes.int64 if a.dtype.kind == 'b' else a.dtype)
    t = a._t.to(dt.torch_dtype)
    return _result(_add_reduce(t, _axes(axis, a.ndim), keepdims))


def mean(a, axis=None, dtype=None, out=None, keepdims=False):
    a = asarray(a)
    dt = _dtypes.resolve(dtype) if dtype is not None else (a.dtype if a.dtype.kind == 'f' else _dtypes.float64)
    axes = _axes(axis, a.ndim)
    t = a._t.to(dt.torch_dtype)
    return _result(_add_reduce(t, axes, keepdims) / _count(t, axes))


def var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    a = asarray(a)
    dt = _dtypes.resolve(dtype) if dtype is not None else (a.dtype if a.dtype.kind == 'f' else _dtypes.float64)
    axes = _axes(axis, a.ndim)
    t = a._t.to(dt.torch_dtype)
    n = _count(t, axes)
    centred = t - _add_reduce(t, axes, True) / n
    total = _add_reduce(centred * centred, axes, keepdims)
    return _result(total / _py_max(n - ddof, 0))


def std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    v = var(a, axis, dtype, ddof=ddof, keepdims=keepdims)
    return _unary_math('sqrt', v)


def _extreme(a, axis, keepdims, is_max):
    a = asarray(a)
    name = 'maximum' if is_max else 'minimum'
    if a.size == 0:
        raise ValueError('zero-size array to reduction operation ' + name + ' which has no identity')
    t = a._t
    axes = _axes(axis, a.ndim)
    if len(axes) == a.ndim and not keepdims:
        r = t.reshape(-1)
        r = r.max() if is_max else r.min()
        if t.dtype.is_floating_point and bool((t != t).any()):
            r = torch.tensor(float('nan'), dtype=t.dtype)
        return _result(r)
    for ax in reversed(axes):
        r = t.max(dim=ax, keepdim=keepdims) if is_max else t.min(dim=ax, keepdim=keepdims)
        t = r.values
    return _result(t)


def max(a, axis=None, out=None, keepdims=False):
    return _extreme(a, axis, keepdims, True)


def min(a, axis=None, out=None, keepdims=False):
    return _extreme(a, axis, keepdims, False)


amax = max
amin = min


def _orderable(a):
    # torch has no argmax of bools; as integers the first True is still the first maximum.
    return a._t.to(torch.int64) if a.dtype.kind == 'b' else a._t


def argmax(a, axis=None):
    a = asarray(a)
    if axis is None:
        return _result(_orderable(a).reshape(-1).argmax())
    return _result(_orderable(a).argmax(dim=_axes(axis, a.ndim)[0]))


def argmin(a, axis=None):
    a = asarray(a)
    if axis is None:
        return _result(_orderable(a).reshape(-1).argmin())
    return _result(_orderable(a).argmin(dim=_axes(axis, a.ndim)[0]))


def prod(a, axis=None, dtype=None, keepdims=False):
    a = asarray(a)
    dt = _dtypes.resolve(dtype) if dtype is not None else (_dtypes.int64 if a.dtype.kind == 'b' else a.dtype)
    t = a._t.to(dt.torch_dtype)
    if axis is None:
        r = _numpy_native.cumulative(t.reshape(-1), 0, True)
        r = r[-1] if r.numel() else torch.tensor(1, dtype=dt.torch_dtype)
        return _result(r.reshape((1,) * a.ndim) if keepdims else r)
    for ax in reversed(_axes(axis, a.ndim)):
        t = t.prod(dim=ax, keepdim=keepdims)
    return _result(t)


def _cumulative(a, axis, product):
    a = asarray(a)
    t = a._t.to(torch.int64) if a.dtype.kind == 'b' else a._t
    if axis is None:
        t = t.reshape(-1)
        axis = 0
    return _wrap(_numpy_native.cumulative(t, _axes(axis, t.dim())[0], product))


def cumsum(a, axis=None):
    return _cumulative(a, axis, False)


def cumprod(a, axis=None):
    return _cumulative(a, axis, True)


def any(a, axis=None):
    s = sum(asarray(a) != 0, axis)
    return s > 0


def all(a, axis=None):
    a = asarray(a)
    return sum(a == 0, axis) == 0


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(all(isclose(a, b, rtol, atol, equal_nan)))


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    x = _tensor_in(a, _dtypes.float64)
    y = _tensor_in(b, _dtypes.float64)
    close = (x - y).abs() <= atol + rtol * y.abs()
    close = (close.long() + (x == y).long()) > 0   # inf == inf is close
    if equal_nan:
        close = (close.long() + ((x != x).long() * (y != y).long())) > 0
    return _result(close)


def array_equal(a1, a2):
    a1, a2 = asarray(a1), asarray(a2)
    if a1.shape != a2.shape:
        return False
    return bool(all(a1 == a2))


# ---- joining and shapes ----------------------------------------------------------------------

def _common(arrays):
    arrays = [asarray(x) for x in arrays]
    dt = arrays[0].dtype
    for x in arrays[1:]:
        dt = _dtypes.promote_types(dt, x.dtype)
    return arrays, dt


def concatenate(arrays, axis=0):
    arrays, dt = _common(arrays)
    if axis is None:
        return _wrap(torch.cat([x._t.reshape(-1).to(dt.torch_dtype) for x in arrays]))
    ndim = arrays[0].ndim
    for i, x in enumerate(arrays):
        if x.ndim != ndim:
            raise ValueError('all the input arrays must have same number of dimensions, but the array at index 0 has ' +
                             str(ndim) + ' dimension(s) and the array at index ' + str(i) + ' has ' + str(x.ndim) +
                             ' dimension(s)')
    return _wrap(torch.cat([x._t.to(dt.torch_dtype) for x in arrays], dim=axis))


def stack(arrays, axis=0):
    arrays, dt = _common(arrays)
    shape = arrays[0].shape
    for x in arrays[1:]:
        if x.shape != shape:
            raise ValueError('all input arrays must have the same shape')
    return _wrap(torch.stack([x._t.to(dt.torch_dtype) for x in arrays], dim=axis))


def atleast_1d(a):
    a = asarray(a)
    return a.reshape(1) if a.ndim == 0 else a


def atleast_2d(a):
    a = asarray(a)
    return a.reshape(1, -1) if a.ndim < 2 else a


def vstack(arrays):
    return concatenate([atleast_2d(x) for x in arrays], axis=0)


def hstack(arrays):
    arrays = [atleast_1d(x) for x in arrays]
    return concatenate(arrays, axis=0 if arrays[0].ndim == 1 else 1)


def column_stack(arrays):
    return concatenate([asarray(x).reshape(-1, 1) if asarray(x).ndim < 2 else asarray(x) for x in arrays], axis=1)


def expand_dims(a, axis):
    a = asarray(a)
    axis = axis if axis >= 0 else axis + a.ndim + 1
    return _wrap(a._t.unsqueeze(axis))


def reshape(a, newshape):
    return asarray(a).reshape(newshape)


def ravel(a):
    return asarray(a).ravel()


def transpose(a, axes=None):
    a = asarray(a)
    return a.transpose() if axes is None else a.transpose(axes)


def shape(a):
    return asarray(a).shape


def ndim(a):
    return asarray(a).ndim


def size(a):
    return asarray(a).size


def argsort(a, axis=-1):
    a = asarray(a)
    if a.ndim != 1:
        raise NotImplementedError('argsort of a multi-dimensional array is not supported in the playground')
    values = a.tolist()
    order = sorted(range(len(values)), key=lambda i: values[i])
    return array(order, dtype=_dtypes.int64)


def sort(a, axis=-1):
    a = asarray(a)
    return a[argsort(a)]


def unique(a):
    a = asarray(a)
    return array(sorted(set(a.ravel().tolist())), dtype=a.dtype)


# ---- products --------------------------------------------------------------------------------

def matmul(a, b):
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        return NotImplemented
    a, b = asarray(a), asarray(b)
    if a.ndim == 0 or b.ndim == 0:
        raise ValueError("matmul: Input operand " + ('0' if a.ndim == 0 else '1') + " does not have enough dimensions "
                         "(has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
    k_b = b.shape[0] if b.ndim == 1 else b.shape[-2]
    if a.shape[-1] != k_b:
        raise ValueError('matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature '
                         '(n?,k),(k,m?)->(n?,m?) (size ' + str(k_b) + ' is different from ' + str(a.shape[-1]) + ')')
    dt = _dtypes.promote_types(a.dtype, b.dtype)
    work = _dtypes.int64 if dt.kind == 'b' else dt
    x, y = a._t.to(work.torch_dtype), b._t.to(work.torch_dtype)
    if x.dim() > 2 or y.dim() > 2:
        r = _batched_matmul(x, y)
    else:
        r = x @ y
    return _result(r != 0 if dt.kind == 'b' else r)


def _batched_matmul(x, y):
    # Stacks of matrices: the batch dimensions broadcast, one 2-D product per matrix.
    if x.dim() == 1:
        return _batched_matmul(x.reshape(1, -1), y).squeeze(-2)
    if y.dim() == 1:
        return _batched_matmul(x, y.reshape(-1, 1)).squeeze(-1)
    batch = _broadcast(tuple(x.shape[:-2]), tuple(y.shape[:-2]))
    xs = x.expand(batch + tuple(x.shape[-2:])).reshape((-1,) + tuple(x.shape[-2:]))
    ys = y.expand(batch + tuple(y.shape[-2:])).reshape((-1,) + tuple(y.shape[-2:]))
    products = [xs[i] @ ys[i] for i in range(xs.shape[0])]
    return torch.stack(products).reshape(batch + (x.shape[-2], y.shape[-1]))


def _broadcast(a, b):
    from numpy._ndarray import _broadcast_shapes
    return _broadcast_shapes([a, b])


def dot(a, b):
    a, b = asarray(a), asarray(b)
    if a.ndim == 0 or b.ndim == 0:
        return multiply(a, b)
    k_b = b.shape[0] if b.ndim == 1 else b.shape[-2]
    if a.shape[-1] != k_b:
        axis_b = 0 if b.ndim == 1 else b.ndim - 2
        raise ValueError('shapes ' + _shape_text(a.shape) + ' and ' + _shape_text(b.shape) + ' not aligned: ' +
                         str(a.shape[-1]) + ' (dim ' + str(a.ndim - 1) + ') != ' + str(k_b) + ' (dim ' + str(axis_b) + ')')
    return matmul(a, b)


def inner(a, b):
    return dot(a, b)


def outer(a, b):
    a, b = asarray(a).ravel(), asarray(b).ravel()
    return multiply(a.reshape(-1, 1), b.reshape(1, -1))


def meshgrid(*xi, indexing='xy'):
    arrays = [asarray(x).ravel() for x in xi]
    if indexing == 'xy' and len(arrays) >= 2:
        arrays[0], arrays[1] = arrays[1], arrays[0]
    shape = tuple(a.size for a in arrays)
    grids = []
    for i, a in enumerate(arrays):
        view = [1] * len(arrays)
        view[i] = a.size
        grids.append(_wrap(a._t.reshape(tuple(view)).expand(shape).contiguous()))
    if indexing == 'xy' and len(grids) >= 2:   # 'xy': the grids of (y, x, ...), handed back as (x, y, ...)
        grids[0], grids[1] = grids[1], grids[0]
    return grids


def append(arr, values, axis=None):
    arr = asarray(arr)
    values = asarray(values)
    if axis is None:
        return concatenate([arr.ravel(), values.ravel()])
    return concatenate([arr, values], axis=axis)


def repeat(a, repeats, axis=None):
    a = asarray(a)
    if axis is None:
        a = a.ravel()
        axis = 0
    axis = _axes(axis, a.ndim)[0]
    n = a.shape[axis]
    counts = [int(repeats)] * n if isinstance(repeats, (int, generic)) else [int(r) for r in repeats]
    index = [i for i in range(n) for _ in range(counts[i])]
    return a[(slice(None),) * axis + (array(index, dtype=_dtypes.int64),)]


def tile(a, reps):
    a = asarray(a)
    reps = (int(reps),) if isinstance(reps, (int, generic)) else tuple(int(r) for r in reps)
    t = a._t
    while t.dim() < len(reps):
        t = t.unsqueeze(0)
    reps = (1,) * (t.dim() - len(reps)) + reps
    for axis, r in enumerate(reps):
        t = torch.cat([t] * r, dim=axis) if r != 1 else t
    return _wrap(t.contiguous())


def flip(a, axis=None):
    a = asarray(a)
    axes = _axes(axis, a.ndim)
    key = tuple(slice(None, None, -1) if d in axes else slice(None) for d in range(a.ndim))
    return a[key]


def diag(v, k=0):
    v = asarray(v)
    if v.ndim == 1:
        n = v.size + (k if k >= 0 else -k)
        out = zeros((n, n), v.dtype)
        for i, x in enumerate(v.tolist()):
            out._t[i if k >= 0 else i - k, i + k if k >= 0 else i] = x
        return out
    rows, cols = v.shape
    picked = [v._t[i, i + k].item() for i in range(rows) if 0 <= i + k < cols]
    return array(picked, dtype=v.dtype)


def trace(a):
    return sum(diag(a))


def diff(a, n=1, axis=-1):
    a = asarray(a)
    axis = _axes(axis, a.ndim)[0]
    for _ in range(n):
        head = (slice(None),) * axis
        a = a[head + (slice(1, None),)] - a[head + (slice(None, -1),)]
    return a
