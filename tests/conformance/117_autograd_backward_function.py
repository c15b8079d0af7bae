import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
z = x ** 2
torch.autograd.backward([y.sum(), z.sum()])
print(x.grad)
