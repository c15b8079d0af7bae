import torch
x = torch.tensor(2.0, requires_grad=True)
a = x * 3
b = x ** 2
c = a * b
d = c + a
d.backward()
print(x.grad)
