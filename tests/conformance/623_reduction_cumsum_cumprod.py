# Running sums and products: cumsum / cumprod along a dim, dtype=, integer promotion, gradients.
import torch

x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [0.5, -1.0, 2.0, -2.0]], requires_grad=True)
print(torch.cumsum(x, dim=1))
print(x.cumsum(0))
print(torch.cumsum(x, -1, dtype=torch.float64))
print(torch.cumprod(x, 1))
print(x.cumprod(dim=-2))
c = torch.cumsum(x, 1)
p = torch.cumprod(x, 1)
print(type(c.grad_fn).__name__, type(p.grad_fn).__name__)

# d/dx of sum(w * cumsum(x)) is a reversed cumulative sum of the weights
w = torch.tensor([1.0, 2.0, 3.0, 4.0])
(torch.cumsum(x, 1) * w).sum().backward()
print("cumsum grad", x.grad)
x.grad = None
(torch.cumprod(x, 1) * w).sum().backward()
print("cumprod grad", x.grad)
x.grad = None
torch.cumsum(x, 0, dtype=torch.float64).sum().backward()
print("cumsum float64 grad", x.grad, x.grad.dtype)

# cumprod with zeros in the input still has a finite gradient
z = torch.tensor([2.0, 0.0, 3.0, 4.0], requires_grad=True)
pz = z.cumprod(0)
print(pz)
(pz * w).sum().backward()
print(z.grad)
z2 = torch.tensor([2.0, 0.0, 3.0, 0.0], requires_grad=True)
z2.cumprod(0).sum().backward()
print(z2.grad)

# integer and bool inputs accumulate in int64 unless dtype= says otherwise
i = torch.tensor([1, 2, 3, 4])
print(torch.cumsum(i, 0), torch.cumsum(i, 0).dtype)
print(torch.cumprod(i, 0), i.cumprod(0, dtype=torch.float32))
b = torch.tensor([True, False, True, True])
print(b.cumsum(0), b.cumsum(0).dtype, torch.cumprod(b, 0))
print(torch.tensor([1.5, 2.5, 3.5]).cumsum(0, dtype=torch.int64))

# a running mean from cumsum
s = torch.tensor([4.0, 8.0, 6.0, 2.0, 10.0])
print(s.cumsum(0) / torch.arange(1, 6))
# 0-d input
print(torch.cumsum(torch.tensor(5.0), 0), torch.cumprod(torch.tensor(3), dim=0))
