import torch
print(torch.arange(6).view(4, 2))
