import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(1, 2, kernel_size=3)
print(conv)
print(conv.weight.shape, conv.bias.shape)
print(conv.weight)
print(conv.bias)
x = torch.arange(16.0).reshape(1, 1, 4, 4)
out = conv(x)
print(out)
print(out.shape)
print(out.grad_fn.name())
print(conv.in_channels, conv.out_channels, conv.kernel_size, conv.stride, conv.padding, conv.dilation, conv.groups)
y = conv(torch.ones(3, 1, 5, 5))
print(y.shape)
print(y[0])
