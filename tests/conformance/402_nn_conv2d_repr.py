import torch
import torch.nn as nn

print(nn.Conv2d(3, 8, 3))
print(nn.Conv2d(3, 8, kernel_size=3, padding=1))
print(nn.Conv2d(3, 8, kernel_size=5, stride=2, padding=2))
print(nn.Conv2d(4, 8, kernel_size=3, dilation=2))
print(nn.Conv2d(4, 8, kernel_size=3, groups=2, bias=False))
print(nn.Conv2d(3, 6, kernel_size=(3, 5), stride=(1, 2), padding=(1, 2)))
print(nn.Conv2d(3, 3, 3, padding='same'))
print(nn.Conv2d(3, 3, 3, padding='valid'))
print(nn.Conv1d(4, 6, 3, stride=2))
print(nn.Conv1d(4, 4, 5, padding=2, groups=4, bias=False))
model = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(4, 8, 3, stride=2, bias=False))
print(model)
c = nn.Conv2d(4, 8, kernel_size=3, groups=2, bias=False)
print(c.weight.shape, c.bias)
