import torch
a = torch.tensor(2.0, requires_grad=True)
b = a ** 3
c = b * 4
c.backward()
print(a.grad)
print(b.grad)
print(b.is_leaf, c.is_leaf, a.is_leaf)
