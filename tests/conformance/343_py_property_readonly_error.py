class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def diameter(self):
        return 2 * self.r

c = Circle(1.5)
print(c.diameter)
try:
    c.diameter = 4
except AttributeError as e:
    print(type(e).__name__, e)
print(c.diameter)
c.diameter = 10
