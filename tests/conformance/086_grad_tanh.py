import torch
x = torch.tensor([-1.5, 0.5, 2.0], requires_grad=True)
y = torch.tanh(x)
print(y)
y.sum().backward()
print(x.grad)
z = x.tanh()
print(z.grad_fn)
