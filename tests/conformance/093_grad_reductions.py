import torch
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
for name in ["sum", "mean", "prod"]:
    x.grad = None
    y = getattr(x, name)()
    y.backward()
    print(name, y, x.grad)
x.grad = None
m = x.mean(dim=0)
print(m)
m.sum().backward()
print(x.grad)
