import torch
a = torch.arange(6.0).view(2, 3).requires_grad_()
b = torch.tensor([[2.0], [3.0]], requires_grad=True)
c = a * b
c.sum().backward()
print(c, a.grad, b.grad)
