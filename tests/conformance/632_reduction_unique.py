# unique: sorted distinct values, optionally with the inverse mapping and the counts (a plain tuple).
import torch

x = torch.tensor([3, 1, 2, 3, 1, 5, 3])
print(torch.unique(x))
print(x.unique(sorted=True))
values, inverse = torch.unique(x, return_inverse=True)
print(values, inverse)
print(torch.equal(values[inverse], x))
print(torch.unique(x, return_counts=True))
res = x.unique(sorted=True, return_inverse=True, return_counts=True)
print(res)
print(type(res).__name__, len(res), res[2].dtype, res[1].dtype)
print(torch.unique(x, sorted=False).sort().values)

# on a 2-D tensor without dim, it flattens; the inverse keeps the input's shape
m = torch.tensor([[1.5, 0.0, 2.0], [1.5, 2.0, -1.0]])
u, inv, cnt = torch.unique(m, return_inverse=True, return_counts=True)
print(u, inv, cnt, sep="\n")
print(torch.unique(m, dim=None))
# dim=0: unique rows
rows = torch.tensor([[1, 2], [0, 3], [1, 2], [0, 1]])
print(torch.unique(rows, dim=0))
print(torch.unique(rows, dim=0, return_inverse=True, return_counts=True))
print(torch.unique(rows, dim=1))

# bools, nan (never equal to itself), empty and 0-d input
print(torch.unique(torch.tensor([True, False, True])))
print(torch.unique(torch.tensor([float("nan"), 1.0, float("nan")])))
print(torch.unique(torch.tensor([])), torch.unique(torch.tensor(4)))

# unique_consecutive only merges runs
r = torch.tensor([1, 1, 2, 2, 3, 1, 1, 2])
print(torch.unique_consecutive(r))
print(torch.unique_consecutive(r, return_inverse=True, return_counts=True))
print(r.unique_consecutive(return_counts=True))

# a label histogram, the typical use
labels = torch.tensor([2, 0, 2, 1, 2, 0, 4])
classes, counts = labels.unique(return_counts=True)
for c, n in zip(classes.tolist(), counts.tolist()):
    print(f"class {c}: {n}")
