class Scale:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, offset=0):
        self.calls += 1
        return x * self.k + offset

double = Scale(2)
print(double(5), double(5, offset=1), double.calls)
print(callable(double), callable(5), callable(print))
print(list(map(double, [1, 2, 3])))

class Pipeline:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in self.fns:
            x = f(x)
        return x

p = Pipeline(Scale(3), lambda v: v - 1, str)
print(repr(p(4)))
