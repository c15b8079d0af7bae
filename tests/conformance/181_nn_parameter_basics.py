import torch
import torch.nn as nn

p = nn.Parameter(torch.tensor([1.0, 2.0, 3.0]))
print(p)
print(type(p))
print(type(p).__name__)
print(isinstance(p, torch.Tensor))
print(isinstance(p, nn.Parameter))
print(p.requires_grad)
print(p.is_leaf)
q = nn.Parameter(torch.zeros(2, 2), requires_grad=False)
print(q)
print(q.requires_grad)
y = p * 2
print(y)
print(type(y).__name__)
y.sum().backward()
print(p.grad)
