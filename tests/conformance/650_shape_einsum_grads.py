# Gradients through einsum: matmul, diagonal, trace, dot and batched forms.
import torch

A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
B = torch.tensor([[1.0, -1.0], [0.5, 2.0], [0.0, 3.0]], requires_grad=True)
W = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
C = torch.einsum("ij,jk->ik", A, B)
print(C.detach(), C.requires_grad)
(C * W).sum().backward()
print(A.grad, B.grad, sep="\n")

S = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
d = torch.einsum("ii->i", S)
print(d.detach())
(d * torch.tensor([10.0, 20.0])).sum().backward()
print(S.grad)
S.grad = None
t = torch.einsum("ii", S)
t.backward()
print(t.item(), S.grad)

u = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
v = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
dot = torch.einsum("i,i->", u, v)
dot.backward()
print(dot.item(), u.grad, v.grad)

X = torch.arange(12.0).reshape(2, 2, 3).requires_grad_()
Y = torch.arange(12.0).reshape(2, 3, 2).div(4).requires_grad_()
Z = torch.einsum("bij,bjk->bik", X, Y)
(Z * torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]).reshape(2, 2, 2)).sum().backward()
print(Z.detach())
print(X.grad, Y.grad, sep="\n")

P = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
Q = torch.tensor([[0.5, -1.0], [2.0, 1.0]], requires_grad=True)
r = torch.einsum("bi,bi->b", P, Q)
(r * torch.tensor([1.0, 100.0])).sum().backward()
print(r.detach(), P.grad, Q.grad, sep="\n")
T = torch.einsum("ij->ji", P)
(T * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
print(P.grad)
