import torch
x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 0.0, 3.0]])
print(x.max(dim=1))
values, indices = x.min(0)
print(values, indices)
r = x.max(1)
print(r.values, r.indices, r[0])
