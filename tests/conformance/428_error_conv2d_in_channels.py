import torch
import torch.nn as nn

torch.manual_seed(15)
conv = nn.Conv2d(3, 8, kernel_size=3)
print(conv(torch.randn(1, 3, 5, 5)).shape)
try:
    conv(torch.randn(1, 1, 5, 5))
except RuntimeError as e:
    print("caught:", e)
conv(torch.randn(2, 4, 6, 6))
