import torch
a = torch.tensor(3.0, requires_grad=True)
b = torch.tensor(4.0, requires_grad=True)
c = a * b + a ** 2
print(c, c.shape, c.dim())
c.backward()
print(a.grad, b.grad)
print(f"{c}", f"{c:.2f}", str(c), repr(c))
