import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
y = x.mm(x)
v = torch.ones_like(y)
y.backward(v)
print(x.grad)
