class Model:
    def __init__(self, size):
        self.size = size

m = Model(3)
tests = [
    lambda: m.backward(1),
    lambda: m + 1,
    lambda: 1 + m,
    lambda: m * m,
    lambda: m - 2.5,
    lambda: -m,
    lambda: m[0],
    lambda: m < m,
    lambda: m(),
    lambda: len(m),
    lambda: iter(m),
    lambda: abs(m),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
