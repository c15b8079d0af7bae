import torch
print(torch.tensor([1.0, 10.0, 100.0]))
print(torch.tensor([-1.0, 5.0]))
print(torch.tensor([100000.0, 1.0]))
