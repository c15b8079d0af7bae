import torch
from torch.autograd.functional import jacobian
x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = torch.tanh(x) * x
rows = []
for i in range(3):
    e = torch.zeros(3)
    e[i] = 1.0
    (g,) = torch.autograd.grad(y, x, grad_outputs=e, retain_graph=True)
    rows.append(g)
J = torch.stack(rows)
print(J)
print(torch.allclose(J, jacobian(lambda t: torch.tanh(t) * t, x.detach())))
