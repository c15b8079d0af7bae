class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        return Vec(*[a + other for a in self.xs])
    def __radd__(self, other):
        print("radd with", other)
        return self + other
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __rmul__(self, k):
        print("rmul with", k)
        return self * k
    def __sub__(self, other):
        return self + (-other)
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.xs])
    def __repr__(self):
        return "Vec(" + ", ".join(str(a) for a in self.xs) + ")"

v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v + 1, 1 + v)
print(v * 3, 3 * v)
print(-v, w - v, w / 2)
print(sum([v, w]))
u = Vec(0, 0)
u += v
u += v
print(u)
