class Loss:
    def __init__(self, value):
        self.value = value
    def __abs__(self):
        return Loss(abs(self.value))
    def __bool__(self):
        return self.value != 0
    def __lt__(self, other):
        return self.value < other.value
    def __iadd__(self, other):
        print("iadd", other)
        self.value += other
        return self
    def __float__(self):
        return float(self.value)
    def __repr__(self):
        return f"Loss({self.value})"

a = Loss(-3)
print(abs(a), bool(a), bool(Loss(0)), float(a))
if not Loss(0):
    print("zero loss is falsy")
print(sorted([Loss(2), Loss(-1), Loss(5)]), min(Loss(4), Loss(1)))
keep = a
a += 10
print(a, keep is a)
