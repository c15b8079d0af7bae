import torch
x = torch.ones(2, requires_grad=True)
w = torch.ones(2, requires_grad=True)
g = torch.autograd.grad(x.sum(), [x, w])
