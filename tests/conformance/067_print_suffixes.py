import torch
x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
print(x)
print(x * 2)
print(torch.tensor([1, 2], dtype=torch.int64), torch.zeros(0, dtype=torch.long), torch.zeros(2, 0))
y = torch.ones(2, 8, requires_grad=True) * 1000.25
print(y)
