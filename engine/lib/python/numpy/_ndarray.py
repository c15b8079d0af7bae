# numpy's ndarray and scalar types over the engine's tensors. An array holds a tensor (`_t`) that
# never requires grad; views share it, so `torch.from_numpy(a)` and `t.numpy()` share memory as
# they do in PyTorch. Arithmetic follows numpy's rules (numpy._dtypes.result_type), then runs as
# engine ops in the result type.
import torch
import _numpy_native
from numpy import _dtypes
from numpy import _arrayprint


def _shape_text(shape):
    return '(' + ','.join(str(n) for n in shape) + (',)' if len(shape) == 1 else ')')


def _broadcast_shapes(shapes):
    ndim = max(len(s) for s in shapes)
    out = []
    for axis in range(ndim):
        size = 1
        for s in shapes:
            n = s[axis - ndim + len(s)] if axis - ndim + len(s) >= 0 else 1
            if n != 1:
                if size != 1 and size != n:
                    raise ValueError('operands could not be broadcast together with shapes ' +
                                     ' '.join(_shape_text(s) for s in shapes) + ' ')
                size = n
        out.append(size)
    return tuple(out)


# ---- conversion ------------------------------------------------------------------------------

def _wrap(t):
    """An ndarray over tensor t (no copy)."""
    a = ndarray.__new__(ndarray)
    a._t = t
    return a


def _result(t):
    """What a ufunc returns: an array, or a numpy scalar when the result is 0-d."""
    if t.dim() == 0:
        return _scalar_of(t)
    return _wrap(t)


def _scalar_of(t):
    s = generic.__new__(_dtypes.from_torch(t.dtype).type)
    s._t = t.clone()
    return s


def _tensor_from_data(data, dt):
    """A fresh tensor from nested lists / numbers / arrays, with numpy's default types."""
    if isinstance(data, (ndarray, generic)):
        t = data._t.clone()
        return t if dt is None else t.to(dt.torch_dtype)
    if isinstance(data, torch.Tensor):
        t = data.detach().clone()
        return t if dt is None else t.to(dt.torch_dtype)
    if isinstance(data, (list, tuple)):
        data = _plain(data)
    if dt is None:
        dt = _infer_dtype(data)
    return torch.tensor(data, dtype=dt.torch_dtype)


def _plain(data):
    # Lists may hold numpy scalars and arrays: make them Python numbers and lists.
    out = []
    for x in data:
        if isinstance(x, (ndarray, generic)):
            out.append(x.tolist())
        elif isinstance(x, (list, tuple)):
            out.append(_plain(x))
        else:
            out.append(x)
    return out


def _infer_dtype(data):
    kind = [0]

    def visit(x):
        if isinstance(x, list):
            for y in x:
                visit(y)
        elif isinstance(x, bool):
            pass
        elif isinstance(x, int):
            kind[0] = max(kind[0], 1)
        elif isinstance(x, float):
            kind[0] = 2
        else:
            raise TypeError("the playground's numpy cannot make an array of " + type(x).__name__)
    visit(data)
    if isinstance(data, list) and len(data) == 0:
        return _dtypes.float64
    return [_dtypes.bool_, _dtypes.int64, _dtypes.float64][kind[0]]


def _operand(x):
    """(dtype, counts as a scalar for promotion, Python value or None) of a ufunc operand."""
    if isinstance(x, ndarray):
        return (x.dtype, x._t.dim() == 0, None)
    if isinstance(x, generic):
        return (x.dtype, True, x._t.item())
    if isinstance(x, (bool, int, float)):
        return (_dtypes.of_python_scalar(x), True, x)
    if isinstance(x, (list, tuple)):
        a = array(x)
        return (a.dtype, a.ndim == 0, None)
    raise TypeError("unsupported operand type for numpy: '" + type(x).__name__ + "'")


def _tensor_in(x, dt):
    """x as a tensor of dtype dt (shared when it already is one)."""
    if isinstance(x, (ndarray, generic)):
        t = x._t
        return t if t.dtype == dt.torch_dtype else t.to(dt.torch_dtype)
    if isinstance(x, (list, tuple)):
        return _tensor_from_data(x, dt)
    return torch.tensor(x, dtype=dt.torch_dtype)


