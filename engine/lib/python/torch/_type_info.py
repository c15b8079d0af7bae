# torch.finfo and torch.iinfo: the limits of a dtype, as torch/_C's type-info objects print and
# compare them (PyTorch formats the repr's numbers with "%g").
import torch

_type = type

# bits, eps, max, smallest normal, decimal digits of resolution
_FLOATS = {
    'float32': (32, 2.0 ** -23, 3.4028234663852886e+38, 2.0 ** -126, 6),
    'float64': (64, 2.0 ** -52, 1.7976931348623157e+308, 2.0 ** -1022, 15),
    'float16': (16, 2.0 ** -10, 65504.0, 2.0 ** -14, 3),
    'bfloat16': (16, 2.0 ** -7, 3.3895313892515355e+38, 2.0 ** -126, 2),
}
_INTS = {
    'int64': (64, -9223372036854775807 - 1, 9223372036854775807),
    'int32': (32, -2147483648, 2147483647),
    'int16': (16, -32768, 32767),
    'int8': (8, -128, 127),
    'uint8': (8, 0, 255),
}


def _dtype_name(dtype):
    return str(dtype)[len('torch.'):]


class finfo:
    __module__ = 'torch'

    def __init__(self, type=None):
        if type is None:
            type = torch.get_default_dtype()
        if not isinstance(type, torch.dtype):
            raise TypeError("finfo(): argument 'type' (position 1) must be torch.dtype, not " + _type(type).__name__)
        name = _dtype_name(type)
        if name not in _FLOATS:
            raise TypeError("torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'")
        self.bits, self.eps, self.max, self.smallest_normal, digits = _FLOATS[name]
        self.min = -self.max
        self.tiny = self.smallest_normal
        self.resolution = 10.0 ** -digits
        self.dtype = name

    def __eq__(self, other):
        return isinstance(other, finfo) and self.dtype == other.dtype

    def __repr__(self):
        return ("finfo(resolution=%g, min=%g, max=%g, eps=%g, smallest_normal=%g, tiny=%g, dtype=%s)"
                % (self.resolution, self.min, self.max, self.eps, self.smallest_normal, self.tiny, self.dtype))


class iinfo:
    __module__ = 'torch'

    def __init__(self, type):
        if not isinstance(type, torch.dtype):
            raise TypeError("iinfo(): argument 'type' (position 1) must be torch.dtype, not " + _type(type).__name__)
        name = _dtype_name(type)
        if name == 'bool':
            raise TypeError("torch.bool is not supported by torch.iinfo")
        if name not in _INTS:
            raise TypeError("torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'")
        self.bits, self.min, self.max = _INTS[name]
        self.dtype = name

    def __eq__(self, other):
        return isinstance(other, iinfo) and self.dtype == other.dtype

    def __repr__(self):
        return "iinfo(min=%g, max=%g, dtype=%s)" % (self.min, self.max, self.dtype)
