import copy

grid = [[1, 2], [3, 4]]
alias = grid
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
sliced = grid[:]
grid[0][0] = 99
grid.append([5])
print(alias)
print(shallow)
print(sliced)
print(deep)
print(shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])
d = {"a": [1], "b": {"c": [2]}}
d2 = copy.deepcopy(d)
d3 = dict(d)
d["b"]["c"].append(3)
print(d2, d3)

class Box:
    def __init__(self, items):
        self.items = items
b = Box([1, 2])
b1 = copy.copy(b)
b2 = copy.deepcopy(b)
b.items.append(3)
print(b1.items, b2.items, b1 is b)
