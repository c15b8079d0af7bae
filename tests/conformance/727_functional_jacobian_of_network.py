# Imitates "Jacobians and Hessians of a neural network" blog posts: the input-Jacobian of a small
# nn.Sequential, the Jacobian of a loss w.r.t. a flat parameter vector, and a logistic-regression Hessian.
import torch
from torch import nn
from torch.autograd.functional import jacobian, hessian

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
x = torch.tensor([0.5, -1.0, 2.0])
J = jacobian(net, x)
print(J.shape, J.requires_grad)
print(J)
Jb = jacobian(net, torch.stack([x, -x]))  # a batch: (2, 2) outputs w.r.t. (2, 3) inputs
print(Jb.shape, torch.allclose(Jb[0, :, 0], J), Jb[0, :, 1].abs().sum().item())
print(torch.allclose(jacobian(net, x, vectorize=True), J))

shapes = [p.shape for p in net.parameters()]
flat = torch.cat([p.detach().reshape(-1) for p in net.parameters()])
print("parameters:", flat.numel(), [tuple(s) for s in shapes])

def functional_net(theta, inp):
    params, i = [], 0
    for s in shapes:
        n = s.numel()
        params.append(theta[i:i + n].view(s))
        i += n
    h = torch.tanh(inp @ params[0].T + params[1])
    return h @ params[2].T + params[3]

target = torch.tensor([1.0, 0.0])
mse = lambda theta: ((functional_net(theta, x) - target) ** 2).mean()
g = jacobian(mse, flat)
net.zero_grad()
((net(x) - target) ** 2).mean().backward()
print(g.shape, torch.allclose(g, torch.cat([p.grad.reshape(-1) for p in net.parameters()])))
print(g[:6])
print(jacobian(lambda th: functional_net(th, x), flat).shape)

X = torch.tensor([[1.0, 2.0], [-1.0, 0.5], [0.3, -0.7], [2.0, 1.0]], dtype=torch.float64)
y = torch.tensor([1.0, 0.0, 0.0, 1.0], dtype=torch.float64)
def logistic_loss(w):
    return nn.functional.binary_cross_entropy_with_logits(X @ w, y)
w = torch.tensor([0.1, -0.2], dtype=torch.float64)
H = hessian(logistic_loss, w)
p = torch.sigmoid(X @ w)
print(H)
print(torch.allclose(H, X.T @ torch.diag(p * (1 - p)) @ X / 4), "det:", H[0, 0] * H[1, 1] - H[0, 1] * H[1, 0])
