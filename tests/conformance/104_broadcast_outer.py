import torch
u = torch.tensor([1.0, 2.0], requires_grad=True)
v = torch.tensor([3.0, 4.0, 5.0], requires_grad=True)
M = u.unsqueeze(1) * v.unsqueeze(0)
M.sum().backward()
print(M, u.grad, v.grad)
print(torch.outer(u, v))
