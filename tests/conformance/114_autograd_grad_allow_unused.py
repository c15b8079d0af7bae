import torch
a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
f = a * 2
print(torch.autograd.grad(f, [a, b], allow_unused=True))
