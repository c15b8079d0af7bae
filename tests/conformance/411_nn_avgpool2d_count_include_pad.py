import torch
import torch.nn as nn

x = torch.arange(1.0, 17.0).reshape(1, 1, 4, 4)
inc = nn.AvgPool2d(3, stride=2, padding=1)
exc = nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)
print(inc)
print(exc)
print(inc(x))
print(exc(x))
xr = x.clone().requires_grad_()
exc(xr).sum().backward()
print(xr.grad)
xr.grad = None
inc(xr).sum().backward()
print(xr.grad)
print(nn.AvgPool2d(2, padding=1)(torch.ones(1, 1, 3, 3)))
print(nn.AvgPool2d(2, padding=1, count_include_pad=False)(torch.ones(1, 1, 3, 3)))
