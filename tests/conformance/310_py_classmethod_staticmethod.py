class Shape:
    count = 0
    def __init__(self, w, h):
        self.w = w
        self.h = h
        Shape.count += 1
    @classmethod
    def square(cls, side):
        return cls(side, side)
    @staticmethod
    def area_of(w, h):
        return w * h
    def area(self):
        return self.area_of(self.w, self.h)
    def __repr__(self):
        return f"{type(self).__name__}({self.w}x{self.h})"

class Tile(Shape):
    pass

print(Shape.square(3), Tile.square(2), Shape(2, 5))
print(Shape.area_of(4, 5), Shape(1, 7).area(), Tile.square(3).area())
print(Shape.count)
t = Tile(1, 1)
print(t.square(9), t.area_of(2, 2))
