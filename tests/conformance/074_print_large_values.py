import torch
print(torch.tensor([123456.0, 1.0]))
print(torch.tensor([1e10, 1e-10]))
print(torch.tensor([12345.678]))
print(torch.tensor([0.00012345]))
