import torch
a = torch.tensor([4.0, 9.0], requires_grad=True)
b = torch.tensor([2.0, 3.0], requires_grad=True)
c = a / b - b / a + 1 - a
c.sum().backward()
print(c, a.grad, b.grad)
d = 1 / a
print(d, d.grad_fn)
