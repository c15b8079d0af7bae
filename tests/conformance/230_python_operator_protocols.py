# The protocols a library class (numpy's ndarray, a user's Vector) relies on: rich comparisons
# that return non-bools, reflected comparisons, __contains__, bitwise operators, in-place
# operators, __index__ / __float__ / __round__, and str.splitlines / rfind.
class Mask:
    def __init__(self, bits):
        self.bits = list(bits)

    def __repr__(self):
        return "Mask(" + "".join("1" if b else "0" for b in self.bits) + ")"

    def __and__(self, other):
        return Mask(a and b for a, b in zip(self.bits, other.bits))

    def __or__(self, other):
        return Mask(a or b for a, b in zip(self.bits, other.bits))

    def __xor__(self, other):
        return Mask(a != b for a, b in zip(self.bits, other.bits))

    def __rand__(self, other):
        return "rand with " + repr(other)

    def __invert__(self):
        return Mask(not b for b in self.bits)


class Column:
    def __init__(self, values):
        self.values = list(values)

    def __repr__(self):
        return "Column(%r)" % (self.values,)

    def __gt__(self, other):
        return Mask(v > other for v in self.values)

    def __lt__(self, other):
        return Mask(v < other for v in self.values)

    def __eq__(self, other):
        return Mask(v == other for v in self.values)

    def __ne__(self, other):
        return Mask(v != other for v in self.values)

    def __contains__(self, item):
        print("  (looking for", item, ")")
        return item in self.values

    def __iadd__(self, other):
        self.values = [v + other for v in self.values]
        return self

    def __ipow__(self, other):
        self.values = [v ** other for v in self.values]
        return self

    def __imatmul__(self, other):
        return "imatmul"


c = Column([1, 5, 3])
print(c > 2, c < 4, c == 5, c != 5)
print(2 < c, 4 > c)          # reflected: c.__gt__(2), c.__lt__(4)
print((c > 2) & (c < 4), (c > 2) | (c == 1), (c > 2) ^ (c < 4), ~(c > 2))
print(1 & Mask([True]))
print(5 in c, 7 not in c)
alias = c
c += 10
c **= 2
print(c, alias is c)
c @= None
print(c)


class Level:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __float__(self):
        return self.n + 0.5

    def __round__(self, ndigits=None):
        return "rounded to %s" % (ndigits,)


items = ["a", "b", "c", "d"]
print(items[Level(2)], items[Level(-1)], "%.2f" % Level(3), "%d" % Level(3))
import math
print(math.sqrt(Level(4)), math.floor(Level(1)), round(Level(1)), round(Level(1), 3))


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q)

text = "first\nsecond\r\nthird\rfourth\n"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "a.b.c".rfind("."), "abc".rfind("x"))
