from functools import reduce, partial

print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, [], 100))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [[1], [2], [3]]))
shape = (2, 3, 4)
print(reduce(lambda a, b: a * b, shape, 1))

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), square.func.__name__, square.keywords, two_to.args)
print(list(map(partial(power, exp=3), [1, 2, 3])))
