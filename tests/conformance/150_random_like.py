import torch
torch.manual_seed(3)
x = torch.zeros(2, 2)
print(torch.randn_like(x), torch.rand_like(x))
w = torch.randn(3, 2, requires_grad=True)
print(w)
