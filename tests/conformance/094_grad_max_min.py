import torch
x = torch.tensor([[1.0, 5.0, 5.0], [7.0, -1.0, 2.0]], requires_grad=True)
m = x.max()
m.backward()
print(m, x.grad)
x.grad = None
v, i = x.min(dim=1)
v.sum().backward()
print(v, i, x.grad)
