import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
x.register_hook(lambda g: g * 10)
y = x * x
h = y * 2
h.register_hook(lambda g: g + 1)
h.sum().backward()
print(x.grad)
