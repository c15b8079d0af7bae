class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h
    @property
    def shape(self):
        return (self.w, self.h)

r = Rect(2, 3)
print(r.area, r.shape)
r.w = 10
print(r.area, r.shape)
print(type(Rect.area).__name__)
