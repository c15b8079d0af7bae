import torch
import torch.nn as nn

gap = nn.AdaptiveAvgPool2d((1, 1))
print(gap)
print(nn.AdaptiveAvgPool2d(1))
x = torch.arange(32.0).reshape(1, 2, 4, 4).requires_grad_()
y = gap(x)
print(y)
print(y.shape)
print(y.grad_fn.name())
print(type(y.grad_fn).__name__)
y.sum().backward()
print(x.grad)
print(torch.allclose(y.flatten(), x.mean(dim=(2, 3)).flatten()))
print(nn.AdaptiveAvgPool2d(1)(torch.randn(3, 5, 7, 9)).shape)
print(nn.functional.adaptive_avg_pool2d(torch.ones(1, 1, 3, 3), 1))
