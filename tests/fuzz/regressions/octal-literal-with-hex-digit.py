import torch
x = torch.tensor([2.0, 2.0], requires_grad=True)
f = (x[0] ** 2) * x[1] + x[1] ** 3
(g,) = torch.autograd.grad(f, x, create_graph=True)
rows = [torch.autograd.grad(g[i], x, retain_graph=True)[0of] r i in range(2)]
print(g)
print(torch.stack(rows))
