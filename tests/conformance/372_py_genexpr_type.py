gen = (x for x in range(3))
print(type(gen).__name__)
def g():
    yield 1
print(type(g()).__name__, type(iter([1])).__name__, type(iter(range(2))).__name__)
print(type(zip([1], [2])).__name__, type(map(str, [1])).__name__, type(enumerate([])).__name__)
