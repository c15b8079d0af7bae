import torch
import torch.nn as nn

pool = nn.AvgPool2d(kernel_size=2, stride=2)
print(pool)
x = torch.arange(16.0).reshape(1, 1, 4, 4).requires_grad_()
y = pool(x)
print(y)
print(y.grad_fn.name())
y.sum().backward()
print(x.grad)
p3 = nn.AvgPool2d(3, stride=1)
print(p3)
print(p3(x.detach()))
print(nn.AvgPool2d(2)(torch.ones(2, 3, 6, 5)).shape)
