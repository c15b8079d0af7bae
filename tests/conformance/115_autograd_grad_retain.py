import torch
x = torch.tensor(1.5, requires_grad=True)
y = x.exp()
g1 = torch.autograd.grad(y, x, retain_graph=True)
g2 = torch.autograd.grad(y, x)
print(g1, g2)
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:40])
