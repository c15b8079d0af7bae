# The smaller torch.linalg helpers: matrix_power (positive, 0, 1, negative, integer, batched) and the
# graphs it builds, linalg.cross vs torch.cross (default dim -1 vs the first dim of size 3),
# multi_dot (1-D ends), vecdot, matrix_exp, and their gradients.
import torch

A = torch.tensor([[2.0, 1.0], [1.0, 1.0]])
for n in [0, 1, 2, 3, 5, -1, -2, 10]:
    print(n, torch.linalg.matrix_power(A, n))
print(torch.matrix_power(A, 3), A.matrix_power(2), sep="\n")
F = torch.tensor([[1, 1], [1, 0]])
print(torch.linalg.matrix_power(F, 10), torch.linalg.matrix_power(F, 0), sep="\n")
print(torch.linalg.matrix_power(torch.stack([A, 2 * A]), 2))
X = torch.tensor([[2.0, 1.0], [1.0, 1.0]], requires_grad=True)
for n in [0, 1, 2, 3, 4, 5, -1, -3]:
    Y = torch.linalg.matrix_power(X, n)
    print(n, type(Y.grad_fn).__name__, [type(f).__name__ for f, _ in Y.grad_fn.next_functions])
    Y.sum().backward()
    print(X.grad)
    X.grad = None

# cross products
a = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
b = torch.tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
print(torch.linalg.cross(a, b), torch.cross(a, b), torch.cross(a, b, dim=1), sep="\n")
c = torch.arange(6.0).reshape(3, 2)
print(torch.cross(c, torch.ones(3, 2)), torch.linalg.cross(c, torch.ones(3, 2), dim=0), sep="\n")
print(torch.linalg.cross(torch.tensor([[1.0, 2.0, 3.0]]), torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])))
print(torch.linalg.cross(torch.tensor([1, 2, 3]), torch.tensor([4, 5, 6])), a.cross(b, dim=-1)[0])
p = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
q = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
r = torch.linalg.cross(p, q)
print(r, type(r.grad_fn).__name__)
(r * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(p.grad, q.grad)

# multi_dot, vecdot, matrix_exp
M1 = torch.tensor([[1.0, 2.0], [3.0, 4.0], [0.5, -1.0]])
M2 = torch.tensor([[1.0, 0.0, 2.0], [-1.0, 1.0, 0.0]])
M3 = torch.tensor([[2.0], [1.0], [-1.0]])
print(torch.linalg.multi_dot([M1, M2, M3]), M1 @ M2 @ M3, sep="\n")
print(torch.linalg.multi_dot([torch.tensor([1.0, -1.0, 2.0]), M1, M2]))
print(torch.linalg.multi_dot([torch.ones(3), torch.ones(3)]), torch.linalg.multi_dot([M2, M3]).shape)
print(torch.linalg.multi_dot([torch.tensor([[1, 2]]), torch.tensor([[3], [4]])]))
print(torch.linalg.vecdot(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0, 5.0, 6.0])))
print(torch.linalg.vecdot(a, b, dim=0), torch.linalg.vecdot(torch.arange(6.0).reshape(2, 3), torch.ones(3)))
print(torch.linalg.matrix_exp(torch.zeros(2, 2)), torch.linalg.matrix_exp(torch.tensor([[0.0, 1.0], [-1.0, 0.0]])), sep="\n")
print(torch.matrix_exp(torch.tensor([[1.0, 0.0], [0.0, 2.0]])), torch.linalg.matrix_exp(torch.tensor([[0.0, 1.0], [0.0, 0.0]])))
G1 = M1.clone().requires_grad_()
G2 = M2.clone().requires_grad_()
md = torch.linalg.multi_dot([G1, G2, M3])
print(md, type(md.grad_fn).__name__)
md.sum().backward()
print(G1.grad, G2.grad, sep="\n")
u = torch.tensor([[1.0, 2.0], [3.0, -1.0]], requires_grad=True)
vd = torch.linalg.vecdot(u, torch.tensor([0.5, 2.0]))
print(vd, type(vd.grad_fn).__name__)
vd.sum().backward()
print(u.grad)
E = torch.tensor([[0.0, 1.0], [-1.0, 0.0]], requires_grad=True)
ex = torch.linalg.matrix_exp(E)
print(type(ex.grad_fn).__name__)
ex[0, 1].backward()
print(E.grad)
