import torch
import torch.nn as nn

torch.manual_seed(4)
g = nn.Conv2d(4, 6, kernel_size=3, groups=2)
print(g)
print(g.weight.shape)
x = torch.randn(1, 4, 4, 4)
out = g(x)
print(out.shape)
print(out[0, 0])
left = nn.functional.conv2d(x[:, :2], g.weight[:3], g.bias[:3])
print(torch.allclose(out[:, :3], left, atol=1e-6))
dw = nn.Conv2d(3, 3, kernel_size=3, padding=1, groups=3, bias=False)
print(dw)
print(dw.weight.shape)
with torch.no_grad():
    dw.weight.fill_(1.0)
img = torch.arange(48.0).reshape(1, 3, 4, 4)
print(dw(img))
pw = nn.Conv2d(3, 2, kernel_size=1)
print(pw(dw(img)).shape)
print(sum(p.numel() for p in dw.parameters()), sum(p.numel() for p in nn.Conv2d(3, 3, 3, bias=False).parameters()))
