# functools: reduce, partial, wraps, lru_cache/cache.

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing):
    items = list(iterable)
    if initial is _initial_missing:
        if not items:
            raise TypeError("reduce() of empty iterable with no initial value")
        value = items[0]
        items = items[1:]
    else:
        value = initial
    for element in items:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + ['{}={!r}'.format(k, v) for k, v in self.keywords.items()]
        return 'functools.partial(' + ', '.join(parts) + ')'


def update_wrapper(wrapper, wrapped, assigned=('__name__', '__qualname__', '__doc__'), updated=()):
    for attr in assigned:
        if hasattr(wrapped, attr):
            try:
                setattr(wrapper, attr, getattr(wrapped, attr))
            except (AttributeError, TypeError):
                pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=('__name__', '__qualname__', '__doc__'), updated=()):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _CacheInfo


def lru_cache(maxsize=128, typed=False):
    # A memo keyed by the positional arguments (maxsize is not enforced: cells are short-lived).
    def decorating(function):
        results = {}
        counts = [0, 0]

        def cached(*args):
            if args in results:
                counts[0] += 1
                return results[args]
            counts[1] += 1
            value = function(*args)
            results[args] = value
            return value

        def cache_info():
            return _cache_info_type()(counts[0], counts[1], maxsize, len(results))

        def cache_clear():
            results.clear()
            counts[0] = 0
            counts[1] = 0
        cached.cache_info = cache_info
        cached.cache_clear = cache_clear
        return update_wrapper(cached, function)
    if callable(maxsize) and not isinstance(maxsize, int):
        function, maxsize = maxsize, 128
        return decorating(function)
    return decorating


def cache(function):
    return lru_cache(None)(function)
