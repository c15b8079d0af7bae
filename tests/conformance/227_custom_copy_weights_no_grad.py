import torch
import torch.nn as nn

layer = nn.Linear(2, 2)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    layer.bias.fill_(0.5)
print(layer.weight)
print(layer.bias)
print(layer(torch.tensor([[1.0, 1.0]])))
with torch.no_grad():
    layer.weight *= 2
    layer.weight[0, 0] = -1.0
print(layer.weight)
print(layer.weight.is_leaf, layer.weight.grad_fn)
layer.weight.fill_(1.0)
