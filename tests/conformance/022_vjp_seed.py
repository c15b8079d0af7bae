import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2
v = torch.tensor([0.1, 1.0, 10.0])
y.backward(v)
print(x.grad)
