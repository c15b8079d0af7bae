tests = [
    lambda: {"a": 1}["b"],
    lambda: {1: "x"}[2],
    lambda: [1, 2, 3][5],
    lambda: (1, 2)[2],
    lambda: [].pop(),
    lambda: [1, 2].index(7),
    lambda: [1].remove(3),
    lambda: {}.popitem(),
    lambda: {}.pop("k"),
    lambda: "abc".index("z"),
    lambda: set().pop(),
    lambda: [1, 2][0:1][3],
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
