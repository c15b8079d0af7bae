import torch
x = torch.ones(2, requires_grad=True)
with torch.set_grad_enabled(False):
    y = x * 2
print(y.requires_grad)
torch.set_grad_enabled(False)
z = x * 2
print(z.requires_grad)
torch.set_grad_enabled(True)
w = x * 2
print(w.requires_grad)
