import torch
from torch.autograd.functional import jacobian
def f(x):
    return x ** 2 + 2 * x
x = torch.tensor([1.0, 2.0, 3.0])
print(jacobian(f, x))
print(jacobian(torch.sin, torch.tensor([0.0, 1.0])))
