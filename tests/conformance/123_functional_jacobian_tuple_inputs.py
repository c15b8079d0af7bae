import torch
from torch.autograd.functional import jacobian
def f(a, b):
    return a * b
J = jacobian(f, (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])))
print(J)
