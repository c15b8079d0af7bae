import torch
print(torch.tensor([1.0, 2.0, 3.0]))
print(torch.tensor([0.1, 0.25, 3.14159]))
print(torch.tensor([1e-5, 1.0]))
print(torch.tensor([0.0001, 0.05]))
print(torch.tensor([0.00011, 0.05]))
print(torch.tensor([1.0, 1000.0]), torch.tensor([1.0, 1001.0]))
print(torch.tensor([1e8]), torch.tensor([1.5e9, 1.0]))
print(torch.tensor([-1.5, 2.25, -100.125]))
