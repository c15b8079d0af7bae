def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
c(); c()
print(c())
def apply(f, *args, scale=1, **kw):
    return scale * f(*args), sorted(kw)
print(apply(lambda a, b: a + b, 2, 3, scale=10, z=1, y=2))
square = lambda v: v * v
print(list(map(square, [1, 2, 3])), [x for x in range(10) if x % 3 == 0])
