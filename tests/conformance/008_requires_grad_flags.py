import torch
x = torch.ones(2)
print(x.requires_grad)
x.requires_grad_()
print(x.requires_grad)
y = torch.ones(2, requires_grad=True)
z = (x + y).sum()
print(z.requires_grad)
w = torch.zeros(3)
w.requires_grad = True
print(w)
