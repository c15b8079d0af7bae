import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
a = x + 1
b = a * a
a.mul_(2)
b.sum().backward()
