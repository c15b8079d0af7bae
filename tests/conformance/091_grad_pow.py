import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for e in [2, 3, 0.5, -1, 0]:
    x.grad = None
    y = (x ** e).sum()
    y.backward()
    print(e, x.grad)
b = torch.tensor([2.0, 0.5], requires_grad=True)
p = 2 ** b
p.sum().backward()
print(p, b.grad)
