import torch
import torch.nn as nn

x = torch.arange(25.0).reshape(1, 1, 5, 5).requires_grad_()
floor_pool = nn.MaxPool2d(2, stride=2)
ceil_pool = nn.MaxPool2d(2, stride=2, ceil_mode=True)
print(ceil_pool)
print(floor_pool(x))
y = ceil_pool(x)
print(y)
print(y.shape)
y.sum().backward()
print(x.grad)
print(nn.MaxPool2d(3, stride=2, ceil_mode=True)(torch.randn(1, 1, 6, 6)).shape)
print(nn.MaxPool2d(3, stride=2)(torch.randn(1, 1, 6, 6)).shape)
print(nn.MaxPool2d(2, stride=2, padding=1, ceil_mode=True)(torch.randn(1, 1, 5, 5)).shape)
