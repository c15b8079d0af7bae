import torch
import torch.nn as nn
import torch.nn.functional as F

img = torch.arange(8.0).reshape(1, 2, 2, 2)
p = F.pad(img, (1, 1, 1, 1))
print(p.shape)
print(p)
print(F.pad(img, (0, 1, 2, 0), value=0.5))
print(F.pad(img, (0, 0, 0, 0, 1, 0)).shape)
print(F.pad(img, (1, 0, 0, 0, 0, 1, 1, 0)).shape)
pad = nn.ConstantPad2d(1, 3.0)
print(pad)
print(pad(torch.zeros(1, 1, 2, 2)))
zp = nn.ZeroPad2d((1, 0, 0, 1))
print(zp)
print(zp(torch.ones(1, 1, 2, 2)))
torch.manual_seed(8)
conv = nn.Conv2d(2, 1, 3)
a = conv(F.pad(img, (1, 1, 1, 1)))
b = nn.functional.conv2d(img, conv.weight, conv.bias, padding=1)
print(torch.allclose(a, b))
