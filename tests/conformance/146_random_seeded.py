import torch
torch.manual_seed(0)
print(torch.randn(3))
torch.manual_seed(42)
print(torch.rand(3).tolist())
torch.manual_seed(0)
print(torch.randn(2, 3))
