import torch
x = torch.tensor([-2.0, -0.5, 0.5, 2.0], requires_grad=True)
y = x.clamp(min=0)
z = x.clamp(-1, 1)
(y.sum() + z.sum()).backward()
print(y, z, x.grad)
print(y.grad_fn, z.grad_fn)
