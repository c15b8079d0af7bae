# Imitates "Hessian-vector products for Newton steps" posts: hvp/vhp on the Rosenbrock function
# and a quadratic form, checked against hessian(f, x) @ v; one and several inputs; error cases.
import torch
from torch.autograd.functional import hvp, vhp, hessian

def rosenbrock(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2

p = torch.tensor([-1.5, 2.0], dtype=torch.float64)
v = torch.tensor([1.0, -0.5], dtype=torch.float64)
val, Hv = hvp(rosenbrock, p, v)
_, vH = vhp(rosenbrock, p, v)
H = hessian(rosenbrock, p)
print(val, Hv, vH, H @ v, sep="\n")
print(torch.allclose(Hv, H @ v), torch.allclose(vH, v @ H))
grad = torch.autograd.functional.vjp(rosenbrock, p)[1]
Hg = hvp(rosenbrock, p, grad)[1]  # first conjugate-gradient step of Newton-CG
print("newton-cg step:", -(grad @ grad) / (grad @ Hg) * grad)

A = torch.tensor([[2.0, 1.0, 0.0], [0.0, 3.0, -1.0], [1.0, 0.0, 4.0]])
quad = lambda x: 0.5 * x @ A @ x
x = torch.tensor([1.0, 2.0, -1.0])
u = torch.tensor([0.5, -1.0, 2.0])
print(hvp(quad, x, u), vhp(quad, x, u), sep="\n")
print(0.5 * (A + A.T) @ u)

def two_inputs(a, b):
    return (a ** 2 * b).sum() + (b ** 3).sum()
a, b = torch.tensor([1.0, -1.0]), torch.tensor([2.0, 0.5])
va, vb = torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0])
print(hvp(two_inputs, (a, b), (va, vb)))
print(vhp(two_inputs, (a, b), (va, vb)))
print(hvp(lambda s: s.sin() * s, torch.tensor(0.3)), vhp(lambda s: s ** 4, torch.tensor(2.0)))
print(hvp(lambda a, b: (a * 3).sum(), (a, b), (va, vb)))

for fn in (hvp, vhp):
    for f, inp, vec in [(lambda t: t ** 2, x, u), (lambda t: (t.sum(), t.sum()), x, u),
                        (quad, x, None), (quad, x, torch.ones(2)), (lambda t: (t * 2).sum(), x, u)]:
        try:
            fn(f, inp, vec, strict=True)
        except RuntimeError as e:
            print(fn.__name__, "RuntimeError:", e)
ps = torch.tensor([0.3, -0.7], requires_grad=True)  # float32: .tolist() shows every bit
w = torch.tensor([0.9, 0.1])
print(hvp(rosenbrock, ps, w)[1].tolist(), vhp(rosenbrock, ps, w)[1].tolist())
print(hvp(rosenbrock, ps, w, create_graph=True), vhp(rosenbrock, ps, w, create_graph=True), sep="\n")
print(hvp(quad, x.requires_grad_(), u, create_graph=True)[1].requires_grad)
