import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
v = torch.tensor([1.0, -1.0], requires_grad=True)
out = (A @ v).sum() + (v @ A).sum() + v @ v
out.backward()
print(out, A.grad, v.grad)
B = torch.tensor([[1.0, 0.0], [0.0, 2.0]], requires_grad=True)
C = A.mm(B)
C.sum().backward()
print(C.grad_fn, B.grad)
