# numpy's dtypes for the four the engine stores (float64, float32, int64, bool) and numpy 1.24's
# type promotion, which differs from torch's: integers with float32 give float64, and Python
# scalars (and 0-d arrays) only widen an array's type when they are of a higher kind.
import torch

_FLOAT32_MAX = 3.4028234663852886e38
_SCALAR_TYPES = {}


class dtype:
    def __init__(self, name, kind, char, itemsize, torch_dtype):
        self.name = name
        self.kind = kind          # 'f', 'i' or 'b'
        self.char = char
        self.itemsize = itemsize
        self.torch_dtype = torch_dtype

    @property
    def type(self):
        # The scalar class (np.float64 for dtype('float64')), registered by numpy._ndarray in a
        # module-level table: an attribute here would make a dtype <-> class reference cycle,
        # which the interpreter (no cycle collector) could never free.
        return _SCALAR_TYPES.get(self.name)

    def __repr__(self):
        return "dtype('" + self.name + "')"

    def __str__(self):
        return self.name

    def __eq__(self, other):
        try:
            return resolve(other) is self
        except TypeError:
            return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self.name)

    @property
    def str(self):
        return {'f': '<f', 'i': '<i', 'b': '|b'}[self.kind] + str(self.itemsize)


float64 = dtype('float64', 'f', 'd', 8, torch.float64)
float32 = dtype('float32', 'f', 'f', 4, torch.float32)
int64 = dtype('int64', 'i', 'l', 8, torch.int64)
bool_ = dtype('bool', 'b', '?', 1, torch.bool)

_BY_NAME = {
    'float64': float64, 'f8': float64, 'float': float64, 'd': float64, 'double': float64, 'float_': float64,
    'float32': float32, 'f4': float32, 'f': float32, 'single': float32,
    'int64': int64, 'i8': int64, 'int': int64, 'l': int64, 'int_': int64, 'long': int64, 'intp': int64,
    'bool': bool_, '?': bool_, 'bool_': bool_, 'b1': bool_,
}
# Names numpy has that the engine cannot store: refused by name rather than silently changed.
_UNSUPPORTED = ('int32', 'int16', 'int8', 'uint8', 'uint16', 'uint32', 'uint64', 'float16', 'half',
                'complex64', 'complex128', 'complex', 'str', 'object', 'i4', 'i2', 'i1', 'u1', 'f2', 'c8', 'c16')
_FROM_TORCH = {torch.float64: float64, torch.float32: float32, torch.int64: int64, torch.bool: bool_}


def unsupported(name):
    raise TypeError("numpy." + name + " is not supported in the playground: its arrays hold float64, "
                    "float32, int64 or bool")


def resolve(x):
    """The dtype that `dtype=x` means: a dtype, a scalar type (np.float32), float/int/bool, a name."""
    if isinstance(x, dtype):
        return x
    if x is float:
        return float64
    if x is int:
        return int64
    if x is bool:
        return bool_
    d = getattr(x, '_numpy_dtype', None)
    if d is not None:
        return d
    if isinstance(x, str):
        if x in _BY_NAME:
            return _BY_NAME[x]
        if x in _UNSUPPORTED:
            unsupported(x)
        raise TypeError("data type '" + x + "' not understood")
    if x in _FROM_TORCH:
        return _FROM_TORCH[x]
    raise TypeError("Cannot interpret '" + repr(x) + "' as a data type")


def from_torch(torch_dtype):
    return _FROM_TORCH[torch_dtype]


_KIND_RANK = {'b': 0, 'i': 1, 'f': 2}


def promote_types(a, b):
    if a is b:
        return a
    if a is bool_:
        return b
    if b is bool_:
        return a
    return float64   # int64 with float32, or anything with float64


def of_python_scalar(v):
    if isinstance(v, bool):
        return bool_
    if isinstance(v, int):
        return int64
    if isinstance(v, float):
        return float64
    raise TypeError("unsupported operand " + type(v).__name__)


def result_type(operands):
    """numpy 1.24's result type of a ufunc over `operands`: (dtype, is_scalar, value) triples, where
    Python numbers, numpy scalars and 0-d arrays count as scalars."""
    arrays = [d for d, scalar, v in operands if not scalar]
    scalars = [(d, v) for d, scalar, v in operands if scalar]
    if not arrays or not scalars:
        out = operands[0][0]
        for d, s, v in operands[1:]:
            out = promote_types(out, d)
        return out
    out = arrays[0]
    for d in arrays[1:]:
        out = promote_types(out, d)
    top = max(_KIND_RANK[d.kind] for d in arrays)
    if max(_KIND_RANK[d.kind] for d, v in scalars) > top:
        # A scalar of a higher kind: ordinary promotion with every operand's own type.
        for d, v in scalars:
            out = promote_types(out, d)
        return out
    # Value-based casting: a scalar of the same or a lower kind keeps the array's type, unless its
    # value does not fit (1e300 with a float32 array).
    if out is float32:
        for d, v in scalars:
            if d.kind == 'f' and v is not None and abs(v) > _FLOAT32_MAX and abs(v) != float('inf'):
                return float64
    return out
