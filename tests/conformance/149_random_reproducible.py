import torch
torch.manual_seed(123)
a = torch.randn(5)
torch.manual_seed(123)
b = torch.randn(5)
print(torch.equal(a, b), a)
