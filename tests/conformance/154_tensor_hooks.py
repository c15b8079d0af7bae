import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
y.register_hook(lambda g: print("grad at y:", g))
x.register_hook(lambda g: print("grad at x:", g))
(y ** 2).sum().backward()
print(x.grad)
