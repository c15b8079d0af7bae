# outer products, 3-D cross products and the Kronecker product.
import torch

u = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([4.0, 5.0])
print(torch.outer(u, v))
print(u.outer(v).shape, torch.ger(u, v).equal(torch.outer(u, v)))
print(torch.outer(torch.tensor([1, 2]), torch.tensor([3, 4])))

i = torch.tensor([1.0, 0.0, 0.0])
j = torch.tensor([0.0, 1.0, 0.0])
print(torch.cross(i, j), j.cross(i))
a = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
b = torch.tensor([[4.0, 5.0, 6.0], [1.0, 1.0, 1.0]])
print(torch.cross(a, b, dim=1))
print(torch.cross(a, b))
print(torch.cross(a.t(), b.t(), dim=0))
print(torch.cross(a, b[:1], dim=-1))
print(torch.linalg.cross(a, b))

print(torch.kron(torch.tensor([[1, 2], [3, 4]]), torch.tensor([[0, 1], [1, 0]])))
print(torch.kron(torch.eye(2), torch.tensor([[1.0, 2.0]])))
print(torch.kron(torch.tensor([1, 2]), torch.tensor([1, 10, 100])))
print(torch.kron(torch.ones(2, 1, 2), torch.ones(3, 2)).shape)

# grads
p = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
q = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
o = torch.outer(p, q)
print(type(o.grad_fn).__name__)
(o * torch.arange(9.0).reshape(3, 3)).sum().backward()
print(p.grad, q.grad)
p.grad = None; q.grad = None
c = torch.cross(p, q, dim=0)
print(c, type(c.grad_fn).__name__)
(c * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(p.grad, q.grad)
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
B = torch.tensor([[0.0, 1.0], [2.0, 3.0]], requires_grad=True)
k = torch.kron(A, B)
(k * torch.arange(16.0).reshape(4, 4)).sum().backward()
print(type(k.grad_fn).__name__, A.grad, B.grad, sep="\n")
