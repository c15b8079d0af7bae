from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(Point._make([5, 6]), tuple(p), list(p))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(type(p).__name__, p == Point(1, 2), max(Point(0, 9), Point(1, 0)))
