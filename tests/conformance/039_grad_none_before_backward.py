import torch
x = torch.randn(3, requires_grad=True)
print(x.grad)
y = x.sum()
print(x.grad is None)
y.backward()
print(x.grad)
