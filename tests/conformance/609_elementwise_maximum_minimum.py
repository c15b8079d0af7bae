# maximum / minimum / fmax / fmin: nan handling, ties, broadcasting, grads for both inputs.
import torch

nan = float("nan")
a = torch.tensor([1.0, 5.0, nan, 3.0, nan, -0.0])
b = torch.tensor([2.0, 4.0, 1.0, nan, nan, 0.0])
print("maximum", torch.maximum(a, b))
print("minimum", torch.minimum(a, b))
print("fmax   ", torch.fmax(a, b))
print("fmin   ", torch.fmin(a, b))
print("methods", a.maximum(b), a.minimum(b), a.fmax(b), a.fmin(b), sep="\n")
print("max(a, b)", torch.max(a, b), torch.min(a, b))

# ties: maximum/minimum split the gradient in half, fmax/fmin give it to the first input
x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = torch.tensor([4.0, 2.0, 1.0, 4.0], requires_grad=True)
for name in ["maximum", "minimum", "fmax", "fmin", "max", "min"]:
    x.grad = None
    y.grad = None
    out = getattr(torch, name)(x, y)
    (out * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
    print(f"{name:8s}", type(out.grad_fn).__name__, out, x.grad, y.grad)

# broadcasting: a row against a column, grads are reduced back
r = torch.tensor([[0.0, 1.0, 2.0]], requires_grad=True)
c = torch.tensor([[1.0], [3.0]], requires_grad=True)
m = torch.maximum(r, c)
print(m)
m.sum().backward()
print(r.grad, c.grad, sep="\n")
r.grad = None
c.grad = None
torch.minimum(r, c).sum().backward()
print(r.grad, c.grad, sep="\n")

# fmax with nan: the gradient flows to the non-nan input
p = torch.tensor([nan, 2.0], requires_grad=True)
q = torch.tensor([1.0, nan], requires_grad=True)
torch.fmax(p, q).sum().backward()
print("fmax nan grads", p.grad, q.grad)
p.grad = None
q.grad = None
torch.maximum(p, q).sum().backward()
print("maximum nan grads", p.grad, q.grad)

# integers and mixed dtypes
i = torch.tensor([3, -1, 7])
j = torch.tensor([2, 5, 7])
print(torch.maximum(i, j), torch.minimum(i, j), torch.fmax(i, j), torch.fmin(i, j))
print(torch.maximum(i, torch.tensor([2.5, 0.0, 8.0])), torch.maximum(i, torch.tensor([2.5, 0.0, 8.0])).dtype)
d = torch.tensor([1.5], dtype=torch.float64)
print(torch.minimum(torch.tensor([2.0]), d), torch.fmin(torch.tensor([2.0]), d).dtype)
# clamping with a tensor bound via maximum, the pattern used as "ReLU with floor"
z = torch.tensor([-2.0, 0.5, 3.0], requires_grad=True)
floor = torch.tensor(0.0)
h = torch.maximum(z, floor)
h.sum().backward()
print(h, z.grad)
