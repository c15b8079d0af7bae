# amax / amin reduce over one or several dims and split the gradient evenly between ties;
# aminmax returns both at once as torch.return_types.aminmax(min=..., max=...).
import torch

x = torch.tensor([[1.0, 5.0, 5.0], [7.0, -1.0, 7.0]], requires_grad=True)
print(torch.amax(x, dim=1))
print(x.amin(0))
print(torch.amax(x, dim=(0, 1)), torch.amin(x, (0, 1)))
print(torch.amax(x, -1, keepdim=True))
print(x.amin(dim=(-2,), keepdim=True))
print(x.amax(), torch.amin(x))
print(type(torch.amax(x, 1).grad_fn).__name__, type(torch.amin(x, 1).grad_fn).__name__)

# ties share the gradient: 1/2 each when two entries hold the maximum
torch.amax(x, dim=1).sum().backward()
print("amax dim=1 grad", x.grad)
x.grad = None
torch.amax(x).backward()
print("amax all grad  ", x.grad)
x.grad = None
(torch.amin(x, 0) * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print("amin dim=0 grad", x.grad)
t = torch.tensor([[2.0, 2.0, 2.0], [0.0, 2.0, 1.0]], requires_grad=True)
torch.amax(t, dim=(0, 1)).backward()
print("four-way tie   ", t.grad)

# 3-D with a tuple of dims
c = torch.arange(24.0).reshape(2, 3, 4)
print(torch.amax(c, dim=(0, 2)), torch.amin(c, dim=(1, 2), keepdim=True).shape)

# aminmax
d = x.detach()
r = torch.aminmax(d)
print(r)
print(type(r).__name__, r.min, r.max)
lo, hi = torch.aminmax(d, dim=1)
print(lo, hi)
print(torch.aminmax(d, dim=0, keepdim=True))
print(d.aminmax(dim=-1))
print(torch.aminmax(torch.tensor([3, -2, 8, 0])))
print(torch.aminmax(torch.tensor([True, False, True])))

# integers keep their dtype
i = torch.tensor([[4, 9, 2], [9, 0, 1]])
print(torch.amax(i, 1), torch.amin(i, dim=(0, 1)), torch.amax(i, 0).dtype)
# nan wins in amax and amin
print(torch.amax(torch.tensor([1.0, float("nan"), 3.0]), 0), torch.amin(torch.tensor([float("nan"), 0.0]), 0))
