import torch
import torch.nn as nn

pool = nn.AdaptiveAvgPool2d((2, 3))
print(pool)
x = torch.arange(30.0).reshape(1, 1, 5, 6).requires_grad_()
y = pool(x)
print(y)
print(y.shape, y.grad_fn.name())
y.sum().backward()
print(x.grad)
print(pool(torch.arange(24.0).reshape(1, 1, 4, 6)))
print(nn.AdaptiveAvgPool2d((3, 3))(torch.arange(49.0).reshape(1, 1, 7, 7)))
