# matmul beyond 2-D: batch dims broadcast, 1-D operands gain and lose a dim.
import torch

A = torch.arange(24.0).reshape(2, 3, 4)
B = torch.arange(40.0).reshape(2, 4, 5) / 10
M = torch.arange(20.0).reshape(4, 5) - 10
v = torch.tensor([1.0, 0.0, -1.0, 2.0])
w3 = torch.tensor([1.0, 2.0, 3.0])
print((A @ B).shape, torch.matmul(A, B)[0])
print((A @ M).shape, (A @ M)[1])
print((A @ v).shape, A @ v)
print((w3 @ A).shape, w3 @ A)
print((M.t() @ A.transpose(1, 2)).shape)
C = torch.arange(8.0).reshape(2, 1, 2, 2)
D = torch.arange(12.0).reshape(3, 2, 2)
print((C @ D).shape, (C @ D)[1, 2])
print(torch.matmul(torch.ones(5, 1, 3, 4), torch.ones(2, 4, 1)).shape)
print(A.matmul(B).equal(torch.bmm(A, B)))
print((torch.arange(6).reshape(1, 2, 3) @ torch.arange(6).reshape(3, 2)).dtype)

# gradients: broadcast batch dims are summed away
Ag = torch.arange(12.0).reshape(2, 2, 3).requires_grad_()
Mg = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], requires_grad=True)
out = Ag @ Mg
print(out.detach(), type(out.grad_fn).__name__)
(out * torch.arange(8.0).reshape(2, 2, 2)).sum().backward()
print(Ag.grad, Mg.grad, sep="\n")

vg = torch.tensor([1.0, -2.0], requires_grad=True)
Bg = torch.arange(12.0).reshape(3, 2, 2).requires_grad_()
r = vg @ Bg
print(r.detach(), type(r.grad_fn).__name__)
(r * torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])).sum().backward()
print(vg.grad, Bg.grad, sep="\n")

Xg = torch.arange(8.0).reshape(2, 2, 2).requires_grad_()
Yg = torch.tensor([[[1.0, 2.0], [3.0, 4.0]], [[0.0, 1.0], [1.0, 0.0]]], requires_grad=True)
z = torch.matmul(Xg, Yg)
print(type(z.grad_fn).__name__)
z.sum().backward()
print(Xg.grad, Yg.grad, sep="\n")
q = Xg @ torch.tensor([1.0, 1.0])
print(type(q.grad_fn).__name__, q)