def asarray(a, dtype=None):
    if isinstance(a, ndarray):
        return a if dtype is None or _dtypes.resolve(dtype) is a.dtype else a.astype(dtype)
    if isinstance(a, torch.Tensor):
        if a.requires_grad:
            raise RuntimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
        out = _wrap(a.detach())
        return out if dtype is None else out.astype(dtype)
    return array(a, dtype=dtype)


def array(obj, dtype=None, copy=True, ndmin=0):
    dt = None if dtype is None else _dtypes.resolve(dtype)
    if isinstance(obj, ndarray) and not copy and (dt is None or dt is obj.dtype):
        return obj
    out = _wrap(_tensor_from_data(obj, dt))
    while out.ndim < ndmin:
        out = out[None]
    return out


# ---- ufunc machinery -------------------------------------------------------------------------

def _torch_side(x):
    # With a tensor, an array is the tensor it holds and a numpy scalar a Python number, as
    # PyTorch sees them.
    if isinstance(x, ndarray):
        return x._t
    if isinstance(x, generic):
        return x.item()
    return x


def _binary(fn, a, b, name, true_divide=False):
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        return fn(_torch_side(a), _torch_side(b))
    da, db = _operand(a), _operand(b)
    dt = _dtypes.result_type([da, db])
    if true_divide and dt.kind != 'f':
        dt = _dtypes.float64
    ta, tb = _tensor_in(a, dt), _tensor_in(b, dt)
    if ta.dim() > 0 and tb.dim() > 0 and tuple(ta.shape) != tuple(tb.shape):
        _broadcast_shapes([tuple(ta.shape), tuple(tb.shape)])
    if name == 'power' and dt.kind == 'i' and bool((tb < 0).any()):
        raise ValueError('Integers to negative integer powers are not allowed.')
    return _result(fn(ta, tb))


def _logical(a, b, op):
    da, db = _operand(a), _operand(b)
    dt = _dtypes.result_type([da, db])
    if dt.kind == 'f':
        raise TypeError("ufunc 'bitwise_" + op + "' not supported for the input types, and the inputs could not be "
                        "safely coerced to any supported types according to the casting rule ''safe''")
    ta, tb = _tensor_in(a, _dtypes.int64), _tensor_in(b, _dtypes.int64)
    if ta.dim() > 0 and tb.dim() > 0 and tuple(ta.shape) != tuple(tb.shape):
        _broadcast_shapes([tuple(ta.shape), tuple(tb.shape)])
    if dt.kind == 'b':
        x, y = ta != 0, tb != 0
        if op == 'and':
            r = x * y
        elif op == 'or':
            r = (ta + tb) != 0
        else:
            r = x != y
        return _result(r)
    raise NotImplementedError("bitwise " + op + " on integer arrays is not supported in the playground")


def _unary_math(name, x):
    dt = _operand(x)[0]
    t = _tensor_in(x, _dtypes.float64 if dt.kind != 'f' else dt)
    return _result(_numpy_native.unary(name, t))


def _same_kind(src, dst):
    return _dtypes._KIND_RANK[src.kind] <= _dtypes._KIND_RANK[dst.kind]


def _inplace(self, other, fn, name, true_divide=False):
    r = _binary(fn, self, other, name, true_divide)
    if r is NotImplemented:
        r = _wrap(fn(self._t, other))
    rd = r.dtype
    if not _same_kind(rd, self.dtype):
        raise TypeError("Cannot cast ufunc '" + name + "' output from " + repr(rd) + " to " + repr(self.dtype) +
                        " with casting rule 'same_kind'")
    self._t.copy_(r._t)
    return self


# ---- indexing --------------------------------------------------------------------------------

def _index_part(k):
    if isinstance(k, generic):
        return k._t.item()
    if isinstance(k, ndarray):
        return k._t
    if isinstance(k, list):
        return array(k)._t
    return k


def _take(t, axis, index):
    """t indexed along `axis` by an integer tensor (a copy, as numpy's fancy indexing is)."""
    moved = t.transpose(0, axis) if axis != 0 else t
    picked = moved[index]
    if axis == 0:
        return picked
    if index.dim() != 1:
        raise NotImplementedError("a multi-dimensional index array after other indices is not supported in the playground")
    return picked.transpose(0, axis)


