# itertools, lazy as CPython's: each iterator pulls from its inputs only as far as its consumer
# asks, so the endless ones (count, cycle, repeat without times) work with islice, zip, break.


class count:
    def __init__(self, start=0, step=1):
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1:
            return 'count(%r)' % (self._next,)
        return 'count(%r, %r)' % (self._next, self._step)


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._object

    def __len__(self):
        raise TypeError("object of type 'itertools.repeat' has no len()")

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %r)' % (self._object, self._left)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class chain:
    def __init__(self, *iterables):
        self._inputs = iter(iterables)
        self._current = iter(())

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._inputs = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            for element in self._current:
                return element
            self._current = iter(next(self._inputs))


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    for name, value in (('Indices', start), ('Stop argument', stop)):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValueError(name + ' for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(iterable)
    position = 0
    wanted = start
    while stop is None or wanted < stop:
        for element in it:
            if position == wanted:
                position += 1
                break
            position += 1
        else:
            return
        yield element
        wanted += step


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(iterators):
            for value in it:
                break
            else:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            row.append(value)
        yield tuple(row)


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            break
        yield x


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    for x in iterable:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(items) for _ in range(n))


def groupby(iterable, key=None):
    it = iter(iterable)
    keyof = (lambda v: v) if key is None else key
    # The item the groups are at, shared by the groupby and the group it handed out last.
    state = {'done': False}
    for value in it:
        state['value'], state['key'] = value, keyof(value)
        break
    else:
        return

    def members(k):
        while True:
            yield state['value']
            for v in it:
                state['value'], state['key'] = v, keyof(v)
                break
            else:
                state['done'] = True
                return
            if state['key'] != k:
                return

    while not state['done']:
        k = state['key']
        group = members(k)
        yield k, group
        if not state['done'] and state['key'] == k:  # the consumer left part of the group
            for _ in group:
                pass


def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for p in result:
        yield tuple(p)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r

    def build(prefix, used):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in range(n):
            if i not in used:
                yield from build(prefix + [i], used | {i})
    if r <= n:
        yield from build([], set())


def _combinations(iterable, r, with_replacement):
    pool = tuple(iterable)
    n = len(pool)

    def build(start, prefix):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in range(start, n):
            yield from build(i if with_replacement else i + 1, prefix + [i])
    if (n or not r) if with_replacement else r <= n:
        yield from build(0, [])


def combinations(iterable, r):
    return _combinations(iterable, r, False)


def combinations_with_replacement(iterable, r):
    return _combinations(iterable, r, True)
