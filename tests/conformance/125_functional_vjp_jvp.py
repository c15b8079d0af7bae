import torch
from torch.autograd.functional import vjp, jvp
def f(x):
    return torch.stack([x[0] * x[1], x[1] ** 2])
x = torch.tensor([2.0, 3.0])
out, v = vjp(f, x, torch.tensor([1.0, 1.0]))
print(out, v)
out, u = jvp(f, x, torch.tensor([1.0, 0.0]))
print(out, u)
