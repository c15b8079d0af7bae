import torch
x = torch.tensor([-1.5, 0.5, 2.0], requires_grad=True)
y = torch.relu(x)
print(y)
y.sum().backward()
print(x.grad)
z = x.relu()
print(z.grad_fn)
