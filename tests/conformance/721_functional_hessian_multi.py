# Imitates blog posts computing the Hessian of a loss with torch.autograd.functional.hessian:
# several inputs give a tuple of tuples H[i][j], create_graph, forward-over-reverse, matrix inputs.
import torch
from torch.autograd.functional import hessian

def loss(w, b):
    x = torch.tensor([[1.0, 2.0], [-1.0, 0.5], [0.0, 1.0]], dtype=torch.float64)
    y = torch.tensor([1.0, 0.0, 2.0], dtype=torch.float64)
    pred = x @ w + b
    return ((pred - y) ** 2).mean() + 0.1 * (w ** 4).sum()

w = torch.tensor([0.5, -0.25], dtype=torch.float64)
b = torch.tensor([0.1], dtype=torch.float64)
H = hessian(loss, (w, b))
print(type(H).__name__, len(H), type(H[0]).__name__, len(H[0]))
for i in range(2):
    for j in range(2):
        print(f"H[{i}][{j}]", tuple(H[i][j].shape), H[i][j])
print("symmetric:", torch.allclose(H[0][1], H[1][0].T))

Hg = hessian(loss, (w, b), create_graph=True)
print(Hg[0][0].requires_grad, type(Hg[0][0].grad_fn).__name__ if Hg[0][0].grad_fn else None)
print(H[0][0].requires_grad, H[0][0].grad_fn)

Hv = hessian(loss, (w, b), vectorize=True)
print("vectorize equal:", all(torch.equal(H[i][j], Hv[i][j]) for i in range(2) for j in range(2)))
Hf = hessian(loss, (w, b), vectorize=True, outer_jacobian_strategy="forward-mode")
print("forward-over-reverse close:", all(torch.allclose(H[i][j], Hf[i][j]) for i in range(2) for j in range(2)))
print(Hf[0][0])

def log_det_like(m):
    return (m @ m.T).trace() + m[0, 0] * m[1, 1] ** 2
m = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
Hm = hessian(log_det_like, m)
print("matrix input:", Hm.shape)
print(Hm)
print(hessian(lambda t: (t ** 3).sum(), torch.tensor(2.0)))
cube, c = lambda t: (t ** 3).sum(), torch.tensor([0.5, -0.25], dtype=torch.float64)
print(hessian(cube, c), hessian(cube, c, vectorize=True), sep="\n")
print(hessian(cube, c, vectorize=True, outer_jacobian_strategy="forward-mode"), c.requires_grad)

for f in (lambda t: t ** 2, lambda t: (t.sum(), t.sum())):
    try:
        hessian(f, torch.tensor([1.0, 2.0]))
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    hessian(lambda t: (2 * t).sum(), torch.tensor([1.0, 2.0]), strict=True)
except RuntimeError as e:
    print("strict:", e)
