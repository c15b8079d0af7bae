# numpy for cells: the subset that autograd posts use next to torch, printed as numpy 1.24 prints.
# Arrays hold the engine's tensors (float64, float32, int64 or bool), so torch.from_numpy(a) and
# t.numpy() share memory as in PyTorch. What is here: README.md, "numpy in cells".
from numpy._dtypes import dtype
from numpy._ndarray import ndarray, generic, array, asarray, float64, float32, int64, bool_, squeeze
from numpy._functions import *
from numpy._functions import AxisError, abs, round, sum, min, max, any, all
from numpy._arrayprint import set_printoptions, get_printoptions, printoptions, array2string, array_repr, array_str
from numpy import random
from numpy import linalg
from numpy import testing
from numpy import _dtypes

pi = 3.141592653589793
e = 2.718281828459045
inf = float('inf')
nan = float('nan')
newaxis = None

float_ = double = float64
single = float32
int_ = intp = int64
floating = generic
integer = generic
number = generic


def result_type(*arrays_and_dtypes):
    from numpy._ndarray import _operand
    return _dtypes.result_type([_operand(x) for x in arrays_and_dtypes])


def __getattr__(name):
    if name in _dtypes._UNSUPPORTED:
        _dtypes.unsupported(name)
    raise AttributeError("module 'numpy' has no attribute '" + name + "'")
