import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
print(layer)
print(layer.weight)
print(layer.bias)
print(layer.in_features, layer.out_features)
x = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]])
out = layer(x)
print(out)
print(out.shape)
print(type(out.grad_fn).__name__)
v = torch.tensor([1.0, 0.0, -1.0])
y = layer(v)
print(y)
print(y.shape)
print(type(y.grad_fn).__name__)
