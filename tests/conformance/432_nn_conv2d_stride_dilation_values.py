import torch
import torch.nn as nn

x = torch.arange(49.0).reshape(1, 1, 7, 7)
conv = nn.Conv2d(1, 1, kernel_size=3, stride=2, bias=False)
with torch.no_grad():
    conv.weight.fill_(1.0)
print(conv(x))
dil = nn.Conv2d(1, 1, kernel_size=3, dilation=2, bias=False)
with torch.no_grad():
    dil.weight.copy_(torch.tensor([[[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]]]))
print(dil(x))
rect = nn.Conv2d(1, 1, kernel_size=(1, 3), stride=(2, 1), padding=(0, 1), bias=False)
with torch.no_grad():
    rect.weight.copy_(torch.tensor([[[[-1.0, 0.0, 1.0]]]]))
print(rect(x))
print(rect(x).shape)
