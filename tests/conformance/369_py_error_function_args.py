class Model:
    def __init__(self, size):
        self.size = size
    def forward(self, x):
        return x

def f(a, b):
    return a + b

m = Model(3)
ident = lambda x: x
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: f(),
    lambda: Model(),
    lambda: Model(1, 2),
    lambda: m.forward(),
    lambda: m.forward(1, 2),
    lambda: ident(),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
