import torch
import torch.nn as nn

x = torch.arange(25.0).reshape(1, 1, 5, 5)
pool = nn.AvgPool2d(2, stride=2, ceil_mode=True)
print(pool)
print(nn.AvgPool2d(2, stride=2)(x))
y = pool(x)
print(y)
print(y.shape)
xr = x.clone().requires_grad_()
pool(xr).sum().backward()
print(xr.grad)
print(nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True)(torch.ones(1, 1, 6, 6)))
print(nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)(torch.ones(1, 1, 6, 6)))
