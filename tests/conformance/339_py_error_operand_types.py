class Meter:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meter):
            return Meter(self.v + other.v)
        return NotImplemented
    def __repr__(self):
        return f"Meter({self.v})"

print(Meter(1) + Meter(2))
try:
    Meter(1) + 5
except TypeError as e:
    print(type(e).__name__, e)
5 + Meter(1)
