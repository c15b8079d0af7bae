import torch
import torch.nn as nn

pool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
print(pool)
x = torch.tensor([[[[1.0, -2.0, 3.0, 0.0, 1.0],
                    [0.5, 4.0, -1.0, 2.0, 2.5],
                    [-3.0, 1.0, 0.0, 5.0, -1.0],
                    [2.0, 0.0, 1.5, -2.0, 3.0],
                    [1.0, 6.0, -0.5, 0.0, 2.0]]]], requires_grad=True)
y = pool(x)
print(y)
print(y.shape)
y.sum().backward()
print(x.grad)
neg = -torch.ones(1, 1, 3, 3)
print(pool(neg))
print(nn.MaxPool2d(3, stride=1, padding=1)(torch.arange(16.0).reshape(1, 1, 4, 4)))
print(nn.MaxPool2d(kernel_size=3, stride=2, padding=1)(torch.randn(1, 2, 8, 8)).shape)
