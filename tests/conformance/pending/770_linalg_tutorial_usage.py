# How blog posts and tutorials use torch.linalg: linear regression by the normal equations
# (solve(X.T @ X, X.T @ y)) checked against lstsq and pinv, ridge regression, the Hessian's
# eigenvalues from autograd.functional.hessian, Gram-Schmidt next to linalg.qr, a Gaussian
# log-likelihood with slogdet, and an orthogonality penalty ||W^T W - I||_F trained by gradient descent.
import torch
from torch.autograd.functional import hessian

# linear regression y = 2 + 3 x with noise-free data plus one outlier
xs = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0])
y = torch.tensor([2.0, 5.0, 8.0, 11.0, 15.0])
X = torch.stack([torch.ones(5), xs], dim=1)
w_normal = torch.linalg.solve(X.T @ X, X.T @ y)
w_lstsq = torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)
w_pinv = torch.linalg.pinv(X) @ y
print(X.T @ X, X.T @ y, w_normal, sep="\n")
print(w_lstsq, w_pinv, torch.allclose(w_normal, w_lstsq, atol=1e-5), torch.allclose(w_normal, w_pinv, atol=1e-5))
resid = y - X @ w_normal
print(torch.round(resid * 1000) / 1000 + 0.0, torch.linalg.norm(resid), torch.linalg.vector_norm(resid) ** 2)
lam = 0.5
w_ridge = torch.linalg.solve(X.T @ X + lam * torch.eye(2), X.T @ y)
print(w_ridge, torch.linalg.inv(X.T @ X + lam * torch.eye(2)) @ X.T @ y)
print(torch.linalg.cond(X.T @ X), torch.linalg.matrix_rank(X))

# the same regression as an optimisation problem: the Hessian of the MSE is 2/n X^T X
def mse(w):
    return ((X @ w - y) ** 2).mean()
H = hessian(mse, torch.zeros(2))
print(H, torch.allclose(H, 2 / 5 * X.T @ X))
ev = torch.linalg.eigvalsh(H)
print(ev, "convex:", bool((ev > 0).all()), "condition:", ev[-1] / ev[0])
def rosen(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2
Hr = hessian(rosen, torch.tensor([1.0, 1.0]))
print(Hr, torch.linalg.eigvalsh(Hr), torch.linalg.eigh(Hr).eigenvectors, sep="\n")
Hs = hessian(rosen, torch.tensor([0.0, 0.5]))
print(Hs, torch.linalg.eigvalsh(Hs))

# classical Gram-Schmidt vs Householder QR
A = torch.tensor([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
def gram_schmidt(A):
    cols = []
    for j in range(A.shape[1]):
        v = A[:, j]
        for q in cols:
            v = v - (q @ A[:, j]) * q
        cols.append(v / torch.linalg.norm(v))
    return torch.stack(cols, dim=1)
Qgs = gram_schmidt(A)
Q, R = torch.linalg.qr(A)
print(Qgs, Q, R, sep="\n")
signs = torch.sign(torch.diagonal(R))
print(signs, torch.allclose(Qgs, Q * signs, atol=1e-6), torch.allclose(Qgs.T @ A, R * signs.unsqueeze(1), atol=1e-5))

# multivariate normal log-density with slogdet and solve
mu = torch.tensor([0.0, 1.0])
cov = torch.tensor([[2.0, 0.3], [0.3, 0.5]])
pt = torch.tensor([0.5, 0.0])
diff = pt - mu
logp = -0.5 * (diff @ torch.linalg.solve(cov, diff) + torch.linalg.slogdet(cov).logabsdet + 2 * torch.log(torch.tensor(2 * torch.pi)))
print(logp, torch.distributions.MultivariateNormal(mu, cov).log_prob(pt))
Lc = torch.linalg.cholesky(cov)
print(Lc, 2 * torch.log(torch.diagonal(Lc)).sum(), torch.logdet(cov))

# orthogonality penalty trained with plain gradient descent
W = torch.tensor([[1.0, 0.5], [0.2, 1.2], [0.3, -0.4]], requires_grad=True)
for step in range(5):
    pen = torch.linalg.matrix_norm(W.T @ W - torch.eye(2))
    pen.backward()
    with torch.no_grad():
        W -= 0.1 * W.grad
    print(step, round(pen.item(), 4), W.grad.abs().max().item() > 0)
    W.grad.zero_()
print(W, torch.linalg.svdvals(W.detach()), sep="\n")
# spectral norm by power iteration against svdvals
M = torch.tensor([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0]])
v = torch.ones(3) / 3 ** 0.5
for _ in range(30):
    u = M @ v
    u = u / torch.linalg.norm(u)
    v = M.T @ u
    v = v / torch.linalg.norm(v)
print(u @ M @ v, torch.linalg.matrix_norm(M, ord=2), torch.linalg.svdvals(M)[0])
