# torch.linalg.vector_norm and torch.linalg.norm on vectors: every ord, dim=, keepdim=, dtype=,
# the gradients of each ord, and the subgradients PyTorch picks at zero entries / a zero vector.
import torch

inf = float("inf")
x = torch.tensor([3.0, -4.0, 0.0, 1.0])
for ord in [2, 1, inf, -inf, 0, -1, -2, 3.5, 0.5]:
    print("ord", ord, torch.linalg.vector_norm(x, ord=ord), torch.linalg.norm(x, ord=ord))
print(torch.linalg.vector_norm(x), torch.linalg.norm(x), torch.linalg.norm(x, None))

M = torch.tensor([[1.0, -2.0, 2.0], [0.5, 0.0, -1.5]])
print(torch.linalg.vector_norm(M))                      # flattens: all six entries
print(torch.linalg.vector_norm(M, dim=1), torch.linalg.vector_norm(M, dim=0))
print(torch.linalg.vector_norm(M, ord=1, dim=-1, keepdim=True))
print(torch.linalg.vector_norm(M, ord=inf, dim=(0, 1)), torch.linalg.vector_norm(M, ord=0, dim=1))
print(torch.linalg.norm(M, dim=1), torch.linalg.norm(M, ord=3, dim=0, keepdim=True))
d = torch.linalg.vector_norm(M, dtype=torch.float64)
print(d, d.dtype, torch.linalg.vector_norm(M.double(), ord=0.5).dtype)
B = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4) / 10
print(torch.linalg.vector_norm(B, dim=(0, 2)))
print(torch.linalg.vector_norm(B, ord=3.5, dim=-1, keepdim=True).shape)
print(torch.linalg.vector_norm(torch.tensor(-2.5)), torch.linalg.vector_norm(torch.zeros(0)))

# gradients, one ord at a time (one entry is zero, two entries tie for the max |x|)
for ord in [2, 1, inf, -inf, 0, -1, 3.5, 0.5, 1.5]:
    v = torch.tensor([0.0, 3.0, -4.0, 4.0], requires_grad=True)
    n = torch.linalg.vector_norm(v, ord=ord)
    n.backward()
    print("grad ord", ord, n.grad_fn.name() if n.grad_fn else None, v.grad)

# the zero vector: 2-norm has a zero subgradient, ord=0 leaves no gradient at all
z = torch.zeros(3, requires_grad=True)
r = torch.linalg.norm(z)
print(r, type(r.grad_fn).__name__)
r.backward()
print(z.grad)
z2 = torch.zeros(3, requires_grad=True)
torch.linalg.vector_norm(z2, ord=0).backward()
print(z2.grad)

# row norms with dim and keepdim, then normalising rows (a common snippet)
W = torch.tensor([[3.0, 4.0], [1.0, -1.0], [0.0, 2.0]], requires_grad=True)
rn = torch.linalg.vector_norm(W, dim=1, keepdim=True)
unit = W / rn
print(rn, unit, sep="\n")
(unit[:, 0] * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(W.grad)
W.grad = None
torch.linalg.norm(W, ord=1, dim=0).sum().backward()
print(W.grad)
w64 = torch.tensor([1.0, -2.0, 2.0], dtype=torch.float64, requires_grad=True)
n64 = torch.linalg.vector_norm(w64, ord=3)
n64.backward()
print(n64, w64.grad)
