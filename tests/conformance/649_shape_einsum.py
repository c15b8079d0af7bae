# A tour of einsum equations, each checked against the "long-hand" op.
import torch

A = torch.arange(6.0).reshape(2, 3)
B = torch.arange(12.0).reshape(3, 4) / 2
print(torch.einsum("ij,jk->ik", A, B))
print(torch.einsum("ij,jk->ik", A, B).equal(A @ B))
print(torch.einsum("ij,jk", A, B).shape, torch.einsum("ij,jk", A, B).equal(A @ B))
print(torch.einsum("ij->ji", A))
print(torch.einsum("ji", A).shape)
S = torch.arange(9.0).reshape(3, 3)
print(torch.einsum("ii->i", S), torch.einsum("ii", S))
u = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([4.0, -5.0, 6.0])
print(torch.einsum("i,i->", u, v), torch.einsum("i,j->ij", u, v[:2]))
print(torch.einsum("i,i", u, v), torch.einsum("i->", u))

X = torch.arange(24.0).reshape(2, 3, 4)
Y = torch.arange(40.0).reshape(2, 4, 5) / 10
bik = torch.einsum("bij,bjk->bik", X, Y)
print(bik.shape, torch.allclose(bik, torch.bmm(X, Y)))
print(bik[1])
P = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
Q = torch.tensor([[1.0, 0.0], [0.5, 2.0], [-1.0, 1.0]])
print(torch.einsum("bi,bi->b", P, Q))
E = torch.arange(48.0).reshape(2, 2, 3, 4)
F = torch.arange(20.0).reshape(4, 5)
print(torch.einsum("...ij,...jk->...ik", E, F).shape)
print(torch.einsum("...ij,...jk->...ik", X, Y).equal(bik))
print(torch.einsum("...ii->...i", torch.arange(8.0).reshape(2, 2, 2)))
print(torch.einsum("bij->b", X), torch.einsum("bij->j", X))
print(torch.einsum("ij,kj->ik", A, A))

# operands as a list, spaces, and integer inputs
print(torch.einsum("i j , j k -> i k", [A, B]).shape)
ia = torch.tensor([[1, 2], [3, 4]])
print(torch.einsum("ij,jk->ik", ia, ia), torch.einsum("ij,jk->ik", ia, ia).dtype)
print(torch.einsum("ij->", ia))
