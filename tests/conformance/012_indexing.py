import torch
x = torch.arange(12.0).view(3, 4)
print(x[0], x[-1], x[1, 2], x[:, 1], x[1:3], x[..., 0], x[::2, ::3])
print(x[None].shape, x[:, None, :].shape)
print(x[1][2])
