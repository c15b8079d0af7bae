# np.random: numpy's legacy RandomState (the global one behind np.random.seed, rand, randn, ...)
# with numpy's sampling paths (_numpy_native), so a seeded cell prints numpy's numbers.
import _numpy_native
from numpy._ndarray import _wrap, _result, asarray, generic


def _size(args_or_size):
    if args_or_size is None:
        return None
    if isinstance(args_or_size, (int, generic)):
        return (int(args_or_size),)
    return tuple(int(n) for n in args_or_size)


def _count(shape):
    n = 1
    for d in shape:
        n *= d
    return n


class RandomState:
    def __init__(self, seed=None):
        self._state = _numpy_native.new_state()
        self.seed(seed)

    def seed(self, seed=None):
        if seed is None:
            import time
            seed = int(time.time() * 1000003) % 4294967296
        _numpy_native.seed(self._state, int(seed))

    def _draw(self, draw, size):
        # One value: a Python float; a size: an array (numpy's legacy methods do the same).
        shape = _size(size)
        if shape is None:
            return draw(self._state, 1)[0].item()
        return _wrap(draw(self._state, _count(shape)).reshape(shape))

    def random_sample(self, size=None):
        return self._draw(_numpy_native.random_sample, size)

    random = random_sample

    def rand(self, *args):
        return self._draw(_numpy_native.random_sample, args if args else None)

    def randn(self, *args):
        return self._draw(_numpy_native.standard_normal, args if args else None)

    def standard_normal(self, size=None):
        return self._draw(_numpy_native.standard_normal, size)

    def uniform(self, low=0.0, high=1.0, size=None):
        u = self.random_sample(size)
        return low + (high - low) * u if shape_is_scalar(u) else _scale(u, high - low, low)

    def normal(self, loc=0.0, scale=1.0, size=None):
        if scale < 0:
            raise ValueError('scale < 0')
        g = self.standard_normal(size)
        return loc + scale * g if shape_is_scalar(g) else _scale(g, scale, loc)

    def randint(self, low, high=None, size=None, dtype=int):
        if high is None:
            low, high = 0, low
        low, high = int(low), int(high)
        if low >= high:
            raise ValueError('high <= low')
        shape = _size(size)
        values = _numpy_native.randint(self._state, low, high, 1 if shape is None else _count(shape))
        if shape is None:
            return values[0].item()
        return _wrap(values.reshape(shape))

    def shuffle(self, x):
        n = len(x)
        for i in range(n - 1, 0, -1):
            j = _numpy_native.interval(self._state, i)
            if hasattr(x, '_t'):
                row = x[i].copy() if hasattr(x[i], 'copy') else x[i]
                x[i] = x[j]
                x[j] = row
            else:
                x[i], x[j] = x[j], x[i]

    def permutation(self, x):
        import numpy
        a = numpy.arange(x) if isinstance(x, int) else asarray(x).copy()
        self.shuffle(a)
        return a

    def choice(self, a, size=None, replace=True, p=None):
        import numpy
        pool = numpy.arange(a) if isinstance(a, int) else asarray(a)
        n = len(pool)
        if p is not None:
            cdf = numpy.cumsum(asarray(p, dtype=float))
            cdf = cdf / cdf[-1]
            u = self.random_sample(size)
            flat = [u] if shape_is_scalar(u) else u.ravel().tolist()
            picks = []
            for v in flat:
                k = 0
                while k < n - 1 and cdf[k] <= v:
                    k += 1
                picks.append(k)
            if shape_is_scalar(u):
                return pool[picks[0]]
            return pool[numpy.array(picks)].reshape(_size(size))
        if replace:
            idx = self.randint(0, n, size)
        else:
            count = 1 if size is None else _count(_size(size))
            if count > n:
                raise ValueError("Cannot take a larger sample than population when 'replace=False'")
            idx = self.permutation(n)[:count]
            idx = idx[0] if size is None else idx.reshape(_size(size))
        return pool[idx]


def shape_is_scalar(x):
    return isinstance(x, float) or isinstance(x, int)


def _scale(a, scale, offset):
    return _wrap(offset + scale * a._t)   # numpy: loc + scale * draw, one rounding each


_global = RandomState(0)

seed = _global.seed
rand = _global.rand
randn = _global.randn
random = _global.random_sample
random_sample = _global.random_sample
standard_normal = _global.standard_normal
uniform = _global.uniform
normal = _global.normal
randint = _global.randint
shuffle = _global.shuffle
permutation = _global.permutation
choice = _global.choice