def _expand_key(key, ndim):
    if not isinstance(key, tuple):
        key = (key,)
    parts = [_index_part(k) for k in key]
    used = 0
    for k in parts:
        if k is None or k is Ellipsis:
            continue
        used += k.dim() if isinstance(k, torch.Tensor) and k.dtype == torch.bool else 1
    if Ellipsis in parts:
        i = parts.index(Ellipsis)
        parts = parts[:i] + [slice(None)] * (ndim - used) + parts[i + 1:]
    return parts


def _get(t, key):
    parts = _expand_key(key, t.dim())
    tensors = [k for k in parts if isinstance(k, torch.Tensor)]
    negative = [k for k in parts if isinstance(k, slice) and k.step is not None and k.step < 0]
    simple = not negative and (not tensors or (len(tensors) == 1 and isinstance(parts[0], torch.Tensor)))
    if simple:
        return t[tuple(parts)]
    if len(tensors) > 1:
        return _gather(t, parts)
    out = t
    axis = 0
    for k in parts:
        if k is None:
            out = out.unsqueeze(axis)
            axis += 1
        elif isinstance(k, slice):
            if k.step is not None and k.step < 0:
                picked = list(range(*_slice_indices(k, out.shape[axis])))
                out = _take(out, axis, torch.tensor(picked, dtype=torch.int64))
            else:
                out = out[(slice(None),) * axis + (k,)]
            axis += 1
        elif isinstance(k, torch.Tensor):
            if k.dtype == torch.bool:
                if k.dim() != 1:
                    raise NotImplementedError("a boolean mask after other indices must be 1-D in the playground")
                k = torch.tensor([i for i, v in enumerate(k.tolist()) if v], dtype=torch.int64)
            out = _take(out, axis, k)
            axis += max(k.dim(), 1)
        else:
            out = out[(slice(None),) * axis + (k,)]
    return out


def _slice_indices(k, n):
    """slice.indices(n) for a negative step."""
    step = k.step
    start = n - 1 if k.start is None else (k.start + n if k.start < 0 else k.start)
    stop = -1 if k.stop is None else (k.stop + n if k.stop < 0 else k.stop)
    start = min(max(start, -1), n - 1)
    stop = min(max(stop, -1), n - 1)
    return start, stop, step


def _gather(t, parts):
    """Several index arrays, as numpy pairs them: a[rows, cols], a[:, i, j]. The arrays must be
    next to each other, after full slices only; their broadcast shape takes their place."""
    lead = 0
    while lead < len(parts) and isinstance(parts[lead], slice) and parts[lead] == slice(None):
        lead += 1
    count = 0
    while lead + count < len(parts) and isinstance(parts[lead + count], (torch.Tensor, int)):
        count += 1
    rest = parts[lead + count:]
    if any(not (isinstance(k, slice) and k == slice(None)) for k in rest):
        raise NotImplementedError("this combination of index arrays and slices is not supported in the playground")
    indices = []
    for k in parts[lead:lead + count]:
        if isinstance(k, torch.Tensor) and k.dtype == torch.bool:
            raise NotImplementedError("a boolean mask with other index arrays is not supported in the playground")
        indices.append(k if isinstance(k, torch.Tensor) else torch.tensor(k))
    shape = _broadcast_shapes([tuple(i.shape) for i in indices])
    sizes = [t.shape[lead + j] for j in range(count)]
    linear = torch.zeros(shape, dtype=torch.int64)
    for j, idx in enumerate(indices):
        n = sizes[j]
        for v in idx.reshape(-1).tolist():
            if v >= n or v < -n:
                raise IndexError('index ' + str(v) + ' is out of bounds for axis ' + str(lead + j) + ' with size ' + str(n))
        linear = linear * n + (idx % n)
    order = list(range(lead, lead + count)) + list(range(lead)) + list(range(lead + count, t.dim()))
    moved = t.permute(*order).contiguous()
    block = 1
    for n in sizes:
        block *= n
    flat = moved.reshape((block,) + tuple(moved.shape[count:]))
    picked = flat[linear.reshape(-1)].reshape(shape + tuple(moved.shape[count:]))
    if lead:
        nb = len(shape)
        picked = picked.permute(*(list(range(nb, nb + lead)) + list(range(nb)) + list(range(nb + lead, picked.dim()))))
    return picked


