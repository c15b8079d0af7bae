class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
    @staticmethod
    def describe():
        return "counts instances"
    @classmethod
    def make(cls):
        return cls()
Counter(); Counter.make()
print(Counter.total, Counter.describe())
