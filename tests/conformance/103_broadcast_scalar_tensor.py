import torch
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s = torch.tensor(2.0, requires_grad=True)
c = a * s + s
c.sum().backward()
print(c, a.grad, s.grad)
