import torch
print(torch.float32, torch.float64, torch.int64, torch.bool)
print(torch.ones(2).dtype, torch.ones(2, dtype=torch.double).dtype)
x = torch.tensor([1.5, 2.5], dtype=torch.float64)
print(x, x.float(), x.long())
