import torch
a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
f = a * b + b ** 2
ga, gb = torch.autograd.grad(f, [a, b])
print(ga, gb)