def _bounds_error(e):
    return IndexError(str(e).replace('for dimension', 'for axis'))


# ---- ndarray ---------------------------------------------------------------------------------

class ndarray:
    __module__ = 'numpy'

    def __init__(self, shape, dtype=float):
        dt = _dtypes.resolve(dtype)
        if isinstance(shape, int):
            shape = (shape,)
        self._t = torch.zeros(tuple(shape), dtype=dt.torch_dtype)

    # attributes
    @property
    def shape(self):
        return tuple(self._t.shape)

    @shape.setter
    def shape(self, value):
        self._t = self.reshape(value)._t

    @property
    def dtype(self):
        return _dtypes.from_torch(self._t.dtype)

    @property
    def ndim(self):
        return self._t.dim()

    @property
    def size(self):
        return self._t.numel()

    @property
    def itemsize(self):
        return self.dtype.itemsize

    @property
    def nbytes(self):
        return self.size * self.dtype.itemsize

    @property
    def T(self):
        return self.transpose()

    @property
    def flat(self):
        return iter(self.ravel())

    def __len__(self):
        if self.ndim == 0:
            raise TypeError('len() of unsized object')
        return self.shape[0]

    def __iter__(self):
        if self.ndim == 0:
            raise TypeError('iteration over a 0-d array')
        for i in range(self.shape[0]):
            yield self[i]

    def __repr__(self):
        return _arrayprint.array_repr(self)

    def __str__(self):
        return _arrayprint.array_str(self)

    def __format__(self, spec):
        if self.ndim == 0:
            return format(self.item(), spec)
        if spec:
            raise TypeError('unsupported format string passed to numpy.ndarray.__format__')
        return str(self)

    def __bool__(self):
        if self.size != 1:
            raise ValueError('The truth value of an array with more than one element is ambiguous. '
                             'Use a.any() or a.all()')
        return bool(self._t.item())

    def __float__(self):
        if self.size != 1:
            raise TypeError('only size-1 arrays can be converted to Python scalars')
        return float(self._t.item())

    def __int__(self):
        if self.size != 1:
            raise TypeError('only size-1 arrays can be converted to Python scalars')
        return int(self._t.item())

    def __index__(self):
        if self.ndim != 0 or self.dtype.kind == 'f':
            raise TypeError('only integer scalar arrays can be converted to a scalar index')
        return int(self._t.item())

    def __contains__(self, value):
        return bool((self._t == _tensor_in(value, self.dtype)).any())

    # conversion
    def tolist(self):
        return self._t.tolist()

    def item(self, *args):
        if len(args) == 1 and isinstance(args[0], int):
            return self.ravel()[args[0]].item()
        if args:
            return self[tuple(args)].item()
        if self.size != 1:
            raise ValueError('can only convert an array of size 1 to a Python scalar')
        return self._t.reshape(()).item()

    def astype(self, dtype, copy=True):
        return _wrap(self._t.to(_dtypes.resolve(dtype).torch_dtype).clone())

    def copy(self):
        return _wrap(self._t.clone())

    def fill(self, value):
        self._t.fill_(value)

    # shape
    def reshape(self, *shape, order='C'):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        shape = tuple(int(n) for n in shape)
        known = 1
        for n in shape:
            if n != -1:
                known *= n
        fits = (known == self.size) if -1 not in shape else (known != 0 and self.size % known == 0)
        if not fits:
            text = '(' + ', '.join('newaxis' if n == -1 else str(n) for n in shape) + (',)' if len(shape) == 1 else ')')
            if -1 in shape:
                text = '(' + ','.join('newaxis' if n == -1 else str(n) for n in shape) + (',)' if len(shape) == 1 else ')')
            raise ValueError('cannot reshape array of size ' + str(self.size) + ' into shape ' + text)
        return _wrap(self._t.reshape(shape))

    def ravel(self):
        return _wrap(self._t.reshape(-1))

    def flatten(self):
        return _wrap(self._t.reshape(-1).clone())

    def transpose(self, *axes):
        if len(axes) == 1 and isinstance(axes[0], (tuple, list)):
            axes = tuple(axes[0])
        if not axes:
            axes = tuple(range(self.ndim - 1, -1, -1))
        return _wrap(self._t.permute(*axes))

    def swapaxes(self, a, b):
        return _wrap(self._t.transpose(a, b))

    def squeeze(self, axis=None):
        return squeeze(self, axis)

    # indexing
    def __getitem__(self, key):
        try:
            t = _get(self._t, key)
        except IndexError as e:
            raise _bounds_error(e)
        parts = key if isinstance(key, tuple) else (key,)
        scalar = t.dim() == 0 and all(isinstance(k, (int, generic)) and not isinstance(k, bool) for k in parts)
        return _scalar_of(t) if scalar else _wrap(t)

    def __setitem__(self, key, value):
        parts = _expand_key(key, self.ndim)
        v = _tensor_in(value, self.dtype) if not isinstance(value, torch.Tensor) else value.detach().to(self._t.dtype)
        try:
            self._t[tuple(parts)] = v
            return
        except IndexError as e:
            raise _bounds_error(e)
        except NotImplementedError:
            pass
        # Index arrays after slices (a[:, [0, 2]] = 0): the same key picks the flat positions of
        # the elements it selects out of arange(size), and those are written one by one.
        try:
            positions = _get(torch.arange(self.size).reshape(self.shape), key)
        except IndexError as e:
            raise _bounds_error(e)
        values = (v + torch.zeros(tuple(positions.shape), dtype=v.dtype)).reshape(-1).tolist()
        shape = self.shape
        for position, x in zip(positions.reshape(-1).tolist(), values):
            coords = []
            for n in reversed(shape):
                coords.append(position % n)
                position //= n
            self._t[tuple(reversed(coords))] = x

    # arithmetic (numpy's promotion, then the engine's ops)
    def __add__(self, o): return _binary(lambda x, y: x + y, self, o, 'add')
    def __radd__(self, o): return _binary(lambda x, y: x + y, o, self, 'add')
    def __sub__(self, o): return _binary(lambda x, y: x - y, self, o, 'subtract')
    def __rsub__(self, o): return _binary(lambda x, y: x - y, o, self, 'subtract')
    def __mul__(self, o): return _binary(lambda x, y: x * y, self, o, 'multiply')
    def __rmul__(self, o): return _binary(lambda x, y: x * y, o, self, 'multiply')
    def __truediv__(self, o): return _binary(lambda x, y: x / y, self, o, 'true_divide', True)
    def __rtruediv__(self, o): return _binary(lambda x, y: x / y, o, self, 'true_divide', True)
    def __floordiv__(self, o): return _binary(lambda x, y: x // y, self, o, 'floor_divide')
    def __rfloordiv__(self, o): return _binary(lambda x, y: x // y, o, self, 'floor_divide')
    def __mod__(self, o): return _binary(lambda x, y: x % y, self, o, 'remainder')
    def __rmod__(self, o): return _binary(lambda x, y: x % y, o, self, 'remainder')
    def __pow__(self, o): return _binary(lambda x, y: x ** y, self, o, 'power')
    def __rpow__(self, o): return _binary(lambda x, y: x ** y, o, self, 'power')
    def __matmul__(self, o): return matmul(self, o)
    def __rmatmul__(self, o): return matmul(o, self)
    def __and__(self, o): return _logical(self, o, 'and')
    def __rand__(self, o): return _logical(o, self, 'and')
    def __or__(self, o): return _logical(self, o, 'or')
    def __ror__(self, o): return _logical(o, self, 'or')
    def __xor__(self, o): return _logical(self, o, 'xor')
    def __rxor__(self, o): return _logical(o, self, 'xor')
    def __iadd__(self, o): return _inplace(self, o, lambda x, y: x + y, 'add')
    def __isub__(self, o): return _inplace(self, o, lambda x, y: x - y, 'subtract')
    def __imul__(self, o): return _inplace(self, o, lambda x, y: x * y, 'multiply')
    def __itruediv__(self, o): return _inplace(self, o, lambda x, y: x / y, 'true_divide', True)
    def __ipow__(self, o): return _inplace(self, o, lambda x, y: x ** y, 'power')

    def __neg__(self):
        if self.dtype.kind == 'b':
            raise TypeError('The numpy boolean negative, the `-` operator, is not supported, use the `~` operator '
                            'or the logical_not function instead.')
        return _result(-self._t)

    def __pos__(self):
        return _result(self._t.clone())

    def __abs__(self):
        return _result(self._t.clone() if self.dtype.kind == 'b' else self._t.abs())

    def __invert__(self):
        if self.dtype.kind == 'b':
            return _result(self._t.logical_not())
        if self.dtype.kind == 'i':
            return _result(-self._t - 1)
        raise TypeError("ufunc 'invert' not supported for the input types, and the inputs could not be safely "
                        "coerced to any supported types according to the casting rule ''safe''")

    def __eq__(self, o): return _binary(lambda x, y: x == y, self, o, 'equal')
    def __ne__(self, o): return _binary(lambda x, y: x != y, self, o, 'not_equal')
    def __lt__(self, o): return _binary(lambda x, y: x < y, self, o, 'less')
    def __le__(self, o): return _binary(lambda x, y: x <= y, self, o, 'less_equal')
    def __gt__(self, o): return _binary(lambda x, y: x > y, self, o, 'greater')
    def __ge__(self, o): return _binary(lambda x, y: x >= y, self, o, 'greater_equal')

    # methods that are numpy functions too (numpy._functions defines them)
    def sum(self, axis=None, dtype=None, keepdims=False): return _functions().sum(self, axis, dtype, keepdims=keepdims)
    def mean(self, axis=None, dtype=None, keepdims=False): return _functions().mean(self, axis, dtype, keepdims=keepdims)
    def std(self, axis=None, dtype=None, ddof=0, keepdims=False): return _functions().std(self, axis, dtype, ddof=ddof, keepdims=keepdims)
    def var(self, axis=None, dtype=None, ddof=0, keepdims=False): return _functions().var(self, axis, dtype, ddof=ddof, keepdims=keepdims)
    def min(self, axis=None, keepdims=False): return _functions().min(self, axis, keepdims=keepdims)
    def max(self, axis=None, keepdims=False): return _functions().max(self, axis, keepdims=keepdims)
    def argmin(self, axis=None): return _functions().argmin(self, axis)
    def argmax(self, axis=None): return _functions().argmax(self, axis)
    def prod(self, axis=None, keepdims=False): return _functions().prod(self, axis, keepdims=keepdims)
    def cumsum(self, axis=None): return _functions().cumsum(self, axis)
    def cumprod(self, axis=None): return _functions().cumprod(self, axis)
    def any(self, axis=None): return _functions().any(self, axis)
    def all(self, axis=None): return _functions().all(self, axis)
    def round(self, decimals=0): return _functions().round(self, decimals)
    def clip(self, a_min=None, a_max=None): return _functions().clip(self, a_min, a_max)
    def dot(self, b): return _functions().dot(self, b)
    def nonzero(self): return _functions().nonzero(self)
    def argsort(self, axis=-1): return _functions().argsort(self, axis)


def _functions():
    import numpy._functions
    return numpy._functions


def matmul(a, b):
    return _functions().matmul(a, b)


def squeeze(a, axis=None):
    a = asarray(a)
    if axis is None:
        return _wrap(a._t.squeeze())
    axes = axis if isinstance(axis, tuple) else (axis,)
    t = a._t
    for ax in sorted([x % a.ndim for x in axes], reverse=True):
        if t.shape[ax] != 1:
            raise ValueError('cannot select an axis to squeeze out which has size not equal to one')
        t = t.squeeze(ax)
    return _wrap(t)


# ---- scalars ---------------------------------------------------------------------------------

class generic:
    """A numpy scalar (np.float64(1.5), a[0], a.sum()): a 0-d tensor and numpy's printing."""
    _numpy_dtype = None
    __module__ = 'numpy'

    def __init__(self, value=0):
        dt = type(self)._numpy_dtype
        if isinstance(value, str):
            value = float(value) if dt.kind == 'f' else int(value)
        self._t = _tensor_in(value, dt).clone().reshape(())

    @property
    def dtype(self):
        return _dtypes.from_torch(self._t.dtype)

    shape = ()
    ndim = 0
    size = 1

    def item(self):
        return self._t.item()

    def tolist(self):
        return self._t.item()

    def astype(self, dtype):
        return _scalar_of(self._t.to(_dtypes.resolve(dtype).torch_dtype))

    def __repr__(self):
        return _arrayprint.scalar_repr(self._t.item(), self.dtype.name)

    def __str__(self):
        return _arrayprint.scalar_str(self._t.item(), self.dtype.name)

    def __format__(self, spec):
        return format(self._t.item(), spec)

    def __float__(self): return float(self._t.item())
    def __int__(self): return int(self._t.item())
    def __bool__(self): return bool(self._t.item())

    def __index__(self):
        if self.dtype.kind == 'f':
            raise TypeError("'numpy.float64' object cannot be interpreted as an integer")
        return int(self._t.item())

    def __hash__(self):
        return hash(self._t.item())

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self._t.item())
        return _functions().round(self, ndigits)

    # A numpy scalar with a tensor behaves as a Python number does (float32 * np.float64 stays float32).
    def __add__(self, o): return o.__radd__(self.item()) if isinstance(o, torch.Tensor) else _binary(lambda x, y: x + y, self, o, 'add')
    def __radd__(self, o): return o + self.item() if isinstance(o, torch.Tensor) else _binary(lambda x, y: x + y, o, self, 'add')
    def __sub__(self, o): return self.item() - o if isinstance(o, torch.Tensor) else _binary(lambda x, y: x - y, self, o, 'subtract')
    def __rsub__(self, o): return o - self.item() if isinstance(o, torch.Tensor) else _binary(lambda x, y: x - y, o, self, 'subtract')
    def __mul__(self, o): return o * self.item() if isinstance(o, torch.Tensor) else _binary(lambda x, y: x * y, self, o, 'multiply')
    def __rmul__(self, o): return o * self.item() if isinstance(o, torch.Tensor) else _binary(lambda x, y: x * y, o, self, 'multiply')
    def __truediv__(self, o): return self.item() / o if isinstance(o, torch.Tensor) else _binary(lambda x, y: x / y, self, o, 'true_divide', True)
    def __rtruediv__(self, o): return o / self.item() if isinstance(o, torch.Tensor) else _binary(lambda x, y: x / y, o, self, 'true_divide', True)
    def __floordiv__(self, o): return _binary(lambda x, y: x // y, self, o, 'floor_divide')
    def __rfloordiv__(self, o): return _binary(lambda x, y: x // y, o, self, 'floor_divide')
    def __mod__(self, o): return _binary(lambda x, y: x % y, self, o, 'remainder')
    def __rmod__(self, o): return _binary(lambda x, y: x % y, o, self, 'remainder')
    def __pow__(self, o): return self.item() ** o if isinstance(o, torch.Tensor) else _binary(lambda x, y: x ** y, self, o, 'power')
    def __rpow__(self, o): return o ** self.item() if isinstance(o, torch.Tensor) else _binary(lambda x, y: x ** y, o, self, 'power')
    def __neg__(self): return _scalar_of(-self._t)
    def __pos__(self): return self
    def __abs__(self): return _scalar_of(self._t.abs())
    def __eq__(self, o): return _binary(lambda x, y: x == y, self, o, 'equal')
    def __ne__(self, o): return _binary(lambda x, y: x != y, self, o, 'not_equal')
    def __lt__(self, o): return _binary(lambda x, y: x < y, self, o, 'less')
    def __le__(self, o): return _binary(lambda x, y: x <= y, self, o, 'less_equal')
    def __gt__(self, o): return _binary(lambda x, y: x > y, self, o, 'greater')
    def __ge__(self, o): return _binary(lambda x, y: x >= y, self, o, 'greater_equal')


class float64(generic):
    __module__ = 'numpy'
    _numpy_dtype = _dtypes.float64


class float32(generic):
    __module__ = 'numpy'
    _numpy_dtype = _dtypes.float32


class int64(generic):
    __module__ = 'numpy'
    _numpy_dtype = _dtypes.int64


class bool_(generic):
    __module__ = 'numpy'
    _numpy_dtype = _dtypes.bool_


for _cls in (float64, float32, int64, bool_):
    _dtypes._SCALAR_TYPES[_cls._numpy_dtype.name] = _cls
