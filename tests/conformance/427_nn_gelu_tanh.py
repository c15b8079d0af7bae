import torch
import torch.nn as nn
import torch.nn.functional as F

exact = nn.GELU()
approx = nn.GELU(approximate='tanh')
print(exact)
print(approx)
x = torch.tensor([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0], requires_grad=True)
print(exact(x))
y = approx(x)
print(y)
print(y.grad_fn.name())
print((exact(x) - approx(x)).abs().max() < 1e-3)
y.sum().backward()
print(x.grad)
print(F.gelu(torch.tensor([1.5, -1.5]), approximate='tanh'))
print(F.gelu(torch.tensor([1.5, -1.5])))
print(approx.approximate)
