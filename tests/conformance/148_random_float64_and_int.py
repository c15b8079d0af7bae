import torch
torch.manual_seed(7)
print(torch.randn(3, dtype=torch.float64))
print(torch.rand(17, dtype=torch.float64))
print(torch.randint(0, 10, (8,)))
print(torch.randint(5, (2, 3)))
