# itertools: the finite iterators (the playground materialises iteration, so the endless
# count/cycle/repeat-without-times are refused rather than hanging).


class chain:
    def __init__(self, *iterables):
        self._items = [x for it in iterables for x in it]

    def __iter__(self):
        return iter(self._items)

    @classmethod
    def from_iterable(cls, iterables):
        return cls(*list(iterables))


def product(*iterables, repeat=1):
    pools = [list(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    return iter([tuple(p) for p in result])


def permutations(iterable, r=None):
    pool = list(iterable)
    n = len(pool)
    r = n if r is None else r
    out = []

    def build(prefix, used):
        if len(prefix) == r:
            out.append(tuple(pool[i] for i in prefix))
            return
        for i in range(n):
            if i not in used:
                build(prefix + [i], used | {i})
    if r <= n:
        build([], set())
    return iter(out)


def _combinations(iterable, r, repeat):
    pool = list(iterable)
    n = len(pool)
    out = []

    def build(start, prefix):
        if len(prefix) == r:
            out.append(tuple(pool[i] for i in prefix))
            return
        for i in range(start, n):
            build(i if repeat else i + 1, prefix + [i])
    if (r <= n) if not repeat else (n or not r):
        build(0, [])
    return iter(out)


def combinations(iterable, r):
    return _combinations(iterable, r, False)


def combinations_with_replacement(iterable, r):
    return _combinations(iterable, r, True)


def islice(iterable, *args):
    s = slice(*args)
    items = list(iterable)
    start = s.start or 0
    stop = len(items) if s.stop is None else min(s.stop, len(items))
    step = s.step or 1
    return iter(items[start:stop:step])


def accumulate(iterable, func=None, *, initial=None):
    out = []
    total = initial
    if initial is not None:
        out.append(initial)
    for i, x in enumerate(iterable):
        if total is None and i == 0 and initial is None:
            total = x
        else:
            total = func(total, x) if func is not None else total + x
        out.append(total)
    return iter(out)


def repeat(obj, times=None):
    if times is None:
        raise NotImplementedError("itertools.repeat without times is endless; the playground needs times=")
    return iter([obj] * times)


def count(start=0, step=1):
    raise NotImplementedError("itertools.count is endless; the playground materialises iteration (use range)")


def cycle(iterable):
    raise NotImplementedError("itertools.cycle is endless; the playground materialises iteration")


def zip_longest(*iterables, fillvalue=None):
    lists = [list(it) for it in iterables]
    n = max([len(l) for l in lists]) if lists else 0
    return iter([tuple(l[i] if i < len(l) else fillvalue for l in lists) for i in range(n)])


def starmap(function, iterable):
    return iter([function(*args) for args in iterable])


def groupby(iterable, key=None):
    out = []
    for x in iterable:
        k = key(x) if key is not None else x
        if out and out[-1][0] == k:
            out[-1][1].append(x)
        else:
            out.append((k, [x]))
    return iter([(k, iter(group)) for k, group in out])


def takewhile(predicate, iterable):
    out = []
    for x in iterable:
        if not predicate(x):
            break
        out.append(x)
    return iter(out)


def dropwhile(predicate, iterable):
    out = []
    dropping = True
    for x in iterable:
        if dropping and predicate(x):
            continue
        dropping = False
        out.append(x)
    return iter(out)
