# The LU family as a linear-algebra blog post uses it: a determinant and its gradient
# (det * A^-T), slogdet's named tuple, logdet, an inverse and its gradient, least squares by
# the normal equations with linalg.solve, batches, float64, and the errors of singular input.
import torch

torch.manual_seed(0)
A = torch.randn(4, 4)
print(torch.linalg.det(A), torch.linalg.det(A).item(), torch.det(A.t()).item())
print(torch.linalg.det(A.double()).item(), A.det(), torch.det(torch.eye(3)))
print(torch.linalg.slogdet(A))
print(torch.slogdet(A.double()))
print(torch.logdet(A @ A.t()), torch.logdet(-torch.eye(3)), torch.logdet(torch.eye(2)))
Ai = torch.linalg.inv(A)
print(Ai)
print(Ai[0, 0].item(), torch.inverse(A.t())[1, 2].item(), A.inverse().sum().item())
B = torch.randn(3, 3, 3)
print(torch.linalg.det(B), torch.linalg.inv(B)[2])

# Least squares y = X w by the normal equations.
X = torch.randn(20, 3)
w_true = torch.tensor([1.5, -2.0, 0.5])
y = X @ w_true + 0.01 * torch.randn(20)
w = torch.linalg.solve(X.T @ X, X.T @ y)
print(w, w.tolist())
print(torch.linalg.solve(A, torch.eye(4)).sub(Ai).abs().max() < 1e-5)
print(torch.linalg.solve(A, torch.randn(4, 2)))
print(torch.linalg.solve(B, torch.ones(3)).shape, torch.linalg.solve(A, torch.ones(2, 4, 1)).shape)
print(torch.linalg.solve(A, torch.ones(4, 4), left=False).sum().item())

# Gradients.
M = torch.tensor([[2.0, 1.0, 0.5], [0.3, 3.0, 1.0], [1.0, 0.2, 4.0]], requires_grad=True)
d = torch.linalg.det(M)
print(d)
d.backward()
print(M.grad)
M.grad = None
torch.linalg.slogdet(M).logabsdet.backward()
print(M.grad)
M.grad = None
torch.linalg.inv(M).sum().backward()
print(M.grad)
M.grad = None
b = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x = torch.linalg.solve(M, b)
print(x)
(x ** 2).sum().backward()
print(M.grad, b.grad, sep="\n")
M.grad = None
torch.logdet(M).backward()
print(M.grad)
g, = torch.autograd.grad(torch.linalg.det(M), M, create_graph=True)
print(g)
h, = torch.autograd.grad(g[0, 0], M)
print(h)
Md = M.detach().double().requires_grad_()
print(torch.autograd.gradcheck(torch.linalg.det, (Md,)), torch.autograd.gradcheck(torch.linalg.inv, (Md,)))
print(torch.autograd.gradcheck(lambda m, v: torch.linalg.solve(m, v), (Md, b.detach().double().requires_grad_())))
print(torch.autograd.gradgradcheck(torch.linalg.det, (Md,)))

for f in (lambda: torch.linalg.inv(torch.tensor([[1.0, 2.0], [2.0, 4.0]])),
          lambda: torch.linalg.solve(torch.zeros(2, 2), torch.ones(2)),
          lambda: torch.linalg.inv(torch.zeros(2, 3, 3)),
          lambda: torch.linalg.det(torch.ones(2, 3)),
          lambda: torch.linalg.det(torch.ones(3)),
          lambda: torch.linalg.inv(torch.ones(2, 2, dtype=torch.long)),
          lambda: torch.linalg.solve(torch.eye(2), torch.ones(3)),
          lambda: torch.linalg.solve(torch.eye(2, dtype=torch.double), torch.ones(2))):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, isinstance(e, torch.linalg.LinAlgError), e)
torch.linalg.inv(torch.tensor([[0.0, 0.0], [0.0, 1.0]]))
