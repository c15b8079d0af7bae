import torch
print(torch.arange(2000))
print(torch.arange(3000.0).view(30, 100) / 7)
print(torch.arange(1200).view(10, 10, 12))
