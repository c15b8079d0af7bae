# Imitates the "Jacobians with torch.autograd.functional" tutorials: a function of two inputs
# returning two outputs gives a nested tuple J[i][j]; create_graph, strict, vectorize, forward-mode.
import torch
from torch.autograd.functional import jacobian

def polar_and_energy(r, theta):
    xy = torch.stack([r * torch.cos(theta), r * torch.sin(theta)])
    energy = 0.5 * r ** 2 + theta.sum()
    return xy.flatten(), energy

r = torch.tensor([1.0, 2.0], dtype=torch.float64)
theta = torch.tensor([0.5, -1.0], dtype=torch.float64)
J = jacobian(polar_and_energy, (r, theta))
print(type(J).__name__, len(J), type(J[0]).__name__, len(J[0]))
for i in range(2):
    for j in range(2):
        print(f"J[{i}][{j}] shape={tuple(J[i][j].shape)}")
        print(J[i][j])

Jg = jacobian(polar_and_energy, (r, theta), create_graph=True)
print(Jg[0][0].requires_grad, Jg[0][0].grad_fn is not None, Jg[1][1].requires_grad)
print(J[0][0].requires_grad, J[0][0].grad_fn)

a, b = torch.tensor([1.0, 2.0]), torch.tensor([3.0])
for f in (lambda a, b: (a * 3.0, torch.ones(2)), lambda a, b: (a * 3.0, a.sum())):
    try:
        jacobian(f, (a, b), strict=True)
    except RuntimeError as e:
        print("strict:", e)
    print(jacobian(f, (a, b)))

Jv = jacobian(polar_and_energy, (r, theta), vectorize=True)
print("vectorize equal:", all(torch.equal(J[i][j], Jv[i][j]) for i in range(2) for j in range(2)))
Jf = jacobian(polar_and_energy, (r, theta), vectorize=True, strategy="forward-mode")
print("forward-mode close:", all(torch.allclose(J[i][j], Jf[i][j]) for i in range(2) for j in range(2)))
print(Jf[0][1])
bad = [dict(strategy="forward-mode"), dict(vectorize=True, strict=True),
       dict(vectorize=True, strategy="forward-mode", create_graph=True),
       dict(vectorize=True, strategy="forward-mode", strict=True)]
for kw in bad:
    try:
        jacobian(polar_and_energy, (r, theta), **kw)
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
