# Inverses and linear solves: torch.linalg.inv / torch.inverse / Tensor.inverse, inv_ex (with its
# info), linalg.solve with vector and matrix right-hand sides, batches and broadcasting, left=False,
# and the gradients of both (grad A = -A^{-T} G A^{-T}, solve: grad B = A^{-T} G, grad A = -grad B X^T).
import torch

A = torch.tensor([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]])
Ai = torch.linalg.inv(A)
print(Ai)
print(torch.inverse(A).equal(Ai), A.inverse().equal(Ai))
print(torch.allclose(A @ Ai, torch.eye(3), atol=1e-6))
N = torch.tensor([[0.0, 2.0], [3.0, 1.0]])
print(torch.linalg.inv(N), torch.linalg.inv(N.double()))
print(torch.linalg.inv_ex(N))
res = torch.linalg.inv_ex(torch.tensor([[1.0, 2.0], [2.0, 4.0]]))
print(res.info, res.inverse.shape, type(res).__name__)
Bt = torch.stack([N, torch.eye(2) * 4, torch.tensor([[2.0, 1.0], [1.0, 1.0]])])
print(torch.linalg.inv(Bt))
print(torch.linalg.inv_ex(Bt).info)

b = torch.tensor([1.0, 2.0, 3.0])
x = torch.linalg.solve(A, b)
print(x, torch.allclose(A @ x, b))
Bm = torch.tensor([[1.0, 0.0], [2.0, 1.0], [3.0, -1.0]])
X = torch.linalg.solve(A, Bm)
print(X, X.shape)
print(torch.allclose(X, Ai @ Bm, atol=1e-6))
Xl = torch.linalg.solve(A, Bm.T, left=False)      # solves X A = B
print(Xl, torch.allclose(Xl @ A, Bm.T, atol=1e-6))
print(torch.linalg.solve(Bt, torch.tensor([1.0, -1.0])))           # one b broadcast over the batch
print(torch.linalg.solve(Bt, torch.tensor([[1.0, -1.0], [0.0, 2.0], [4.0, 4.0]])))  # (3, 2): batch of vectors
print(torch.linalg.solve(Bt, torch.ones(3, 2, 1)).shape, torch.linalg.solve(N, torch.ones(4, 2, 3)).shape)
print(torch.linalg.solve_ex(N, torch.tensor([2.0, 4.0])))

# gradients
P = torch.tensor([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]], requires_grad=True)
Pi = torch.linalg.inv(P)
print(type(Pi.grad_fn).__name__, type(torch.inverse(P).grad_fn).__name__, type(torch.linalg.inv_ex(P).inverse.grad_fn).__name__)
Pi.sum().backward()
print(P.grad)
P.grad = None
torch.linalg.inv(P)[0, 1].backward()
print(P.grad)
P.grad = None
Pb = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
sol = torch.linalg.solve(P, Pb)
print(sol, type(sol.grad_fn).__name__)
(sol * torch.tensor([1.0, -1.0, 2.0])).sum().backward()
print(P.grad, Pb.grad, sep="\n")
P.grad = None
Bg = torch.tensor([[1.0, 0.0], [2.0, 1.0], [3.0, -1.0]], requires_grad=True)
torch.linalg.solve(P, Bg).pow(2).sum().backward()
print(P.grad, Bg.grad, sep="\n")
P.grad = None
torch.linalg.solve(P, Bg.T, left=False).sum().backward()
print(P.grad)
Q = torch.tensor([[[2.0, 1.0], [0.5, 3.0]], [[1.0, -1.0], [2.0, 0.5]]], dtype=torch.float64, requires_grad=True)
torch.linalg.inv(Q).sum().backward()
print(Q.grad)
Q.grad = None
torch.linalg.solve(Q, torch.tensor([1.0, 1.0], dtype=torch.float64)).sum().backward()
print(Q.grad)
