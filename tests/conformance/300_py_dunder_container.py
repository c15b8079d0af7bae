class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, v):
        return v in self.items

b = Bag([10, 20, 30, 40])
print(len(b), b[0], b[-1])
b[1] = 99
print(b.items)
print(30 in b, 5 in b, 5 not in b)
print(b[1:3])
print(bool(Bag([])), bool(b))
