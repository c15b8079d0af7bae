import torch
i = torch.tensor([1, 2, 3])
print(i + 1, i * 2.5, i / 2, i + True)
f = torch.tensor([1.0, 2.0])
print((f * 2).dtype, (f + torch.tensor(1.0, dtype=torch.float64)).dtype, (i + torch.tensor(1.5)).dtype)
print((torch.tensor([1.0], dtype=torch.float64) * 2.0).dtype)
