import torch
x = torch.tensor([3.0, 4.0], requires_grad=True)
n = x.norm()
n.backward()
print(n, x.grad)
y = torch.tensor([[1.0, 2.0], [2.0, 1.0]], requires_grad=True)
y.norm(dim=1).sum().backward()
print(y.grad)
