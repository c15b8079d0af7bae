import torch
import torch.nn as nn

ln = nn.LayerNorm(4)
print(ln)
print(ln.weight, ln.bias)
x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, 0.0, 5.0, 1.0]], requires_grad=True)
y = ln(x)
print(y)
print(y.grad_fn.name())
(y * torch.tensor([1.0, 2.0, 0.5, -1.0])).sum().backward()
print(x.grad)
print(ln.weight.grad)
print(nn.LayerNorm([2, 4], elementwise_affine=False))
print(nn.LayerNorm([2, 4], elementwise_affine=False)(x.detach()))
