# Singular value decomposition: linalg.svd (full_matrices=True default / False), torch.svd (returns V,
# some=), svdvals, square / tall / wide / batched inputs, the singular-vector signs LAPACK's gesdd
# returns, a rank-1 approximation, and gradients through S and through sign-invariant uses of U, V.
import torch

A = torch.tensor([[3.0, 1.0, 2.0], [1.0, 2.0, -0.5]])
res = torch.linalg.svd(A)
print(res)
print(type(res).__name__, res.U.shape, res.S.shape, res.Vh.shape)
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
print(U, S, Vh, sep="\n")
print(torch.allclose(U @ torch.diag(S) @ Vh, A, atol=1e-6))
print(torch.linalg.svdvals(A), torch.allclose(torch.linalg.svdvals(A), S))
T = torch.tensor([[2.0, 0.5], [1.0, 1.5], [0.5, 2.0]])
print(torch.linalg.svd(T))
print(torch.linalg.svd(T, full_matrices=False))
sv = torch.svd(T)
print(sv)
print(type(sv).__name__, torch.allclose(sv.V, torch.linalg.svd(T, full_matrices=False).Vh.T))
print(torch.svd(T, some=False).U.shape, torch.svd(T, compute_uv=False).S)
print(torch.svd(T, compute_uv=False).U)
print(torch.linalg.svd(torch.diag(torch.tensor([1.0, 3.0, 2.0]))))
print(torch.linalg.svd(torch.tensor([[4.0, 0.0], [3.0, -5.0]]).double()))
torch.manual_seed(0)
M = torch.randn(2, 3, 2)
print(M)
print(torch.linalg.svd(M, full_matrices=False))
print(torch.linalg.svdvals(M))
# best rank-1 approximation (Eckart-Young)
R1 = S[0] * torch.outer(U[:, 0], Vh[0])
print(R1, torch.linalg.matrix_norm(A - R1, ord=2), S[1], sep="\n")

# gradients
X = torch.tensor([[3.0, 1.0, 2.0], [1.0, 2.0, -0.5]], requires_grad=True)
s = torch.linalg.svdvals(X)
print(s, type(s.grad_fn).__name__)
s.sum().backward()                  # nuclear norm: U V^T
print(X.grad)
X.grad = None
torch.linalg.svdvals(X)[0].backward()    # spectral norm: u1 v1^T
print(X.grad)
X.grad = None
U, S, Vh = torch.linalg.svd(X, full_matrices=False)
print(type(U.grad_fn).__name__, U.grad_fn is Vh.grad_fn)
(S ** 2).sum().backward()
print(torch.round(X.grad * 1000) / 1000 + 0.0, torch.allclose(X.grad, 2 * X.detach(), atol=1e-5))
X.grad = None
U, S, Vh = torch.linalg.svd(X, full_matrices=False)
((U[:, 0:1] @ Vh[0:1]) * torch.tensor([[1.0, 2.0, 0.0], [0.0, -1.0, 1.0]])).sum().backward()   # u1 v1^T: sign-free
print(X.grad)
X.grad = None
U, S, Vh = torch.linalg.svd(X, full_matrices=False)
(U @ torch.diag(S.sqrt()) @ Vh).sum().backward()
print(X.grad)
Tg = torch.tensor([[2.0, 0.0], [1.0, 1.0], [0.0, 2.5]], dtype=torch.float64, requires_grad=True)
U, S, V = torch.svd(Tg)
(S[0] * (U[:, :1] @ V[:, :1].T) * torch.tensor([[1.0, 2.0], [0.0, 1.0], [1.0, -1.0]], dtype=torch.float64)).sum().backward()
print(Tg.grad)
Bg = M.clone().requires_grad_()
torch.linalg.svdvals(Bg).prod(dim=-1).sum().backward()
print(Bg.grad)
