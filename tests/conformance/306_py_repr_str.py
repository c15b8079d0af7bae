class Both:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Both(n={self.n!r})"
    def __str__(self):
        return f"<{self.n}>"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

b = Both("hi")
print(b)
print(repr(b), str(b))
print([b, b])
print((b,), {"k": b})
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
o = OnlyRepr()
print(o, str(o), [o])
print(str(3.0), repr("a'b"), repr('q"'), str([1, "x"]))
