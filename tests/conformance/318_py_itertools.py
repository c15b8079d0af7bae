import itertools
from itertools import chain, product, combinations

print(list(chain([1, 2], (3,), range(4, 6))))
print(list(chain.from_iterable([[1], [2, 3], []])))
print(list(product([0, 1], repeat=2)))
print(list(product("ab", [1, 2])))
print(list(combinations(range(4), 2)))
print(list(combinations("abc", 3)), len(list(itertools.combinations(range(5), 3))))
for lr, bs in product([0.1, 0.01], [16, 32]):
    print(f"lr={lr} bs={bs}")
