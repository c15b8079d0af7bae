from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], len(p))
print(Point._fields)
print(p._asdict())
q = p._replace(x=10)
print(q, p)
x, y = q
print(x + y, q == (10, 2), isinstance(q, tuple))
Sample = namedtuple("Sample", "image label")
s = Sample("img0", 3)
print(s, s.label, repr(s))
