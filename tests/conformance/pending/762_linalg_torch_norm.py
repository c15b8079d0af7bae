# The older torch.norm / Tensor.norm(p=...) API that most tutorials use: default 'fro', p numbers,
# dim=, keepdim=, p='nuc'; the grad_fn names it produces (NormBackward1, not the linalg nodes),
# and an L2 weight penalty written with .norm() then backward().
import torch

inf = float("inf")
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(torch.norm(A), A.norm(), A.norm(p="fro"), A.norm(2))
print(A.norm(p=1), A.norm(p=inf), A.norm(p=0), A.norm(p=-inf), A.norm(p=3))   # p numbers flatten
print(torch.norm(A, p="nuc"), torch.linalg.matrix_norm(A, ord=1))
print(A.norm(dim=1), A.norm(dim=0, keepdim=True), A.norm(p=1, dim=1))
print(torch.norm(A, p="fro", dim=(0, 1)), torch.norm(A, dim=[0, 1], keepdim=True))
print(torch.norm(A, p=2, dim=-1, keepdim=True))
B = torch.arange(12, dtype=torch.float32).reshape(2, 2, 3)
print(B.norm(dim=(1, 2)), B.norm(p="nuc", dim=(1, 2)), B.norm(p=inf, dim=2))
print(torch.norm(torch.tensor([3.0, 4.0]), p=2, dtype=torch.float64))
try:
    torch.norm(torch.tensor([3.0, 4.0]), dtype=torch.float64)
except ValueError as e:
    print("ValueError:", e)
v = torch.tensor([3.0, -4.0])
print(v.norm(), v.norm(1), v.norm(p=0.5), torch.dist(v, torch.zeros(2)), torch.dist(v, torch.ones(2), p=1))

x = torch.tensor([[1.0, -2.0], [0.0, 2.0]], requires_grad=True)
for p in ["fro", 2, 1, inf, 3, 0.5]:
    n = x.norm(p=p)
    print(p, n, type(n.grad_fn).__name__)
print(type(torch.norm(x, p="fro", dim=(0, 1)).grad_fn).__name__, type(torch.norm(x, dim=1).grad_fn).__name__)
print(type(torch.norm(x, p="nuc").grad_fn).__name__, type(x.norm(p=2, dim=0, keepdim=True).grad_fn).__name__)
for p in ["fro", 2, 1, inf, 3, 0.5]:
    y = torch.tensor([[1.0, -2.0], [0.0, 2.0]], requires_grad=True)
    y.norm(p=p).backward()
    print("grad", p, y.grad)
y = torch.tensor([[1.0, -2.0], [0.0, 2.0]], requires_grad=True)
torch.norm(y, p="fro", dim=(0, 1)).backward()
print(y.grad)
y.grad = None
y.norm(dim=1).sum().backward()
print(y.grad)

# weight decay with an explicit norm penalty
torch.manual_seed(0)
w = torch.randn(3, 2, requires_grad=True)
inp = torch.tensor([[1.0, 0.5, -1.0], [0.0, 2.0, 1.0]])
target = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
loss = ((inp @ w - target) ** 2).mean() + 0.01 * w.norm() ** 2
loss.backward()
print(w, loss, w.grad, sep="\n")
w.grad = None
loss2 = ((inp @ w - target) ** 2).mean() + 0.1 * w.norm(p=1)
loss2.backward()
print(loss2, w.grad, sep="\n")
