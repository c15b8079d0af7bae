import torch
import torch.nn as nn

pool = nn.MaxPool2d(kernel_size=2, stride=2)
print(pool)
x = torch.tensor([[[[1.0, 3.0, 2.0, 0.0],
                    [4.0, 2.0, 1.0, 5.0],
                    [0.0, -1.0, 6.0, 2.0],
                    [2.0, 1.0, 3.0, 7.0]]]], requires_grad=True)
y = pool(x)
print(y)
print(y.shape, y.grad_fn.name())
y.sum().backward()
print(x.grad)
x.grad = None
(pool(x) * torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])).sum().backward()
print(x.grad)
print(nn.MaxPool2d(2)(torch.arange(36.0).reshape(1, 1, 6, 6)))
print(nn.MaxPool2d(2)(torch.randn(2, 3, 7, 9)).shape)
