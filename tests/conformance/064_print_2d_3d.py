import torch
print(torch.arange(6.0).view(2, 3) / 3)
print(torch.arange(8).view(2, 2, 2))
print(torch.zeros(2, 1, 3))
