# Cholesky and QR factorisations: linalg.cholesky (lower / upper=True), cholesky_ex, batches;
# linalg.qr with mode 'reduced', 'complete' and 'r' on square, tall and wide matrices (recording the
# signs LAPACK's Householder QR gives R's diagonal), and gradients through both.
import torch

A = torch.tensor([[4.0, 2.0, 0.4], [2.0, 5.0, 1.0], [0.4, 1.0, 3.0]])
L = torch.linalg.cholesky(A)
print(L)
print(torch.allclose(L @ L.T, A), torch.linalg.cholesky(A, upper=True))
print(torch.linalg.cholesky_ex(A))
print(torch.linalg.cholesky_ex(torch.tensor([[1.0, 2.0], [2.0, 1.0]])).info)
Ab = torch.stack([torch.eye(2) * 9, torch.tensor([[2.0, 1.0], [1.0, 2.0]])])
print(torch.linalg.cholesky(Ab), torch.linalg.cholesky(A.double())[2], sep="\n")
torch.manual_seed(0)
M = torch.randn(3, 3)
spd = M @ M.T + 3 * torch.eye(3)
print(spd, torch.linalg.cholesky(spd), sep="\n")

# QR
C = torch.tensor([[2.0, -1.0, 0.5], [1.0, 3.0, 2.0], [0.5, 1.0, 4.0]])
for m in ["reduced", "complete", "r"]:
    print(m, torch.linalg.qr(C, mode=m))
print(torch.linalg.qr(torch.tensor([[1.0, 2.0, 0.0], [2.0, -1.0, 1.0], [3.0, 1.0, 2.0]])))
T = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
Qr, Rr = torch.linalg.qr(T)
print(Qr, Rr, Qr.shape, Rr.shape, sep="\n")
Qc, Rc = torch.linalg.qr(T, mode="complete")
print(Qc, Rc, sep="\n")
print(torch.allclose(Qr @ Rr, T, atol=1e-6), torch.allclose(Qc.T @ Qc, torch.eye(3), atol=1e-6))
W = T.T.contiguous()
print(torch.linalg.qr(W))
print(torch.linalg.qr(W, mode="r").Q.shape, torch.linalg.qr(W, mode="r").R)
print(torch.linalg.qr(torch.tensor([[-2.0, 1.0], [0.0, 3.0]])))   # already triangular
print(torch.linalg.qr(M.double()))
print(torch.linalg.qr(torch.stack([C[:2, :2], -C[1:, 1:]])).R)

# gradients
P = torch.tensor([[4.0, 2.0, 0.4], [2.0, 5.0, 1.0], [0.4, 1.0, 3.0]], requires_grad=True)
Lp = torch.linalg.cholesky(P)
print(type(Lp.grad_fn).__name__, type(torch.linalg.cholesky(P, upper=True).grad_fn).__name__)
(Lp * torch.arange(9.0).reshape(3, 3)).sum().backward()
print(P.grad)
P.grad = None
torch.linalg.cholesky(P).diagonal().log().sum().backward()      # = logdet / 2
print(P.grad, torch.allclose(P.grad, 0.5 * torch.linalg.inv(P.detach())), sep="\n")
P.grad = None
torch.linalg.cholesky(P, upper=True).sum().backward()
print(P.grad)

G = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
Q, R = torch.linalg.qr(G)
print(type(Q.grad_fn).__name__, Q.grad_fn is R.grad_fn)
R.diagonal().abs().sum().backward()
print(G.grad)
G.grad = None
Q, R = torch.linalg.qr(G)
((Q @ R) ** 2).sum().backward()
print(torch.allclose(G.grad, 2 * G.detach(), atol=1e-5))
G.grad = None
Q, R = torch.linalg.qr(G)
(Q[:, 0] * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(G.grad)
Hw = torch.tensor([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0]], requires_grad=True)
Q, R = torch.linalg.qr(Hw)
(Q.sum() + R.sum()).backward()
print(Hw.grad)
