import torch
torch.manual_seed(1)
print(torch.randn(20))
print(torch.randn(4, 5))
print(torch.rand(2, 8))
