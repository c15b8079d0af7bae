import torch
print(torch.tensor([1, 2, 3]).dtype)
print(torch.tensor([1.0, 2.0]).dtype)
print(torch.tensor([True, False]).dtype)
print(torch.tensor([1, 2], dtype=torch.float64))
print(torch.tensor([1, 2.5]).dtype, torch.zeros(2, dtype=torch.long))
print(torch.tensor([1, 2]).float(), torch.tensor([1.7, -2.7]).long(), torch.tensor([0.0, 3.0]).bool())
print(torch.tensor([1, 2]) * 1.5, torch.tensor([1, 2]) / 2, torch.tensor([7, 8]) // 3)
print(torch.float == torch.float32, torch.double, torch.long)
