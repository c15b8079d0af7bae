import torch
from torch.autograd.functional import jacobian
f = lambda x: torch.softmax(x, dim=0)
x = torch.tensor([1.0, 2.0, 0.5])
a = jacobian(f, x)
b = jacobian(f, x, vectorize=True)
print(a)
print(torch.allclose(a, b))
