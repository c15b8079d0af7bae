import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
y.add_(1)
print(y)
y.exp_() if hasattr(y, "exp_") else None
z = y * y
z.sum().backward()
print(x.grad)
