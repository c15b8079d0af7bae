import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = x * 2
print(y.requires_grad, y.grad_fn)
with torch.no_grad():
    with torch.enable_grad():
        z = x * 3
print(z.requires_grad, z.grad_fn)
print(torch.is_grad_enabled())
