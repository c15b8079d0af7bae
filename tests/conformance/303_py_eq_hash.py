class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"

d = {Key(1, 2): "first"}
d[Key(1, 2)] = "replaced"
d[Key(2, 1)] = "second"
print(len(d), d[Key(1, 2)], d)
s = {Key(1, 1), Key(1, 1), Key(0, 3)}
print(len(s), Key(0, 3) in s, Key(3, 0) in s)
print(Key(1, 2) == Key(1, 2), Key(1, 2) != Key(1, 3), Key(1, 2) == (1, 2))

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), len({p, p}))
