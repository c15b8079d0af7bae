import torch
x = torch.tensor(1.0, requires_grad=True)
y = x * 2
y.retain_grad()
z = y * y
z.backward(retain_graph=True)
z.backward()
print(y.grad, x.grad)
