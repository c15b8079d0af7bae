import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
idx = torch.tensor([2, 0, 2])
y = x[idx]
print(y)
y.sum().backward()
print(x.grad)
print(x[[0, 1]])
