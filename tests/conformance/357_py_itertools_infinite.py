import itertools
from itertools import islice

print(list(itertools.repeat("x", 3)))
print(list(islice(itertools.count(5), 4)))
print(list(islice(itertools.count(0, 2), 3)))
print(list(islice(itertools.cycle([1, 2]), 5)))
print(list(zip(itertools.count(1), "abc")))
