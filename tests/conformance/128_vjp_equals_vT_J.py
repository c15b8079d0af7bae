import torch
from torch.autograd.functional import jacobian
x = torch.tensor([1.0, 2.0], requires_grad=True)
f = lambda t: torch.stack([t[0] ** 2, t[0] * t[1], t[1] ** 3])
v = torch.tensor([1.0, -1.0, 0.5])
y = f(x)
y.backward(v)
J = jacobian(f, x.detach())
print(x.grad)
print(v @ J)
