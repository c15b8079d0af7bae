import torch
import torch.nn as nn

torch.manual_seed(3)
conv = nn.Conv2d(2, 3, kernel_size=2)
x = torch.tensor([[[[1.0, 2.0, 0.0],
                    [0.5, -1.0, 3.0],
                    [2.0, 1.0, -2.0]],
                   [[0.0, 1.0, 1.0],
                    [-1.0, 2.0, 0.5],
                    [1.5, 0.0, 1.0]]]], requires_grad=True)
print(conv.weight.grad, conv.bias.grad)
out = conv(x)
print(out.shape)
out.sum().backward()
print(conv.weight.grad)
print(conv.bias.grad)
print(x.grad)
conv.zero_grad()
x.grad = None
out = conv(x)
(out * out).sum().backward()
print(conv.weight.grad)
print(conv.bias.grad)
print(x.grad)
