# np.linalg: norm only so far (the engine's linear algebra is torch.linalg's to come, issue 11).
from numpy._ndarray import asarray, _result, _unary_math
from numpy import _functions


def norm(x, ord=None, axis=None, keepdims=False):
    x = asarray(x)
    if x.dtype.kind != 'f':
        x = x.astype(float)
    if ord is None:
        if axis is None:
            flat = x.ravel()
            r = _unary_math('sqrt', _functions.dot(flat, flat))
            return r.reshape((1,) * x.ndim) if keepdims else r
        return _unary_math('sqrt', _functions.sum(x * x, axis=axis, keepdims=keepdims))
    if ord == 1 and (axis is not None or x.ndim == 1):
        return _functions.sum(abs(x), axis=axis, keepdims=keepdims)
    if ord == float('inf') and (axis is not None or x.ndim == 1):
        return _functions.max(abs(x), axis=axis, keepdims=keepdims)
    raise NotImplementedError("np.linalg.norm with ord=" + repr(ord) + " is not supported in the playground")


def __getattr__(name):
    raise NotImplementedError("np.linalg." + name + " is not supported in the playground (np.linalg.norm is)")
