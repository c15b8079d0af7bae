import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 2
y = (h ** 2).sum()
(gh,) = torch.autograd.grad(y, h)
print(gh)
