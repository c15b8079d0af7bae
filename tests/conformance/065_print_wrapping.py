import torch
print(torch.arange(30) * 1.1)
print(torch.arange(40).view(2, 20) * 0.37)
