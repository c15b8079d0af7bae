import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(F.pad(x, (1, 1)))
print(F.pad(x, (1, 2, 0, 1)))
print(F.pad(x, (0, 0, 2, 0), value=-1.0))
print(F.pad(x, (2, 0), mode='constant', value=9.0))
print(F.pad(x, (1, 1, 1, 1)).shape)
xr = x.clone().requires_grad_()
p = F.pad(xr, (1, 1, 1, 1))
print(p.grad_fn.name())
(p * torch.arange(20.0).reshape(4, 5)).sum().backward()
print(xr.grad)
print(F.pad(torch.arange(4.0), (3, 1)))
print(F.pad(x, (-1, 0)))
