import itertools
from itertools import count, cycle, repeat, islice, chain, groupby, accumulate, zip_longest, takewhile, dropwhile, permutations, combinations, combinations_with_replacement, product, starmap, pairwise, compress, filterfalse
print(list(islice(count(5), 4)), list(islice(count(0, 2), 3)), repr(count(3)), count(1, 2))
print(list(islice(cycle([1, 2]), 5)), list(repeat('x', 3)), list(zip(repeat(1), 'ab')))
print(list(chain([1, 2], (3,), 'ab')), list(chain.from_iterable([[1], [2, 3]])))
for k, g in groupby('aaabccdd'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
print([k for k, g in groupby('aabbbc')])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)))
print(list(zip_longest('abc', [1], fillvalue='-')))
print(list(takewhile(lambda x: x < 3, count())), list(islice(dropwhile(lambda x: x < 3, count()), 3)))
print(list(permutations([1, 2, 3])), list(permutations('abc', 2)))
print(list(combinations(range(4), 2)), list(combinations_with_replacement('ab', 2)))
print(list(product([0, 1], repeat=2)), list(product('ab', [1, 2])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise([1, 2, 3, 4])), list(compress('abcd', [1, 0, 1, 0])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(islice('abcdefg', 2, None, 2)), list(islice(range(10), 3)))
for i, x in zip(count(1), ['a', 'b']):
    print(i, x)
print(next(islice(count(), 100, None)))
print(list(combinations([], 0)), list(permutations([], 0)))
print(type(iter([])).__name__, type(zip()).__name__)
