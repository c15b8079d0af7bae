import torch
x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
y = torch.sqrt(x)
print(y)
y.sum().backward()
print(x.grad)
z = x.sqrt()
print(z.grad_fn)
