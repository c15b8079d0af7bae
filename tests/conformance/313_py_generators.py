def count_up(n):
    for i in range(n):
        yield i * 10

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
print(next(g, "default"))
print(next(g, None))
print(list(count_up(4)), list(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
for v in count_up(2):
    print("got", v)
