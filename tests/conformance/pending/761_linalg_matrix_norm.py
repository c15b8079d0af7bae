# torch.linalg.matrix_norm and torch.linalg.norm on matrices: every ord ('fro', 'nuc', 2, -2, 1, -1,
# inf, -inf), dim=, keepdim=, batches; the grad_fn each ord ends in (several are built from other ops)
# and their gradients.
import torch

inf = float("inf")
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
for ord in [None, "fro", "nuc", 2, -2, 1, -1, inf, -inf]:
    print("ord", ord, torch.linalg.norm(A, ord=ord))
for ord in ["fro", "nuc", 2, -2, 1, -1, inf, -inf]:
    print("matrix_norm", ord, torch.linalg.matrix_norm(A, ord=ord))
print(torch.linalg.matrix_norm(A), torch.linalg.matrix_norm(A, dim=(1, 0)))

R = torch.tensor([[2.0, -1.0, 0.5], [0.0, 3.0, 1.0]])
print(torch.linalg.matrix_norm(R, ord=1), torch.linalg.matrix_norm(R, ord=inf))
print(torch.linalg.matrix_norm(R, ord=2), torch.linalg.matrix_norm(R, ord="nuc"))
print(torch.linalg.matrix_norm(R, ord=1, dim=(1, 0)), torch.linalg.matrix_norm(R.T, ord=inf))

B = torch.tensor([[[2.0, 1.0], [0.5, 3.0]], [[1.0, -1.0], [2.0, 0.0]], [[0.0, 0.0], [0.0, 1.0]]])
for ord in ["fro", "nuc", 2, -2, 1, inf]:
    print("batch", ord, torch.linalg.matrix_norm(B, ord=ord))
k = torch.linalg.matrix_norm(B, ord=2, keepdim=True)
print(k.shape, k[0])
print(torch.linalg.matrix_norm(B, ord=1, dim=(0, 2)))
print(torch.linalg.norm(B, ord="fro", dim=(1, 2)), torch.linalg.norm(B))
print(torch.linalg.matrix_norm(A.double(), ord="nuc"))

# which node each ord ends in
P = torch.tensor([[2.0, 1.0], [0.5, 3.0]], requires_grad=True)
for ord in ["fro", "nuc", 2, -2, 1, -1, inf, -inf]:
    n = torch.linalg.matrix_norm(P, ord=ord)
    print(ord, n, type(n.grad_fn).__name__, type(n.grad_fn.next_functions[0][0]).__name__)
print(type(torch.linalg.matrix_norm(P, ord="nuc", keepdim=True).grad_fn).__name__)
print(type(torch.linalg.norm(P, ord=2).grad_fn).__name__, type(torch.linalg.norm(P).grad_fn).__name__)

# gradients: fro is P/||P||, 2 is u1 v1^T, nuc is U V^T, 1/inf pick the largest column/row
for ord in ["fro", "nuc", 2, -2, 1, -1, inf, -inf]:
    Q = torch.tensor([[2.0, 1.0], [0.5, 3.0]], requires_grad=True)
    torch.linalg.matrix_norm(Q, ord=ord).backward()
    print("grad", ord, Q.grad)
G = torch.tensor([[[2.0, 1.0], [0.5, 3.0]], [[1.0, -1.0], [2.0, 0.5]]], requires_grad=True)
(torch.linalg.matrix_norm(G, ord=2) * torch.tensor([1.0, 10.0])).sum().backward()
print(G.grad)
