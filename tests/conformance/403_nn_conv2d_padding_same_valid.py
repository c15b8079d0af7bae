import torch
import torch.nn as nn

torch.manual_seed(2)
x = torch.randn(1, 2, 5, 6)
same = nn.Conv2d(2, 3, kernel_size=3, padding='same')
valid = nn.Conv2d(2, 3, kernel_size=3, padding='valid')
print(same.padding, valid.padding)
print(same(x).shape)
print(valid(x).shape)
with torch.no_grad():
    valid.weight.copy_(same.weight)
    valid.bias.copy_(same.bias)
a = same(x)
b = valid(x)
print(torch.allclose(a[:, :, 1:-1, 1:-1], b))
print(a[0, 0])
even = nn.Conv2d(2, 1, kernel_size=4, padding='same')
print(even(x).shape)
dil = nn.Conv2d(2, 1, kernel_size=3, padding='same', dilation=2)
print(dil(x).shape)
explicit = nn.Conv2d(2, 3, kernel_size=3, padding=1)
print(explicit(x).shape)
