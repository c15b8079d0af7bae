# Pseudo-inverse, least squares and numerical rank: linalg.pinv (rtol / atol / hermitian, and the
# older torch.pinverse whose rcond default is 1e-15), linalg.lstsq (a named tuple; with the default
# CPU driver gelsy residuals and singular_values are empty), matrix_rank tolerances, and gradients.
import torch

A = torch.tensor([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 4.0]])
b = torch.tensor([[6.0], [5.0], [7.0], [10.0]])
P = torch.linalg.pinv(A)
print(P, P.shape)
print(torch.allclose(P @ A, torch.eye(2), atol=1e-5), torch.allclose(P, torch.linalg.inv(A.T @ A) @ A.T, atol=1e-5))
r = torch.linalg.lstsq(A, b)
print(r)
print(type(r).__name__, r.solution, r.residuals.shape, r.rank, r.singular_values.shape)
for driver in ["gelsy", "gelsd", "gelss", "gels"]:
    print(driver, torch.linalg.lstsq(A, b, driver=driver))
print(torch.linalg.lstsq(A, b.squeeze(1)).solution)
print(torch.allclose(torch.linalg.lstsq(A, b).solution, P @ b, atol=1e-5))
B2 = torch.cat([b, torch.tensor([[1.0], [0.0], [-2.0], [2.0]])], dim=1)
print(torch.linalg.lstsq(A, B2, driver="gelsd"))

S = torch.tensor([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])      # rank 1
print(torch.linalg.pinv(S), torch.pinverse(S), torch.linalg.pinv(S.double()), sep="\n")
print(torch.linalg.lstsq(S, b[:3]))
print(torch.linalg.lstsq(S, b[:3], driver="gelsd"))
print(torch.linalg.matrix_rank(A), torch.linalg.matrix_rank(S), torch.linalg.matrix_rank(torch.zeros(2, 3)))
print(torch.linalg.matrix_rank(torch.eye(3) * 1e-8), torch.linalg.matrix_rank(torch.stack([torch.eye(2), torch.ones(2, 2)])))
D = torch.diag(torch.tensor([1.0, 1e-6, 1e-7]))
print(torch.linalg.matrix_rank(D), torch.linalg.matrix_rank(D.double()), torch.linalg.matrix_rank(D, hermitian=True))
E = torch.diag(torch.tensor([1.0, 0.5, 0.25]))
print(torch.linalg.matrix_rank(E, atol=0.3), torch.linalg.matrix_rank(E, rtol=0.5), torch.linalg.matrix_rank(E, atol=0.25))
print(torch.linalg.matrix_rank(E, atol=0.3, rtol=0.6), torch.linalg.matrix_rank(E, tol=0.3), torch.linalg.matrix_rank(-E, hermitian=True))
F = torch.diag(torch.tensor([2.0, 0.5]))
print(torch.linalg.pinv(F, atol=0.5), torch.linalg.pinv(F, rtol=0.25), torch.linalg.pinv(F, rtol=0.2), sep="\n")
print(torch.linalg.pinv(F, hermitian=True), torch.linalg.pinv(torch.tensor([[2.0, 1.0], [1.0, 2.0]]), hermitian=True), sep="\n")
tiny = torch.diag(torch.tensor([1.0, 1e-7]))
print(torch.linalg.pinv(tiny), torch.pinverse(tiny), sep="\n")
print(torch.linalg.pinv(torch.tensor([[1.0, 2.0, 3.0]])), torch.linalg.pinv(torch.stack([F, 2 * F])).shape)

# gradients
X = torch.tensor([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 4.0]], requires_grad=True)
Xp = torch.linalg.pinv(X)
print(type(Xp.grad_fn).__name__)
(Xp * torch.tensor([[1.0, 2.0, 0.0, -1.0], [0.5, 0.0, 1.0, 2.0]])).sum().backward()
print(X.grad)
X.grad = None
y = torch.tensor([[6.0], [5.0], [7.0], [10.0]], requires_grad=True)
sol = torch.linalg.lstsq(X, y).solution
print(sol, type(sol.grad_fn).__name__)
sol.sum().backward()
print(X.grad, y.grad, sep="\n")
X.grad = None
y.grad = None
fit = torch.linalg.lstsq(X, y, driver="gelsd")
fit.solution.pow(2).sum().backward()
print(X.grad, y.grad, sep="\n")
H = torch.tensor([[2.0, 1.0], [1.0, 2.0]], requires_grad=True)
torch.linalg.pinv(H, hermitian=True).sum().backward()
print(H.grad)
