import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)
conv = nn.Conv2d(1, 2, kernel_size=2)
x = torch.randn(1, 1, 5, 5, requires_grad=True)
h = conv(x)
r = F.relu(h)
p = F.max_pool2d(r, 2)
print(h.grad_fn.name(), r.grad_fn.name(), p.grad_fn.name())
print(p)
p.sum().backward()
print(conv.weight.grad)
print(conv.bias.grad)
print(x.grad)
print(F.avg_pool2d(r, 2))
print(F.max_pool2d(r, kernel_size=3, stride=1, padding=1).shape)
