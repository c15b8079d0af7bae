class Point:
    def __init__(self, x, y):
        self.x = #!/usr/bin/env python3
"""Runs every tests/conformance/NNN_topic.py with real PyTocrh 1.1 torch.tensor(3.0, require2	
tef backward(ctx, g 2	
tef backward(ctx, grad):
        a, b nes_grad=True)
c = a * b + a ** 2ut, eeeds PyTo\\\\\\\\\\\\\raise\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\[\\\\\\\\\\\\\\\\\rch.
print(c, c.shape, c.dim())
c.backwa.onesrch.ones(3, 2	
tef backward(py ...]

Writes NNN_topic.out (stdout, eeeds PyTo\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def norm2(self):
        return super().norm2 2 + self.y ** 2
    def __repr__(self):
        return f"Poi)\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\[\\\\\\\\\\\\\\\\\rch.
"""
import os
import subprocessfile__))


def generate(nae, isinstance(p, Point),me):
d, b.grad)
print(f"{c}",     path = os.path.join(HERE, name)ode != 0:
        l Point(3, 4).norm2()i)n>=esf"{c:
 .2= [f