# Symmetric eigendecomposition: linalg.eigh (named tuple, ascending eigenvalues, the eigenvector
# signs LAPACK's syevd returns), UPLO='L' / 'U' (only that triangle is read), eigvalsh, batches,
# float64, and gradients with sign-insensitive losses plus one through the vectors themselves.
import torch

A = torch.tensor([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]])
res = torch.linalg.eigh(A)
print(res)
print(type(res).__name__, res.eigenvalues, res[0].equal(res.eigenvalues))
w, V = torch.linalg.eigh(A)
print(torch.allclose(V @ torch.diag(w) @ V.T, A, atol=1e-5), torch.allclose(V.T @ V, torch.eye(3), atol=1e-6))
print(torch.linalg.eigvalsh(A), torch.allclose(torch.linalg.eigvalsh(A), w))
print(torch.linalg.eigh(torch.diag(torch.tensor([3.0, 1.0, 2.0]))))
print(torch.linalg.eigh(torch.tensor([[2.0, 1.0], [1.0, 2.0]])))
print(torch.linalg.eigh(torch.tensor([[1.0, -2.0], [-2.0, 1.0]])))
# only one triangle is used
U = torch.tensor([[2.0, 1.0], [100.0, 2.0]])
print(torch.linalg.eigvalsh(U), torch.linalg.eigvalsh(U, UPLO="U"), torch.linalg.eigh(U, UPLO="U").eigenvectors)
print(torch.linalg.eigh(A, UPLO="U"))
print(torch.linalg.eigh(A.double()))
torch.manual_seed(0)
M = torch.randn(2, 3, 3)
S = M @ M.transpose(-2, -1)
print(S)
print(torch.linalg.eigh(S))
print(torch.linalg.eigvalsh(S))

# gradients
X = torch.tensor([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]], requires_grad=True)
ev = torch.linalg.eigvalsh(X)
print(ev, type(ev.grad_fn).__name__)
(ev ** 2).sum().backward()          # = ||X||_F^2 for symmetric X, gradient 2 X
print(torch.round(X.grad * 1000) / 1000 + 0.0, torch.allclose(X.grad, 2 * X.detach(), atol=1e-5))
X.grad = None
torch.linalg.eigvalsh(X)[-1].backward()      # largest eigenvalue: v v^T
print(X.grad)
X.grad = None
L, Q = torch.linalg.eigh(X)
print(type(L.grad_fn).__name__, L.grad_fn is Q.grad_fn)
(L * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(X.grad)
X.grad = None
L, Q = torch.linalg.eigh(X)
(Q[:, -1] ** 2 * torch.tensor([1.0, 0.0, -1.0])).sum().backward()    # v -> -v does not change it
print(X.grad)
X.grad = None
L, Q = torch.linalg.eigh(X)
(Q @ torch.diag(L.exp()) @ Q.T).trace().backward()         # trace of the matrix exponential
print(torch.round(X.grad), torch.allclose(X.grad, torch.linalg.matrix_exp(X.detach()), rtol=1e-4))
Y = torch.tensor([[2.0, 1.0], [0.5, 3.0]], requires_grad=True)    # not symmetric: lower triangle used
torch.linalg.eigvalsh(Y).sum().backward()          # = trace: gradient I
print(torch.round(Y.grad * 1000) / 1000 + 0.0, torch.allclose(Y.grad, torch.eye(2), atol=1e-6))
Y.grad = None
torch.linalg.eigvalsh(Y, UPLO="U")[1].backward()
print(Y.grad)
Bg = S.clone().requires_grad_()
torch.linalg.eigvalsh(Bg).max(dim=-1).values.sum().backward()
print(Bg.grad)
